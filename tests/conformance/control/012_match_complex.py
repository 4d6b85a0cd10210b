def evaluate(expr):
    match expr:
        case int(n) | float(n):
            return n
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("-", operand):
            return -evaluate(operand)
        case ("-", left, right):
            return evaluate(left) - evaluate(right)
        case ("sum", *args):
            return sum(evaluate(a) for a in args)
        case {"op": "max", "args": [*args]}:
            return max(evaluate(a) for a in args)
        case _:
            raise ValueError(f"bad expression: {expr!r}")
print(evaluate(("+", 1, ("*", 2, 3))))
print(evaluate(("-", 5)))
print(evaluate(("-", 10, ("-", 3))))
print(evaluate(("sum", 1, 2, 3, ("*", 2, 2))))
print(evaluate({"op": "max", "args": [1, ("+", 5, 5), 3]}))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(e)
def route(path):
    match path.strip("/").split("/"):
        case [""]:
            return "home"
        case ["users"]:
            return "user list"
        case ["users", uid] if uid.isdigit():
            return f"user {int(uid)}"
        case ["users", uid, "posts", *rest]:
            return f"posts of {uid}: {'/'.join(rest) or 'all'}"
        case _:
            return "404"
for p in ["/", "/users", "/users/42", "/users/abc", "/users/7/posts", "/users/7/posts/2024/01", "/x/y"]:
    print(p, "=>", route(p))
