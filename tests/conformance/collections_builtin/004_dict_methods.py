d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("d", 4), d.setdefault("a", 100))
print(d.pop("b"), d.pop("zz", "none"))
print(d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, 1 in d, "a" in d.keys(), 1 in d.values())
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
print(dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
print(dict(a=1, b=2), dict([(1, "one")]), dict(zip("xyz", range(3))))
d.clear()
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
print({**{"a": 1}, **{"b": 2, "a": 3}})
print({"a": 1} | {"b": 2})
e = {"x": 1}
e |= {"y": 2}
print(e)
