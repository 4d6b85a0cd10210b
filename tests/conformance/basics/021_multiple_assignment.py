a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
p, q, r = 'abc'
print(p, q, r)
(m, n), o = (1, 2), 3
print(m, n, o)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = 'hello'
print(h, mid, t)
a, *b = [1]
print(a, b)
i = [0, 0, 0]
j = 1
j, i[j] = 2, 9
print(j, i)
for (k, v), idx in zip({'a': 1, 'b': 2}.items(), range(2)):
    print(k, v, idx)
u = v = []
u.append(1)
print(v)
