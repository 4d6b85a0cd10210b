a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(a), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 2])
print(s)
s.discard(10)
s.remove(5)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(s.pop() in {1, 2, 3})
f = frozenset([3, 1, 2])
print(f, f | {4}, 2 in f)
print({f: "frozen key"}[frozenset({1, 2, 3})])
print(set(), frozenset())
print({x % 4 for x in range(20)})
print(set([1, 1, 2]) == {2, 1})
c = {10, 20}
c -= {10}
c |= {30}
c &= {20, 30, 40}
print(sorted(c))
print(type(f | {4}).__name__, type({4} | f).__name__)
try:
    {[1]}
except TypeError as e:
    print(e)
