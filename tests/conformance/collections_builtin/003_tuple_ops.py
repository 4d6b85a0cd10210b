t = (1, 2, 3, 2)
print(t, len(t), t.count(2), t.index(3))
print(t[1:], t[::-1], t + (4,), t * 2)
print((1,), (), tuple(), tuple("ab"))
print(type((1)).__name__, type((1,)).__name__)
a, b, *c = t
print(a, b, c)
print((1, 2) < (1, 2, 3), (2,) > (1, 99))
print(hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print(e)
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair])
print(sum(t), max(t), min(t), sorted(t))
print(1 in t, 9 in t)
print(tuple(x * x for x in range(4)))
print(repr((None, True, "s", 1.5)))
