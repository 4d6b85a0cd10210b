class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Resource("a") as r:
    print("using", r.name)
try:
    with Resource("b"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e)
class Suppress:
    def __enter__(self):
        return "value"
    def __exit__(self, t, e, tb):
        print("suppressing", repr(e))
        return True
with Suppress() as v:
    print(v)
    1 / 0
print("after suppress")
with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("span"):
        print("text", t)
with suppress(KeyError):
    {}["k"]
print("suppress ok")
def early():
    with Resource("ret"):
        return "returned"
print(early())
