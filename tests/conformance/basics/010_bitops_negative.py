print(~5, ~-1, ~0)
print(-1 & 0xFF)
print(-8 >> 1, -1 >> 10, -9 >> 2)
print(1 << 40)
print(1 << 100)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ^ 0x3C)
print((2 ** 70 + 5) & 0xFFFF)
print(-(2 ** 70) >> 60)
print(~(2 ** 65))
print((-2 ** 80) & (2 ** 81 - 1))
print(bin(-10), hex(-255), oct(-8))
print((255).bit_length(), (-255).bit_length(), (0).bit_length())
print(bin(2 ** 65 | 1))
x = 0b1010
x |= 0b0101
x <<= 2
x ^= 0xFF
print(x)
print(0x7FFFFFFF + 1, -0x80000000 - 1)
print(3 & True, 6 | False)
