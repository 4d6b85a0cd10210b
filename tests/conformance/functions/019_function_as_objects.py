def shout(s):
    return s.upper() + "!"
def whisper(s):
    return s.lower() + "..."
styles = [shout, whisper]
for f in styles:
    print(f.__name__, f("Hello"))
table = {f.__name__: f for f in styles}
print(table["whisper"]("LOUD"))
def make_op(symbol):
    if symbol == "+":
        def op(a, b):
            return a + b
    else:
        def op(a, b):
            return a - b
    return op
print(make_op("+")(2, 3), make_op("-")(2, 3))
print(shout == shout, shout is table["shout"])
def call_twice(f, x):
    return f(f(x))
print(call_twice(lambda v: v + "ab", ""))
print(list(map(len, ["x", "yy"])))
