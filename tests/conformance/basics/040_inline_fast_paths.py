# Operators, calls and method calls on the values the compiler specialises for, and on the
# values that must still take the full Python path.
import math

vals = [0, 1, -1, 7, -7, 2**31 - 1, -2**31, 2**31, 2**53, 2**53 + 1, 2**64, -2**70,
        0.0, -0.0, 0.5, -2.5, 3.0, 1e300, float("inf"), float("-inf"), True, False]
divs = [1, 2, 3, -3, 7, 2**40, 0.5, -1.5, True]

for a in vals:
    row = []
    for b in divs:
        try:
            row.append(repr(a % b))
        except Exception as e:
            row.append(type(e).__name__)
        try:
            row.append(repr(a // b))
        except Exception as e:
            row.append(type(e).__name__)
    print(a, " ".join(row))

for a in vals:
    out = []
    for b in [0, 1, 3, 31, 32, 33, 0xFF, -1, 2**40]:
        for f in (lambda x, y: x & y, lambda x, y: x | y, lambda x, y: x ^ y, lambda x, y: x >> y):
            try:
                out.append(repr(f(a, b)))
            except Exception as e:
                out.append(type(e).__name__)
    print(a, " ".join(out))

for a in vals + [-4, 4, 2.25, 1e-320]:
    for fn in (lambda x: x ** 2, lambda x: x ** 0.5):
        try:
            r = fn(a)
            print(repr(a), repr(r), type(r).__name__)
        except Exception as e:
            print(repr(a), type(e).__name__, e)

# comparisons across kinds
things = [1, 1.0, 1.5, True, "1", "a", "b", 2**60, 2**60 + 1, float(2**60), float("nan"), None]
for a in things:
    print(repr(a), [(a == b, a != b) for b in things])
    row = []
    for b in things:
        try:
            row.append((a < b, a <= b, a > b, a >= b))
        except TypeError:
            row.append("TE")
    print(row)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, 1 < nan)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" <= "b", 1 < 2.5 < 2**70)
print("\U0001F600" > "\uFF00", "\uFF00" < "\U0001F600", sorted(["\U0001F600", "\uFF00", "z"]))

# integral float literals compare as numbers, but others still receive the float
class Cmp:
    def __gt__(self, o):
        return ("gt", type(o).__name__, o)
    def __eq__(self, o):
        return ("eq", type(o).__name__, o)

print(Cmp() > 1000.0, Cmp() == -3.0, Cmp() > 2)
for v in (999, 1000, 1000.5, 1001, -3, -3.0, 2**60):
    print(v > 1000.0, v == 1000.0, v < -3.0, v == -3.0, v >= 2.0**60)

# augmented assignment on every kind of target
class Box:
    def __init__(self):
        self.n = 1
        self.items = [1]
        self.s = "a"

b = Box()
b.n += 2
b.n *= 3
b.n -= 1
b.n //= 3
b.n %= 5
b.items += [2]
b.s += "b"
b.n /= 4
print(b.n, b.items, b.s)
d = {"k": 1, "l": [0]}
d["k"] += 41
d["l"] *= 3
d["k"] **= 2
d["k"] &= 0xFF0
d["k"] >>= 2
print(d)
x = 10
x -= 0.5
x *= 2
y = 2**53
y += 1
y *= 2**10
z = "ab"
z *= 3
t = (1,)
t += (2,)
print(x, y, z, t)

# method calls whose cached target changes
class A:
    def who(self):
        return "A"
    def add(self, a, b):
        return a + b

class B(A):
    def who(self):
        return "B"

def call_all(objs):
    return [o.who() for o in objs]

objs = [A(), B(), A(), B()]
print(call_all(objs))
A.who = lambda self: "patched"
print(call_all(objs))
objs[0].who = lambda: "instance"
print(call_all(objs))
del A.who
try:
    print(call_all(objs))
except AttributeError as e:
    print("AttributeError", e)
print(A().add(1, 2), A().add("x", "y"))
print("a,b".split(","), [3, 1, 2].index(1), "abc".upper(), (1, 2).count(2))

# construction through every kind of class
class P:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

class Q(P):
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.made = True
        return o

class R(P):
    def __init__(self, x):
        super().__init__(x, x * 2)

class Bad:
    def __init__(self):
        return 1

print(vars(P(1)), vars(P(1, 2)), vars(Q(3)), vars(R(4)))
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
try:
    P()
except TypeError as e:
    print("TypeError", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

# super() calls from several subclasses through the same call site
class Base:
    def step(self, k):
        return ("Base", type(self).__name__, k)

class Mid(Base):
    def step(self, k):
        return ("Mid",) + super().step(k)

class Leaf1(Mid):
    pass

class Leaf2(Mid):
    def step(self, k):
        return ("Leaf2",) + super().step(k)

for o in [Mid(), Leaf1(), Leaf2(), Mid()]:
    print(o.step(1))
Base.step = lambda self, k: ("NewBase", k)
print(Leaf2().step(2))

# binary dunders: same type, NotImplemented, reflected, subclass priority
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        return NotImplemented
    def __sub__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.v)
    def __repr__(self):
        return f"V({self.v})"

class W(V):
    def __radd__(self, o):
        return "W.radd"

print(V(1) + V(2), 3 + V(4), V(1) + W(2), sum([V(1), V(2)], V(0)))
for expr in (lambda: V(1) - V(2), lambda: V(1) + 5):
    try:
        expr()
    except TypeError as e:
        print("TypeError", e)

# subscripts: exact containers, negative and computed indexes, subclasses with __getitem__
class L(list):
    def __getitem__(self, i):
        return ("L", i)

class D(dict):
    def __getitem__(self, k):
        return ("D", k)

class DD(dict):
    def __missing__(self, k):
        return k * 2

lst, tup, dct = [10, 20, 30], (1, 2, 3), {"a": 1, 2: "two", 2.5: "f"}
k, neg, key = 1, -1, "a"
print(lst[0], lst[-1], lst[k], lst[neg], tup[-3], tup[k], dct["a"], dct[key], dct[2], dct[2.0], dct[2.5])
print(L([1, 2])[0], L([1])[k], D(a=1)["a"], D()[key], DD()["ab"], DD(a=1)["a"])
for bad in (lambda: lst[3], lambda: lst[-4], lambda: tup[k * 5], lambda: dct["zz"], lambda: lst["a"], lambda: lst[1.0]):
    try:
        bad()
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
lst[k] = 21
lst[-1] = 31
lst[True] = 22
dct["b"] = 2
dct[key] += 10
lst[0] += 1
lst[k] *= 2
print(lst, dct, lst[True], lst[False])
try:
    lst[3] = 0
except IndexError as e:
    print("IndexError", e)
try:
    tup[0] = 1
except TypeError as e:
    print("TypeError", e)

# list comprehensions sized from their source, which may change under them
src = list(range(40))
print([x for x in src if x % 3 == 0], len([x * 2 for x in src]), [t for t in (1, 2, 3) * 7][-3:])
print(len([i for i in range(10**6) if i % 100000 == 0]), [i for i in range(50, 0, -7)], [i for i in range(5, 5)])
shrinking = list(range(30))
print([shrinking.pop() for _ in shrinking])
growing = list(range(20))
print([growing.append(x) or x for x in growing if len(growing) < 45])
print([(x, y) for x in range(3) for y in "ab"], [v for v in {3: 1, 1: 2}])

# sum over generator expressions
print(sum(i * i for i in range(10)), sum(x for x in [0.1] * 10), sum(x for x in []))
print(sum(a * b for a in range(4) if a for b in range(a)))
print(sum(1 for c in "hello" if c in "lo"), sum(v for v in (2**60, 2**60)))
sum_saved = sum
def sum(g):
    return "local sum " + str(list(g))
print(sum(x for x in range(3)))
del sum
print(sum(x / 2 for x in range(5)))
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sum(x for x in ["a", 1]))
