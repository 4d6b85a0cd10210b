def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(fact(500))))
s = str(fact(200))
print(s[:20], s[-5:])
trailing = len(s) - len(s.rstrip('0'))
print(trailing)
print(fact(50) // fact(48))
print(fact(25) % 1000000007)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 10 ** 9, a.bit_length())
