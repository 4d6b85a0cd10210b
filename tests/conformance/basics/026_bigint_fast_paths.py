# Big-int %, *, +, >> and << fast paths (power-of-two divisors, mixed signs).
for a in [5, -5, 2**70 + 3, -(2**70) - 3, 2**64, -(2**64), 0, 2**64 - 1]:
    for b in [1, 2**64, 2**63, 2**65, 2**64 + 1, 2**100, 8]:
        print(a % b, a * b, a + b, a >> 3, 1 << 64, (a * b) % (1 << 64), end=" ")
    print()
try:
    print(2**70 % 0)
except ZeroDivisionError as e:
    print(e)
print((2**70) % -(2**64), (-(2**70) - 1) % -(2**64), 7 % -(2**64))
s = 42
acc = 0
for i in range(2000):
    s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    acc += (s >> 33) % 1000
print(s, acc)
print([(x * 0x9E3779B97F4A7C15) % 2**61 for x in range(-3, 4)])
# Small-int % with large dividends and divisors around 2**30.
vals = [0, 1, 5, 2**30 - 1, 2**30, 2**30 + 7, 2**31 + 3, 2**40 + 9, 2**53 - 1, -1, -2**31, -2**40 - 5, 10**15 + 37]
divs = [1, 2, 7, 1000, 2**30 - 1, 2**30, 2**31, 2**40, -3, -(2**30)]
out = []
for a in vals:
    for b in divs:
        out.append(a % b)
print(out)
print([x * x % 1000 for x in range(32760, 32780)])
edge = []
for b in [3, 1000, 65537, 2**29 + 11, 2**30 - 1, 2**30]:
    k = (2**53 - 2**30) // b
    for a in [k * b, k * b - 1, k * b + 1, (k // 3) * b - 1, 2**53 - 1, 2**52 + 1, 2**31 * 3 + 5]:
        edge.append(a % b)
print(edge)
# Shifts of small ints into bigints.
print([1 << k for k in (0, 1, 30, 31, 52, 53, 63, 64, 65, 100)], [(-3) << k for k in (0, 31, 53, 64, 70)], 0 << 5000, (5 << 2000) >> 1998)
print([7 << 64 for _ in range(3)], [1 << 64 for _ in range(2)])
try:
    1 << -1
except ValueError as e:
    print(e)
