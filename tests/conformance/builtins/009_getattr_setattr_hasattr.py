class Obj:
    x = 1
o = Obj()
setattr(o, "y", 2)
print(getattr(o, "x"), getattr(o, "y"), getattr(o, "z", "missing"))
print(hasattr(o, "x"), hasattr(o, "z"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
for name in ["upper", "lower"]:
    print(getattr("MiXeD", name)())
print(vars(o), vars(Obj)["x"])
fields = {"a": 1, "b": [2]}
for k, v in fields.items():
    setattr(o, k, v)
print(sorted(vars(o).items()))
