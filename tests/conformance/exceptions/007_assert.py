def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert args:", e.args, repr(str(e)))
try:
    assert [], "empty list"
except AssertionError as e:
    print(e)
assert True, "never"
print("done")
