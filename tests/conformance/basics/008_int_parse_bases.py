print(int('ff', 16))
print(int('FF', 16))
print(int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0))
print(int('1011', 2), int('0b1011', 0))
print(int('z', 36))
print(int('  42  '))
print(int('-17'))
print(int('+5'))
print(int('1_000_000'))
print(int(3.99), int(-3.99))
print(int(True))
print(int('10', 3))
for s in ['abc', '1.5', '', '0x10']:
    try:
        print(int(s))
    except ValueError as e:
        print(e)
try:
    int('12', 2)
except ValueError as e:
    print(e)
print(1_000 + 0x10 + 0o10 + 0b10)
