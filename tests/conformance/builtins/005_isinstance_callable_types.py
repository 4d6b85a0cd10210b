values = [1, 1.0, "s", b"b", [1], (1,), {1}, {1: 1}, None, True, len, print, int]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), callable(v))
print(isinstance(True, (str, int)))
print(type(len).__name__, type(lambda: 0).__name__)
class C:
    def m(self):
        pass
print(type(C().m).__name__, type(C.m).__name__)
