for key in ["name", 42, 3.5, (1, "a"), None, "it's", ""]:
    try:
        {}[key]
    except KeyError as e:
        print(f"KeyError: {e}")
try:
    set().remove("gone")
except KeyError as e:
    print(e)
from collections import Counter
print(Counter()["missing"])
d = {"a": 1}
print(d.get("b", "default"))
