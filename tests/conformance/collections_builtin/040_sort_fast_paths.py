# Sorting paths for ints, floats, tuple keys and reverse, checked against CPython.
def lcg(n, seed, mod):
    out = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) % (1 << 31)
        out.append(s % mod)
    return out


# Dense int ranges (long lists), with negatives, both directions.
a = lcg(3000, 7, 500)
b = [x - 250 for x in a]
print(sorted(a)[:10], sorted(a)[-10:])
print(sorted(b, reverse=True)[:10], sorted(b)[-5:])
c = list(b)
c.sort(reverse=True)
print(c == sorted(b)[::-1], c[:5])
# Ints mixed with non-integral floats and with integral floats (distinct from ints).
m = [x / 4 for x in a[:400]] + a[:400]
print(sorted(m)[:12])
mr = sorted(m, reverse=True)
print(mr[:12], [type(v).__name__ for v in mr[:12]])
print(sorted([2, 1.0, 1, 2.0, 0.5, 1, 1.0] * 50)[:10])
print([type(v).__name__ for v in sorted([2, 1.0, 1, 2.0, 1, 1.0] * 50)[:20]])
# Big ranges and bigints.
big = [x * 10**15 for x in a[:300]] + [2**70, -2**70, 3]
print(sorted(big)[:3], sorted(big)[-3:])
# Int keys: stable.
words = ["w%d" % i for i in range(2000)]
byk = sorted(words, key=lambda w: int(w[1:]) % 7)
print(byk[:5], byk[-5:])
byk = sorted(words, key=lambda w: -(int(w[1:]) % 7), reverse=True)
print(byk[:5], byk[-5:])
print(sorted(range(-300, 300), key=lambda v: v * v)[:9])
# Tuple keys of ints: stable, negative, wide ranges, reverse.
pairs = [(x % 10, x) for x in a[:2000]]
s1 = sorted(pairs, key=lambda p: (p[0], -p[1]))
print(s1[:4], s1[-4:])
s2 = sorted(pairs, key=lambda p: (p[0] - 5, p[1] // 100), reverse=True)
print(s2[:6], s2[-6:])
s3 = sorted(pairs, key=lambda p: (p[1] * 10**12, -p[0]))
print(s3[:4], s3[-4:])
s4 = sorted(pairs, key=lambda p: (p[1], p[0] * 1000 - p[1]))
print(s4[:4], s4[-4:], s4[1000:1004])
s5 = sorted(range(3000), key=lambda v: v * 1000003 % 99991 * 100000 - v)
print(s5[:6], s5[-6:])
s6 = sorted(range(3000), key=lambda v: (v * 7919) % 70001, reverse=True)
print(s6[:6], s6[-6:])
tagged = [(x % 3, i) for i, x in enumerate(a[:1500])]
print(sorted(tagged, key=lambda t: (t[0],))[:5])
print(sorted(tagged, reverse=True)[:5])
# Tuple keys with float, str columns and different lengths.
fl = sorted(a[:600], key=lambda v: (v % 3, v / 7))
print(fl[:8])
st = sorted(words[:700], key=lambda w: (len(w), w[::-1]))
print(st[:6], st[-3:])
mixed_len = [(1, 2), (1,), (0, 5, 1), (1, 2, 0), (0, 5), ()] * 60
ml = sorted(mixed_len)
print(ml[:3], ml[-3:], len(ml))
# Key tuples whose columns mix types still raise like CPython.
try:
    sorted([(1, "a"), (1, 2)] * 200)
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, "a"), (2, 2)] * 200)[:2])
# Floats including nan keep CPython's result.
nan = float("nan")
print(sorted([3.5, nan, 1.5, 2.5]))
print(sorted([(1, 2.5), (1, nan), (0, 3.5)] * 2))
# Mutation during sort with a key.
lst = lcg(500, 3, 100)
def bad(v):
    lst.append(v)
    return v
try:
    lst.sort(key=bad)
except ValueError as e:
    print("ValueError", e, len(lst), lst[:5] == sorted(lst[:5]))
lst2 = [(i % 4, i) for i in range(600)]
def bad2(p):
    if p[1] == 300:
        lst2.append(p)
    return p
try:
    lst2.sort(key=bad2)
except ValueError as e:
    print("ValueError", e, len(lst2), lst2[:3])
# Errors from key functions propagate and leave the list alone.
lst3 = list(range(400, 0, -1))
try:
    lst3.sort(key=lambda v: 1 // (v - 200))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, lst3[:3])
# Key functions that sort themselves.
inner = [(v % 13, -v) for v in range(700)]
def nested_key(v):
    return (sorted(inner, key=lambda p: (p[1] % (v + 2), p[0]))[v % 5][1], v % 3)
print(sorted(range(300), key=nested_key)[:12])
print(sorted(range(300), key=lambda v: sorted(range(v, v + 400), reverse=True)[v % 7] % 11)[:12])
# Key functions run in list order, also with reverse=True.
calls = []
def rec(v):
    calls.append(v)
    return (v % 3, str(v)) if v % 2 else (v % 3, "x")
print(sorted([5, 1, 4, 2, 3, 8, 7], key=rec, reverse=True), calls)
calls.clear()
kl = [9, 4, 7, 1, 8]
kl.sort(key=lambda v: calls.append(v) or -v, reverse=True)
print(kl, calls)
print(sorted((3, 1, 2), reverse=True), sorted(v * 2 for v in (3, 1, 2)), sorted({4: 1, 2: 1}, key=lambda v: -v))
# Empty tuple keys, and keys whose shape changes part way.
print(sorted(range(8), key=lambda v: () if v == 0 else (v % 3, -v)))
print(sorted(range(8), key=lambda v: () if v % 4 == 1 else (v % 2,)))
print(sorted(range(8), key=lambda v: ()), sorted(range(300), key=lambda v: (v % 5,) if v < 250 else (v % 5, 0))[:8])
print(sorted(range(300), key=lambda v: v % 7 if v < 200 else v % 7 + 0.5)[195:205])
print(sorted(range(300), key=lambda v: (v % 7, v % 2) if v != 150 else (3, 0.5))[120:126])
# Infinities, huge floats and ints near 2**53, bools.
inf = float("inf")
vals = [3, -inf, 2.5, inf, -7, 0.5, 1e300, -1e-300] * 40
print(sorted(vals)[:10], sorted(vals, reverse=True)[:10])
print(sorted(range(320), key=lambda v: vals[v])[:12])
print(sorted(range(320), key=lambda v: (vals[v], -v), reverse=True)[:12])
print(sorted(range(320), key=lambda v: (v % 3, vals[v]))[:12])
big = [2**53 - 1 - (i * 7919) % 5000 for i in range(3000)]
print(sorted(big)[:3], sorted(big, reverse=True)[:3])
print(sorted(range(300), key=lambda v: (2**52 + v % 10, -(2**52) + v))[:5])
print(sorted([True, False, 2, 1, 0, -1] * 20)[:10], sorted(range(200), key=lambda v: v % 3 == 0)[:5])
