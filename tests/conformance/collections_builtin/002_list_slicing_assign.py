a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1:1] = [100, 200]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
b = a[:]
b[0] = 99
print(a[0], b[0])
a[-1:] = []
print(a)
c = [1, 2, 3, 4, 5, 6]
c[1:5:2] = ["a", "b"]
print(c)
del c[0]
print(c)
print(c[10:20], c[-100:2])
