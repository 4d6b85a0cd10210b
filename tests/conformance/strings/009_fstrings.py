name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
d = {"k": "val"}
print(f"Hello, {name}!")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:x}")
print(f"{pi:.2f} {pi:10.4f} {pi:e}")
print(f"{name!r} {name!s} {name!a}")
print(f"{n=}")
print(f"{n + 1 = }")
print(f"{pi=:.3f}")
print(f"{items[0]}{items[-1]} {d['k']}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'nested ' + name.upper()}")
print(f"{{braces}} {n}")
print(f"{n:,} {1234567:,}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{'yes' if n > 40 else 'no'}")
print(f"{n:#010b}")
print(f"{3 * 0.1:.1%}")
print(f"""triple {name}
second line {n}""")
val = 7
print(f"{val:>{width}}")
print(F"upper F {val}")
print(f"{'é':*^5}")
print(f'{"dq inside sq"}')
