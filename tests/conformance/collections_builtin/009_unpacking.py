a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
first, *middle, last = range(1, 8)
print(first, middle, last)
*_, tail = "xyz"
print(tail)
print(*[1, 2, 3])
print(*"abc", sep="-")
lst = [*range(3), *"ab", *(9,)]
print(lst)
dct = {**{"a": 1}, "b": 2, **dict(c=3)}
print(dct)
st = {*[1, 2], *(2, 3)}
print(st)
def f(a, b, c):
    return a + b * c
print(f(*[1, 2], 3), f(**{"a": 1, "b": 2, "c": 3}), f(1, *(2,), **{"c": 4}))
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    m, *n, o = [1]
except ValueError as e:
    print(e)
(k, *v), = [(1, 2, 3)]
print(k, v)
