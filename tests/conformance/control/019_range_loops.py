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
del range

# comprehensions over range()
n = 5
print([i * j for i in range(n) for j in range(i)])
print(sum(i for i in range(10, 0, -2)), [x for x in range(2**60, 2**60 + 2)])
print({i: [j for j in range(i) if j % 2] for i in range(6)})
print(list(i for i in range(3)), sum(a * b for a in range(4) for b in range(a, 5, 2)))
def g(range):
    return [x for x in range(3)]
print(g(lambda k: "abc"))
