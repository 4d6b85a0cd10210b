try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class E(Exception):
    def __init__(self):
        super().__init__("constructed")
try:
    raise E
except E as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
def f():
    raise
try:
    f()
except RuntimeError as e:
    print(e)
err = KeyError("reused")
for i in range(2):
    try:
        raise err
    except KeyError as e:
        print(i, e is err)
