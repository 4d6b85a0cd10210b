def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(User("ann", 30))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A: pass
@register
class B: pass
print(registry)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("one").url, Db("two").url, Db("x") is Db("y"))
from dataclasses import dataclass, field
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list)
items = [Item(3.5, "b"), Item(1.0, "a"), Item(2.0, "c", ["x"])]
print(sorted(items))
print(Item(1.0, "q") == Item(1.0, "z"))
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1)
print(p, hash(p) == hash(Pt(1, 0)))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__)
