# for loops over range(): counted in locals for JS numbers, iterated for big ints and a rebound range
def f():
    out = []
    for i in range(5): out.append(i)
    for i in range(10, 0, -3): out.append(i)
    for i in range(0): out.append("never")
    else: out.append("else-empty")
    for i in range(3, 3): out.append("never")
    for i in range(2, 20, 5):
        if i == 12: break
        out.append(i)
    else: out.append("no")
    for i in range(6):
        if i % 2: continue
        out.append(-i)
    else: out.append("else-ran")
    for i in range(2**60, 2**60 + 3): out.append(i)
    for i in range(2**70, 2**70 + 2): out.append(i)
    for i in range(-5, -12, -2): out.append(i)
    n = 0
    for i in range(3):
        for j in range(i):
            n += 10 * i + j
    out.append(n)
    for x, y in [(1, 2)]: out.append(x + y)
    for i in range(1, 4):
        pass
    out.append(i)
    return out
print(f())
range = lambda n: [7, 8]
for i in range(3): print("shadowed", i)
