a = [0, 1, 2, 3, 4, 5]
del a[1]
print(a)
del a[1:3]
print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
v = 10
del v
try:
    print(v)
except NameError as e:
    print(e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
