def loud(name, val):
    print("eval", name)
    return val
print(loud("a", 0) and loud("b", 1))
print(loud("a", 1) and loud("b", 2))
print(loud("a", 0) or loud("b", 0) or loud("c", 3))
print(loud("a", "x") if loud("cond", False) else loud("b", "y"))
x = None
print(x is None and "none" or "some")
print([] or {} or 0 or None)
val = 5
msg = "neg" if val < 0 else "zero" if val == 0 else "pos"
print(msg)
print(not (True and False), not True or True)
