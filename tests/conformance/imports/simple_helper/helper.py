"""A helper module imported by main.py."""
GREETING = "hello"
_private = "underscore"
calls = 0
def greet(name):
    global calls
    calls += 1
    return f"{GREETING}, {name}"
def add(a, b):
    return a + b
class Tool:
    def __init__(self, label):
        self.label = label
    def __repr__(self):
        return f"Tool({self.label!r})"
print("helper module loaded, __name__ =", __name__)
