class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items)
class Separate:
    def __init__(self):
        self.items = []
s1, s2 = Separate(), Separate()
s1.items.append(1)
print(s1.items, s2.items)
class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting
class Derived(Base):
    greeting = "hi"
print(Base().greet(), Derived().greet())
d = Derived()
d.greeting = "yo"
print(d.greet(), Derived.greeting)
del d.greeting
print(d.greet())
class Counter:
    n = 0
    def inc(self):
        self.n += 1
c = Counter()
c.inc(); c.inc()
print(c.n, Counter.n)
