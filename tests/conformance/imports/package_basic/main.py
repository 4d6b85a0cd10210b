import shapes
from shapes import Circle, Square, total_area
from shapes.base import Shape
import shapes.circle
print(shapes.VERSION)
items = [Circle(1), Square(2), Circle(2)]
print(items)
print(total_area(items))
print(isinstance(items[0], Shape), shapes.circle.Circle is Circle)
print(sorted(shapes.__all__))
print(shapes.square.Square.__name__)
try:
    Shape().area()
except NotImplementedError:
    print("abstract area")
