for n in [0, 7, 255, -42, 4096]:
    print(hex(n), oct(n), bin(n))
print([chr(c) for c in range(65, 71)])
print([ord(c) for c in "AZaz09"])
print(chr(0x263A), ord("€"), chr(128013))
print(hex(2 ** 64), bin(1023))
print(int(hex(999), 0), int(oct(999), 0), int(bin(999), 0))
