class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))
    def __repr__(self):
        return f"Bag({self.items})"
b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
c = b + [4]
print(c, c is b)
class Pt:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return Pt(self.x + o.x)
    def __repr__(self):
        return f"Pt({self.x})"
p = Pt(1)
q = p
p += Pt(10)
print(p, q, p is q)
class Counter:
    def __init__(self):
        self.n = 0
    def __imul__(self, k):
        self.n = (self.n or 1) * k
        return self
    def __ipow__(self, k):
        self.n **= k
        return self
    def __isub__(self, k):
        self.n -= k
        return self
c = Counter()
c *= 3
c **= 2
c -= 1
print(c.n)
