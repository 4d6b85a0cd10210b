# functools: an LRU-cached recursive solver, decorators, dispatch
import functools
from functools import (reduce, partial, partialmethod, lru_cache, cache, wraps, total_ordering,
                       cmp_to_key, singledispatch, singledispatchmethod, cached_property, update_wrapper)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())

@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))

@lru_cache(maxsize=3)
def square(x):
    return x * x
for x in [1, 2, 3, 1, 4, 2, 1, 5]:
    square(x)
print(square.cache_info(), square.__name__, square.__wrapped__(9), square.cache_parameters())

@lru_cache
def ways(total, coins=(1, 2, 5)):
    if total == 0:
        return 1
    if total < 0 or not coins:
        return 0
    return ways(total - coins[0], coins) + ways(total, coins[1:])
print(ways(100), ways.cache_info().hits > 0)

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

def grid_paths():
    @lru_cache(maxsize=None)
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        return paths(r - 1, c) + paths(r, c - 1)
    return paths(16, 16)
print(grid_paths())

def power(base, exponent):
    return base ** exponent
square2 = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square2(7), cube(2), cube(2, exponent=4), square2.func is power, square2.args, square2.keywords)
p2 = partial(partial(power, 2), exponent=10)
print(p2(), p2.args, p2.keywords, type(p2).__name__)
print(repr(partial(max, 1, key=abs))[:30])
base_two = partial(int, base=2)
print(base_two("1011"), list(map(partial(operator.mul, 3), [1, 2, 3])))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

def plain(): pass
def other():
    "other doc"
update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))

@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __eq__(self, o):
        return self.kg == o.kg
    def __ge__(self, o):
        return self.kg >= o.kg
print(Weight(1) < Weight(2), Weight(3) <= Weight(2), Weight(3) > Weight(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

@singledispatch
def describe(obj):
    return f"object {obj!r}"
@describe.register
def _(obj: int):
    return f"int {obj}"
@describe.register(list)
def _(obj):
    return f"list of {len(obj)}"
@describe.register(float)
@describe.register(complex)
def _(obj):
    return f"number {obj}"
def describe_str(obj):
    return f"str {obj!r}"
describe.register(str, describe_str)
class MyList(list):
    pass
print(describe(1), describe(True), describe([1, 2]), describe(MyList([1])), describe(2.5), describe(1j), describe("s"), describe(None), describe((1,)))
print(describe.dispatch(bool) is describe.dispatch(int), describe.registry[object] is describe.__wrapped__)

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:04d}"
    @fmt.register
    def _(self, arg: list):
        return "[" + ", ".join(self.fmt(a) for a in arg) + "]"
f = Formatter()
print(f.fmt(7), f.fmt([1, "x", 2]), f.fmt("y"))

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def stats(self):
        self.computed += 1
        return (min(self.values), max(self.values), sum(self.values) / len(self.values))
d = Dataset([4, 8, 15, 16, 23, 42])
print(d.stats, d.stats, d.computed)
del d.stats
print(d.stats, d.computed, type(Dataset.stats).__name__)
