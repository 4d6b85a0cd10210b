class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C))
print(issubclass(B, (C, A)), issubclass(B, object), issubclass(bool, int))
print(type(b) == B, type(b) == A)
print(isinstance(3, (int, float)), isinstance(3.0, int), isinstance("s", str))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
print(type(None).__name__, type(len).__name__, type(A).__name__)
print(B.__name__, B.__bases__ == (A,), A.__subclasses__()[0].__name__)
print(type(3) is int, type(True) is bool, type(3.0).__name__)
T = type("T", (A,), {"x": 5, "get": lambda self: self.x * 2})
t = T()
print(T.__name__, t.x, t.get(), isinstance(t, A))
