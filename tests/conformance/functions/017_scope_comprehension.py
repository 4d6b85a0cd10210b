x = 10
squares = [x * x for x in range(3)]
print(x, squares)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
class C:
    base = 100
    vals = [base + 1]
    try:
        others = [base + i for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
total = 0
def add_all(items):
    global total
    for i in items:
        total += i
add_all([1, 2, 3])
print(total)
funcs = {}
for name in ["a", "b"]:
    def handler(n=name):
        return n.upper()
    funcs[name] = handler
print(funcs["a"](), funcs["b"]())
