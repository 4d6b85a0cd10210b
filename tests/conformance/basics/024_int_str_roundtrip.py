for n in [0, 1, -1, 255, -256, 2 ** 31, 2 ** 64, -(10 ** 18)]:
    print(n, hex(n), oct(n), bin(n))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, 'b'), format(8, 'o'))
print(format(255, '08b'), format(-5, '04d'))
print(int(hex(12345), 16), int(bin(999), 2), int(oct(511), 8))
print(str(int('000123')))
print(chr(65 + 25), ord('Z') - ord('A'))
print(int('１２３'))
