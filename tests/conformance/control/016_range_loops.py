for i in range(3):
    print(i, end=",")
print()
for i in range(10, 0, -4):
    print(i, end=" ")
print()
print(sum(1 for _ in range(0)))
for i, v in enumerate(range(100, 103)):
    print(i, v)
r = range(5)
print(r[-1], len(r), list(r[1:3]), r.index(3), r.count(2))
print(list(range(0)), list(range(5, 0)))
total = 0
for i in range(1, 11):
    if i == 8:
        break
    if i % 2 == 0:
        continue
    total += i
else:
    total = -1
print(total)
