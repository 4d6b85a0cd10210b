class Foo:
    def __init__(self):
        self.a = 1
f = Foo()
try:
    f.x
except AttributeError as e:
    print(e)
try:
    Foo.y
except AttributeError as e:
    print(e)
try:
    (5).bar
except AttributeError as e:
    print(e)
try:
    "s".nope()
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    del f.zzz
except AttributeError as e:
    print(e)
import math
try:
    math.nothing
except AttributeError as e:
    print(e)
