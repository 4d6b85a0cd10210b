import functools
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
a, b = Version("1.2.10"), Version("1.10")
print(a < b, a > b, a == Version("1.2.10"), a != b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]))
print(a == "1.2.10")
try:
    a < 5
except TypeError as e:
    print(e)
print(max(Version("3.1"), Version("3.0.5")))
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
print(Money(5) <= Money(5), Money(6) >= Money(7), Money(1) > Money(0))
class Always:
    def __eq__(self, other):
        print("Always.__eq__ called")
        return True
print(1 == Always())
print(Always() != 2)
