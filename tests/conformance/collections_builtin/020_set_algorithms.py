def primes_upto(n):
    composite = set()
    out = []
    for i in range(2, n + 1):
        if i not in composite:
            out.append(i)
            composite.update(range(i * i, n + 1, i))
    return out
print(primes_upto(50))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), len(a | b))
seen = set()
dups = []
for x in [1, 4, 2, 4, 1, 5, 1]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
def dedupe(seq):
    seen = set()
    return [x for x in seq if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1]))
print(sorted({n % 7 for n in range(100)}))
