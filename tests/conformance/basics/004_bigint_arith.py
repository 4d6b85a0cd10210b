a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(a * b)
print(b // a)
print(b % a)
print(-a // 7)
print(-a % 7)
print(divmod(b, -a))
print(a * a * a)
print(a > b, a < b, a == 123456789012345678901234567890)
print(abs(-b))
print(a ^ b, a & b, a | b)
print(a << 10, b >> 40)
print(hash(10 ** 20) == hash(10 ** 20))
print(int(str(a)) == a)
print(float(a))
print(a / b)
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x // (2 ** 26))
