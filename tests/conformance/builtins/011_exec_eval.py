print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 6, "y": 7}))
print(eval("[i * i for i in range(4)]"))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1))
exec("print('printed from exec')")
code = """
total = 0
for i in range(5):
    total += i
result = total
"""
g = {}
exec(code, g)
print(g["result"])
x = 100
print(eval("x + 1"))
def local_eval():
    z = 3
    return eval("z * 2")
print(local_eval())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught")
print(eval("'abc'.upper()"))
