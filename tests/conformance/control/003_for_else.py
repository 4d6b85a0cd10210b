def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 15, 2, 49]:
    find_divisor(n)
for x in []:
    print("never")
else:
    print("empty for-else")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print("inner else", i)
result = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    result.append(i)
print(result)
for i in range(3):
    pass
print("loop var after:", i)
