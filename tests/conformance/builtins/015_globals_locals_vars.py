x_global = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("x_global" in globals(), globals()["x_global"])
g = globals()
g["injected"] = "via globals"
print(injected)
print(__name__)
class K:
    pass
k = K()
k.q = 1
print(vars(k))
print(type(globals()).__name__)
