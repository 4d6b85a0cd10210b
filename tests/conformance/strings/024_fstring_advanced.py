from datetime import date
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __format__(self, spec):
        if spec == "polar":
            return f"<{self.x}|{self.y}>"
        return str(self)
    def __str__(self):
        return f"({self.x}, {self.y})"
p = P(1, "two")
print(f"{p}")
print(f"{p!r}")
print(f"{p:polar}")
print(f"{p=}")
print(f"{p.x + 10:03d}")
vals = {"a": [1, 2, {"deep": "yes"}]}
print(f"{vals['a'][2]['deep']}")
print(f"{'-'.join(str(i) for i in range(4))}")
print(f"{len('abc') * 2}")
fmt = ">8"
print(f"{'dyn':{fmt}}|")
print(f"{3.0:g} {1/3:.4g} {1e-7:g}")
print(f"{-5:+} {5:+}")
d = date(2024, 2, 29)
print(f"{d:%Y/%m/%d} {d.isoformat()}")
print(f"{'a' 'b'}")
x = 10
print(f"{x!r:>6}")
print(f"{x:{'<'}{5}}|")
