def describe(cmd):
    match cmd:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case ["go", direction, *rest]:
            return f"go {direction} with {rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
for c in [[], [1], (1, 2), ["go", "north"], ["go", "west", 1, 2], [1, 2, 3, 4]]:
    print(describe(c))
def parse(tokens):
    match tokens.split():
        case ["add", a, b]:
            return int(a) + int(b)
        case ["neg", a]:
            return -int(a)
        case ["sum", *nums]:
            return sum(map(int, nums))
        case _:
            return "bad"
for t in ["add 2 3", "neg 4", "sum 1 2 3 4", "mul 2 3", "sum"]:
    print(t, "->", parse(t))
match "abc":
    case [a, b, c]:
        print("strings are not sequences here")
    case str() as s:
        print("matched str", s)
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a + b + c)
match (1, 2):
    case [1, 2]:
        print("tuple matched list pattern")
