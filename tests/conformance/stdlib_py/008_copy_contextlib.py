# copy/deepcopy of nested state; contextlib resource handling
import copy
import sys
import io
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout

config = {"name": "svc", "ports": [80, 443], "limits": {"cpu": 2, "tags": {"a", "b"}}, "t": (1, [2])}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["ports"].append(8080)
config["limits"]["cpu"] = 4
config["t"][1].append(3)
print(shallow["ports"], shallow["limits"]["cpu"], shallow["t"])
print(deep["ports"], deep["limits"]["cpu"], deep["t"], sorted(deep["limits"]["tags"]))
print(shallow is config, shallow["ports"] is config["ports"], deep["ports"] is config["ports"])
tup = (1, "a", (2, 3))
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy([tup])[0] is tup)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp, dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0], cc is not cyc)

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].value = 40
t3 = copy.copy(tree)
print(tree, t2, t3.children is tree.children, type(t2).__name__)

class Tracked:
    copies = 0
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.data, memo))
tr = Tracked([1, [2]])
c1, c2 = copy.copy(tr), copy.deepcopy(tr)
print(Tracked.copies, c1.data is tr.data, c2.data == tr.data, c2.data is tr.data)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
s2 = copy.deepcopy(Slotted(1, [2]))
print(s2.x, s2.y)
P = namedtuple("P", "x y")
print(copy.copy(P(1, 2)), copy.deepcopy(P([1], 2)), type(copy.deepcopy(P(1, 2))).__name__)
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd2["a"].append(2); dd2["b"].append(3)
print(dd, dd2)
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(Counter("aab")), copy.deepcopy(deque([[1]], maxlen=2)))
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(len) is len)

@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"</{name}>")

log = []
with tag("a", log) as t:
    log.append(t)
with tag("b", log):
    raise KeyError("k")
try:
    with tag("c", log):
        raise ValueError("boom")
except ValueError as e:
    log.append(f"escaped {e}")
print(log)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception:
        db.clear(); db.update(snapshot)
        raise

db = {"x": 1}
try:
    with transaction(db) as d:
        d["x"] = 2
        d["y"] = 3
        raise RuntimeError("rollback")
except RuntimeError as e:
    print("error:", e, db)

@tag("deco", log)
def decorated():
    return "ran"
log.clear()
print(decorated(), decorated(), log)

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("not printed")
with suppress(KeyError):
    {}["missing"]
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError escapes suppress")

class Resource:
    def __init__(self, name, events):
        self.name, self.events = name, events
    def __enter__(self):
        self.events.append("open " + self.name)
        return self
    def __exit__(self, *exc):
        self.events.append("close " + self.name)
        return False
    def close(self):
        self.events.append("closed " + self.name)

events = []
with ExitStack() as stack:
    files = [stack.enter_context(Resource(n, events)) for n in ("f1", "f2", "f3")]
    stack.callback(events.append, "callback ran")
    stack.push(lambda *exc: events.append(f"push saw {exc[0].__name__ if exc[0] else None}"))
    events.append("body")
print(events)
events = []
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("g1", events))
        stack.push(lambda t, v, tb: isinstance(v, KeyError))
        raise KeyError("gone")
    print("suppressed by ExitStack push")
except KeyError:
    print("not suppressed")
print(events)
events = []
def failing_cb():
    raise ValueError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(events.append, "first registered runs last")
        stack.callback(failing_cb)
except ValueError as e:
    print("ValueError:", e, events)
with ExitStack() as stack:
    stack.enter_context(Resource("h", events))
    saved = stack.pop_all()
print(events[-1])
saved.close()
print(events[-1])
try:
    with ExitStack() as s:
        s.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

with closing(Resource("sock", events)) as r:
    print(r.name)
print(events[-1])
with nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))
