def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n += 1 if n % 2 == 0 else 2
    while not is_probable_prime(n):
        n += 2
    return n


p = next_prime(2 ** 89)
q = next_prime(10 ** 27 + 12345)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n =", n, "bits:", n.bit_length())
print("d*e mod phi =", d * e % phi)


def encode(msg):
    return int.from_bytes(msg.encode("utf-8"), "big")


def decode(m):
    return m.to_bytes((m.bit_length() + 7) // 8, "big").decode("utf-8")


for msg in ["hello", "Tauraro 🐍!", "RSA with big ints"]:
    m = encode(msg)
    c = pow(m, e, n)
    back = decode(pow(c, d, n))
    print(f"{msg!r}: m={m} c%1e9={c % 10 ** 9} ok={back == msg}")
sig = pow(encode("signed"), d, n)
print("signature verifies:", pow(sig, e, n) == encode("signed"))
print([x for x in range(90, 130) if is_probable_prime(x)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(561))
try:
    modinv(6, 9)
except ValueError as err:
    print("ValueError:", err)
print(egcd(240, 46), modinv(3, 11), pow(3, -1, 11))
