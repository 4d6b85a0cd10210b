# Inventory with namedtuple + defaultdict + OrderedDict
from collections import namedtuple, defaultdict, OrderedDict

Item = namedtuple("Item", "sku name category price qty")
Point = namedtuple("Point", ["x", "y"], defaults=[0])
print(Point(1), Point(1, 2), Point(x=3, y=4))
p = Point(5, 6)
x, y = p
print(x, y, p[0], p[-1], p.x, p.y, len(p), p == (5, 6), p + (7,))
print(p._fields, Point._field_defaults, p._asdict())
print(p._replace(y=10), Point._make([8, 9]))
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((5, 6)))
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))
print(max(Point(3, 1), Point(1, 9), key=lambda q: q.y))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError:
    print("AttributeError: can't set")
for bad in (["a", "a"], ["_a"], ["class"], ["1x"]):
    try:
        namedtuple("Bad", bad)
    except ValueError as e:
        print("ValueError:", e)
R = namedtuple("R", ["a", "a", "def", "_x", "ok"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
One = namedtuple("One", "v")
print(One(1), One._make([2]))

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2)

stock = [
    Item("A-1", "widget", "tools", 2.5, 10),
    Item("B-7", "gadget", "toys", 12.0, 3),
    Item("A-2", "hammer", "tools", 15.25, 4),
    Item("C-3", "yo-yo", "toys", 1.75, 25),
    Item("D-9", "paint", "art", 7.0, 0),
]
by_cat = defaultdict(list)
value = defaultdict(float)
count = defaultdict(int)
for it in stock:
    by_cat[it.category].append(it.name)
    value[it.category] += it.price * it.qty
    count[it.category] += 1
print(by_cat)
print(dict(value), count)
print(by_cat["none"], "none" in by_cat, len(by_cat))
nested = defaultdict(lambda: defaultdict(int))
for it in stock:
    nested[it.category][it.sku[0]] += it.qty
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(None, {"a": 1})
print(dd)
try:
    dd["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
d2 = count.copy()
d2["extra"] += 5
print(type(d2).__name__, d2.default_factory, sorted(d2.items()))
s = defaultdict(set)
s["k"].add(1); s["k"].add(2)
print(s)

od = OrderedDict()
for it in sorted(stock, key=lambda i: i.price):
    od[it.sku] = it.price
print(od)
od.move_to_end("A-1")
print(list(od))
od.move_to_end("A-2", last=False)
print(list(od.keys()))
print(od.popitem(), od.popitem(last=False))
print(od, od.keys(), od.items(), od.values())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), OrderedDict.fromkeys("abc", 0))
print(list(reversed(OrderedDict.fromkeys("xyz"))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
