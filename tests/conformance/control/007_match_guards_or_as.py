def grade(score):
    match score:
        case n if n >= 90:
            return "A"
        case n if n >= 80:
            return "B"
        case n if n >= 70:
            return "C"
        case _:
            return "F"
print([grade(s) for s in [95, 85, 75, 10]])
def shape(v):
    match v:
        case (0, 0) | [0, 0, 0]:
            return "origin"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case [int() as a, int() as b] as pair:
            return f"int pair {pair} sum {a + b}"
        case ("x" | "y") as axis:
            return f"axis name {axis}"
        case _:
            return "other"
for v in [(0, 0), [0, 0, 0], (5, 0), (0, 6), (2, 3), "x", "z", (1.5, 2)]:
    print(v, shape(v))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
print(col(Color.RED), col(Color.GREEN))
RED_CONST = "r"
match "r":
    case x if x == RED_CONST:
        print("guard compared constant")
