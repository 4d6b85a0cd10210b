import copy
a = [1, [2, 3]]
b = a
c = a[:]
d = copy.deepcopy(a)
a[1].append(4)
a[0] = 100
print(a, b, c, d)
print(a is b, a is c, a == b)
e = copy.copy({"k": [1]})
print(e)
x = [1, 2]
y = [1, 2]
print(x == y, x is y)
print([] is [], () == ())
t = (1, [2])
t[1].append(3)
print(t)
