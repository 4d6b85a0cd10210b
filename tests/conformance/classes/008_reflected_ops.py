class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__")
        return Num(o + self.v)
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))
    __rmul__ = __mul__
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(10 - Num(3), Num(10) - 3)
print(3 * Num(4), Num(4) * 3)
print(sum([Num(1), Num(2), Num(3)]))
try:
    Num(1) + "s"
except TypeError as e:
    print(e)
class Sub(Num):
    def __radd__(self, o):
        print("Sub.__radd__ first")
        return Num(-1)
print(Num(1) + Sub(2))
