from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color(1), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print(Color.__members__)
print(Color.RED.describe(), Color.default())
print(Color.RED in Color, Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash('RED'))
print(f"{Color.RED}", format(Color.GREEN), f"{Color.RED!r}")
print(Color, type(Color.RED), isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(2), f"{Num.ONE}", sorted([Num.TWO, Num.ONE]))
print(str(Num.ONE), format(Num.TWO, "03d"))
class Sh(StrEnum):
    A = auto()
    B = "bee"
print(Sh.A, repr(Sh.A), Sh.B.upper(), Sh.A == "a", f"{Sh.B}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), repr(Perm(0)), str(Perm(0)))
print(Perm.R in (Perm.R | Perm.X), list(Perm.R | Perm.X), ~Perm.R, bool(Perm(0)))
class P2(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(P2.A | P2.C, repr(P2.A | P2.B), P2.B, P2.C.value, P2.A & 3, repr(~P2.A))
class Au(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(Au), [m.value for m in Au])
@unique
class U(Enum):
    A = 1
    B = 2
try:
    @unique
    class U2(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == "a":
            return cls.A
        return None
print(M("a"))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
A2 = Enum('A2', [('X', 5), ('Y', 6)])
print(repr(A2.Y))
print(Color.RED.name, Color.RED._value_, Color._member_names_)
print({Color.RED: 1}[Color.RED], Color.RED < Num.TWO if False else "skip")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print(Num.ONE < Num.TWO, Num(1) is Num.ONE, max(Num))
print(reversed(Color).__class__.__name__ if False else list(reversed(Color)))
print(Color.RED.__class__.__name__, type(Color).__name__)
