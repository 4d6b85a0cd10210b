a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(1)
print(a, a.index(1), a.count(4))
a.reverse()
print(a)
b = a.copy()
b.sort()
print(a, b)
a.clear()
print(a, len(a))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2)
print(list("ab"), list(range(3)), list((1, 2)))
