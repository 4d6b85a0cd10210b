def nothing():
    pass
print(nothing())
class Empty:
    pass
print(type(Empty()).__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    print("no")
def docstring_only():
    """Just a docstring."""
print(docstring_only(), docstring_only.__doc__)
while False:
    pass
x = ...
print(x, type(x).__name__, ... is Ellipsis)
