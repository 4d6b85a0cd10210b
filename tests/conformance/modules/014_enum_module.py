from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], list(Color))
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED == 1)
class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Level.MID, Level.HIGH > Level.LOW, Level.LOW + 1, [l.value for l in Level])
try:
    Color(7)
except ValueError as e:
    print(e)
print(len(Color), Color.RED in Color)
