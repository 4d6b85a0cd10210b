# A tiny formula engine built on eval/exec with explicit namespaces.
import math

formulas = {
    "area": "pi * r ** 2",
    "hyp": "sqrt(a * a + b * b)",
    "total": "sum(items) * (1 + tax)",
}
env = {"pi": math.pi, "sqrt": math.sqrt, "sum": sum}
inputs = {"r": 2, "a": 3, "b": 4, "items": [10, 20, 30], "tax": 0.25}
for name, expr in formulas.items():
    print(name, "=", round(eval(expr, env, inputs), 6))

code = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
series = [fib(i) for i in range(10)]
"""
ns = {}
exec(code, ns)
print(ns["series"], sorted(k for k in ns if not k.startswith("__")))

counter = 0
exec("counter += 5")
print("counter", counter)
globals()["dynamic_name"] = "made via globals()"
print(dynamic_name)
print("math" in globals(), globals()["__name__"])

compiled = compile("x * 2 + 1", "<formula>", "eval")
print([eval(compiled, {"x": x}) for x in range(4)])
for bad in ["1 +", "def"]:
    try:
        eval(bad)
    except SyntaxError:
        print("SyntaxError for", repr(bad))
try:
    eval("undefined_name + 1", {})
except NameError as e:
    print("NameError:", e)
print(eval("  40 + 2  \n"))
