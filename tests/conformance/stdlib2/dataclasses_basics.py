from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, InitVar, FrozenInstanceError, KW_ONLY, make_dataclass
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1))
print(asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False, repr=False)
vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0, "x")])
print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2, "z")))
try:
    vs[0].major = 3
except FrozenInstanceError as e:
    print("frozen:", e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    total: int = field(init=False, default=0)
    registry: ClassVar[int] = 0
    def add(self, name, n):
        self.items.append(name)
        self.counts[name] = self.counts.get(name, 0) + n
        self.total += n
inv = Inventory()
inv.add("a", 2); inv.add("b", 3)
print(inv, Inventory(), Inventory.registry)
@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 2), [f.name for f in fields(Rect)])
@dataclass
class Base:
    name: str
    age: int = 0
@dataclass
class Child(Base):
    school: str = "x"
    age: int = 7
print(Child("bob"), Child("al", 3, "y"))
@dataclass
class Nested:
    p: Point
    pts: list
    m: dict
n = Nested(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(asdict(n))
print(astuple(n))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2))
try:
    Point()
except TypeError as e:
    print(e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__ is not None)
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(3)) == hash((3,)))
@dataclass
class Unh:
    a: int
print(Unh.__hash__)
class Outer:
    @dataclass
    class Inner:
        v: int
print(Outer.Inner(3))
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))])
print(C(1), C.__match_args__)
@dataclass(slots=True)
class S:
    a: int
    b: str = "q"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
print(Point.__match_args__, Point.__doc__)
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list)
r = Rec("a"); r.children.append(r)
print(r)
print(replace(Version(1, 2, "t"), minor=9))
