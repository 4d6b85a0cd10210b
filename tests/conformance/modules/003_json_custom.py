import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
def decode(d):
    if "__point__" in d:
        x, y = d["__point__"]
        return ("P", x, y)
    return d
text = json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, default=encode)
print(text)
print(json.loads(text, object_hook=decode))
try:
    json.dumps({"p": object.__new__(Point)}, default=lambda o: (_ for _ in ()).throw(TypeError("nope")))
except TypeError as e:
    print("TypeError:", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
try:
    json.dumps({"bad": Point(0, 0)})
except TypeError as e:
    print(e)
