data = [1, 5, 12, 3, 20, 7]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
big = [y for x in data if (y := x * 2) > 10]
print(big)
print(y)
stream = iter(["a", "b", "", "c"])
while (item := next(stream)) != "":
    print("item", item)
total = 0
print([total := total + x for x in range(5)], total)
def f():
    if (m := max(data)) > 10:
        return m
print(f())
print((k := 3) * k)
vals = {"a": 1}
if (v := vals.get("a")) is not None:
    print("found", v)
