# pprint: nested configuration and API payloads
from pprint import pprint, pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter
from collections import OrderedDict, defaultdict, Counter, deque

config = {
    "service": {"name": "inventory-api", "version": "2.4.1", "replicas": 3,
                "env": {"DATABASE_URL": "postgres://db.internal:5432/inventory", "LOG_LEVEL": "info"}},
    "routes": [{"path": "/items", "methods": ["GET", "POST"], "auth": True},
               {"path": "/items/{id}", "methods": ["GET", "PUT", "DELETE"], "auth": True},
               {"path": "/health", "methods": ["GET"], "auth": False}],
    "limits": (100, 250, 1000),
    "tags": {"prod", "eu-west"},
    "description": "The inventory service keeps track of stock levels across every warehouse and exposes them to the storefront.",
    "empty": {}, "none": None, "ratio": 0.75,
}
pprint(config)
pprint(config, width=40)
pprint(config, depth=2)
pprint(config["routes"], compact=True, width=60)
pprint(config["service"], indent=4, width=50)
pp({"z": 1, "a": 2, "m": [1, 2, 3]})
pprint({"z": 1, "a": 2}, sort_dicts=False)
print(pformat(list(range(40))))
print(pformat(list(range(40)), compact=True))
print(pformat([list(range(i)) for i in range(10)], width=30))
print(pformat((1,)), pformat(()), pformat([]), pformat({}), pformat(set()), pformat("x"))
pprint("a fairly long single string that certainly will not fit on one line of forty", width=40)
pprint(["line one\nline two\n" * 3], width=30)
pprint({"matrix": [[1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0]], "labels": ["x" * 30, "y" * 30, "z" * 30]})
pprint(OrderedDict((k, k * 11) for k in "abcdefghij"), width=40)
dd = defaultdict(list)
for i in range(12):
    dd["group-" + str(i % 3)].append(i * 1000)
pprint(dd, width=50)
pprint(Counter("the quick brown fox jumps over the lazy dog"), width=60)
pprint(deque(range(30), maxlen=40), width=40)
pprint(frozenset(range(25)), width=30)
pprint({"nums": 12345678901234567890, "big": [10 ** 30, -10 ** 25]}, underscore_numbers=True, width=40)
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(saferepr(rec).split(" with id=")[0], isrecursive(rec), isreadable(rec), isreadable([1, "a"]))
print(pformat(d).split(" with id=")[0])
pp = PrettyPrinter(width=20)
print(pp.pformat({"alpha": [1, 2, 3], "beta": "text"}), pp.isreadable({"a": 1}))
nested = {"level1": {"level2": {"level3": {"level4": {"level5": ["deep"] * 6}}}}}
pprint(nested, width=30)
pprint(nested, depth=3)
