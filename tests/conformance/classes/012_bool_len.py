class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
print(bool(Box([])), bool(Box([1])), len(Box([1, 2])))
if Flag(True):
    print("flag on")
print(not Flag(False))
print(Flag(False) or "fallback")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Nothing:
    pass
print(bool(Nothing()))
