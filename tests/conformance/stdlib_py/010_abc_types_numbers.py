# abc enforcement, numbers ABCs, types helpers, warnings, weakref basics
from abc import ABC, ABCMeta, abstractmethod
import numbers
import types
import warnings
import weakref

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def perimeter(self):
        return 2 * 3.14159 * self.r

class HalfDone(Shape):
    def area(self):
        return 0

for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Circle(2).describe(), sorted(Shape.__abstractmethods__), HalfDone.__abstractmethods__, Circle.__abstractmethods__)

class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, "run") or NotImplemented
        return NotImplemented
class Good(Plugin):
    name = "good"
class Duck:
    def run(self):
        pass
class Other:
    pass
Plugin.register(Other)
print(Good().name, isinstance(Duck(), Plugin), issubclass(Other, Plugin), isinstance(Other(), Plugin), issubclass(int, Plugin))
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)

for v in (1, 2.5, 1 + 2j, True):
    print(type(v).__name__, [isinstance(v, t) for t in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(isinstance("1", numbers.Number))

ns = types.SimpleNamespace(host="localhost", port=8080)
ns.debug = True
print(ns, ns.port, ns == types.SimpleNamespace(host="localhost", port=8080, debug=True))
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(isinstance((x for x in ()), types.GeneratorType), types.NoneType is type(None))
class Greeter:
    def hi(self):
        return "hi"
g = Greeter()
print(isinstance(g.hi, types.MethodType))
Dyn = types.new_class("Dyn", (Greeter,), exec_body=lambda ns: ns.update({"x": 42}))
print(Dyn.__name__, Dyn().x, Dyn().hi())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("careful")
print([(str(w.message), w.category.__name__) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning raised:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
print("done warnings")

class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.proxy(o).__class__ is not None)
cache = weakref.WeakValueDictionary()
cache["k"] = o
print(cache["k"] is o, len(cache))
