def parse(s):
    if not s.isdigit():
        raise ValueError("bad")
    return int(s)
print(parse("12"))
print("about to fail")
parse("x1")
print("never printed")
