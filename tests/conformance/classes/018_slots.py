class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
p.x = 10
print(p.x, P.__slots__)
class Q(P):
    pass
q = Q(1, 2)
q.extra = "ok"
print(q.extra)
class R:
    __slots__ = ["v"]
r = R()
try:
    r.v
except AttributeError as e:
    print("unset slot:", e)
