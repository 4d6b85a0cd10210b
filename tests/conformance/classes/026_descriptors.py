class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
    def total(self):
        return self.qty * self.price
o = Order(3, 2.5)
print(o.total())
try:
    o.qty = 0
except ValueError as e:
    print(e)
print(type(Order.qty).__name__)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        val = self.fn(obj)
        obj.__dict__[self.fn.__name__] = val
        return val
class Data:
    @Lazy
    def expensive(self):
        print("computing...")
        return 42
d = Data()
print(d.expensive, d.expensive)
