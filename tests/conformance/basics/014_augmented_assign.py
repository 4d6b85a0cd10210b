a = 10
a += 5; print(a)
a -= 3; print(a)
a *= 2; print(a)
a //= 5; print(a)
a **= 3; print(a)
a %= 7; print(a)
a /= 2; print(a)
s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
lst *= 2
print(alias)
d = {'n': 1}
d['n'] += 10
print(d)
m = [[0, 0], [0, 0]]
m[1][0] -= 4
print(m)
