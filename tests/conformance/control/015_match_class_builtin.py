def typeof(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case float():
            return "float"
        case str() if not v:
            return "empty str"
        case str():
            return "str"
        case list() | tuple():
            return f"seq of {len(v)}"
        case dict():
            return "dict"
        case _:
            return "other"
for v in [True, 3, 2.0, "", "s", [1], (1, 2), {}, None]:
    print(repr(v), typeof(v))
from dataclasses import dataclass
@dataclass
class Move:
    dx: int
    dy: int
def step(m):
    match m:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(0, dy):
            return f"vertical {dy}"
        case Move(dx=dx, dy=dy):
            return f"diagonal {dx},{dy}"
for m in [Move(0, 0), Move(2, 0), Move(0, -1), Move(1, 1)]:
    print(m, step(m))
