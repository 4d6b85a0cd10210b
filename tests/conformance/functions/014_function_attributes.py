def documented(a, b=1, *args, c, **kw):
    """Docstring here."""
    local = a
    return local
print(documented.__name__)
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
documented.custom = "attr"
print(documented.custom)
print(callable(documented), callable(3))
class K:
    def method(self):
        pass
print(K.method.__name__, K.method.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__)
def annotated(x: int, y: str = "a") -> bool:
    return True
print(annotated.__annotations__)
