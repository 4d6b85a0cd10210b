d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
keys = d.keys()
vals = d.values()
items = d.items()
d["new"] = 1
print(keys)
print(vals)
print(items)
print(len(keys), "new" in keys)
print(keys & {"alpha", "x"} == {"alpha"})
print(sorted(keys - {"mid"}))
print(list(reversed(d)))
print(dict(sorted(d.items())))
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print(e)
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
