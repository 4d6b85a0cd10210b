from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(e)
shapes = [Square(2), Circle(1), Square(1.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(sum(s.area() for s in shapes))
print(isinstance(Square(1), Shape))
