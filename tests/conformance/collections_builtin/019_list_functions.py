a = [4, 8, 15, 16, 23, 42]
print(len(a), sum(a), max(a), min(a))
print(a.index(15), 16 in a)
print(list(reversed(a)), a[::-1] == list(reversed(a)))
print(list(map(lambda x: x * 2, a)))
print(list(filter(lambda x: x % 2, a)))
print(any(x > 40 for x in a), all(x > 0 for x in a))
print(sorted(a, key=lambda x: -x)[:3])
print([a[i + 1] - a[i] for i in range(len(a) - 1)])
print(list(zip(a, a[1:])))
print([sum(a[:i + 1]) for i in range(len(a))])
chunks = [a[i:i + 4] for i in range(0, len(a), 4)]
print(chunks)
flat = [x for chunk in chunks for x in chunk]
print(flat == a)
print(a * 0, [None] * 2)
