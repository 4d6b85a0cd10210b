# ChainMap config layering, User* wrappers, collections.abc checks
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, Counter, deque, defaultdict
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Iterable,
                             Iterator, Callable, Hashable, Sized, Container, Set, MutableSet,
                             Generator, Collection, Reversible)

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg))
print(list(cfg), list(cfg.items()))
print(cfg.get("nope", "dflt"), "color" in cfg, "x" in cfg)
child = cfg.new_child({"color": "blue"})
print(child["color"], child.parents["color"], child.maps[0])
child["size"] = 3
del child["color"]
print(child, cfg)
try:
    del cfg["color"]
except KeyError as e:
    print("KeyError:", e)
print(ChainMap(), ChainMap({"a": 1}) | {"b": 2}, dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, len(ld), "a" in ld, ld.get("b"), sorted(ld.keys()), ld.pop("a"), ld)
print(isinstance(ld, MutableMapping), isinstance(ld, dict))

class Stack(UserList):
    def push(self, x):
        self.append(x)
st = Stack([1, 2])
st.push(3)
print(st, st[1:], len(st), st.pop(), st + [9], 2 in st, st == [1, 2])
st.extend(range(3)); st.sort(); print(st, st.count(0), st.index(2))

us = UserString("Hello World")
print(us.upper(), us.lower(), len(us), us[0:5], us.split(), "World" in us, us + "!", us * 2)
print(us.replace("World", "There"), us.startswith("Hell"), us.find("o"))

checks = [
    ([], (Sequence, MutableSequence, Iterable, Sized, Hashable, Reversible)),
    ((), (Sequence, MutableSequence, Hashable, Collection)),
    ("s", (Sequence, Iterable, Hashable, Container)),
    ({}, (Mapping, MutableMapping, Sequence, Hashable)),
    (set(), (Set, MutableSet, Sequence, Iterable)),
    (frozenset(), (Set, MutableSet, Hashable)),
    (range(3), (Sequence, Reversible)),
    (iter([]), (Iterator, Iterable)),
    ((x for x in []), (Generator, Iterator)),
    (len, (Callable, Hashable)),
    (lambda: 0, (Callable,)),
    (5, (Hashable, Iterable, Callable)),
    (deque(), (Sequence, MutableSequence, Iterable, Sized, Reversible)),
    (OrderedDict(), (Mapping, MutableMapping)),
    (Counter(), (Mapping,)),
    (defaultdict(int), (MutableMapping,)),
    (cfg, (Mapping, MutableMapping)),
]
for obj, abcs in checks:
    print(type(obj).__name__, [isinstance(obj, a) for a in abcs])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)))

class Bag(Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Bag({self._items})"
b1, b2 = Bag([1, 2, 3]), Bag([2, 3, 4])
print(b1 & b2, b1 | b2, b1 - b2, b1 ^ b2, b1 <= Bag([1, 2, 3, 4]), b1 == Bag([3, 2, 1]), b1.isdisjoint([9]))

class Registry(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry(a=1, b=2)
print(r.get("a"), r.get("z", 0), "b" in r, list(r.keys()), list(r.items()), list(r.values()), r == {"a": 1, "b": 2})
try:
    Mapping()
except TypeError as e:
    print("TypeError:", e)
class Half(MutableSequence):
    def __getitem__(self, i):
        return i
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
