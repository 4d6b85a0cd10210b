import helper
from helper import add, Tool as T
import helper as h2
print(helper.greet("world"))
print(add(2, 3), T("hammer"))
print(h2 is helper, helper.calls)
h2.greet("again")
print(helper.calls)
print(helper.__name__, helper.__doc__)
from helper import *
print(GREETING, greet("star"))
try:
    _private
except NameError as e:
    print(e)
import helper
print("second import did not reload")
print(__name__)
