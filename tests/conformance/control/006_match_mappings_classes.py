def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", **rest}:
            return f"special key {rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case _:
            return "not an event"
print(handle({"type": "click", "pos": (3, 4)}))
print(handle({"type": "key", "key": "a", "extra": 1}))
print(handle({"type": "key", "key": "Enter", "mod": "ctrl"}))
print(handle({"type": "scroll"}))
print(handle([1, 2]))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(r=r):
            return f"circle r={r}"
        case Point(x, y):
            return f"point {x},{y}"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), 7, 2.5, "s"]:
    print(where(s))
