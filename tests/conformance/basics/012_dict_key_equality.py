d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print(len(d))
print(1 == 1.0 == True)
e = {True: 'a', 1: 'b', 1.0: 'c'}
print(e)
f = {0: 'zero', False: 'f', 0.0: 'z'}
print(f)
s = {1, 1.0, True}
print(s, len(s))
s2 = {0, False, 2, 2.0}
print(sorted(s2))
print(hash(1) == hash(1.0) == hash(True))
print({1: 'x'}.get(True))
print({(1, 2): 'tuple'}[(1.0, 2.0)])
g = {2.0: 'two'}
g[2] = 'TWO'
print(g)
