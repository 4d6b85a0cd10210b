# A service that logs to stdout through a configured handler, with a logger hierarchy.
import io
import logging
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class RelativeFormatter(logging.Formatter):
    """Shows traceback file names relative to this directory."""

    def formatException(self, ei):
        return super().formatException(ei).replace(HERE, "")

root_buf = io.StringIO()
logging.basicConfig(stream=root_buf, level=logging.INFO,
                    format="%(levelname)-8s %(name)s: %(message)s")

app = logging.getLogger("shop")
db = logging.getLogger("shop.db")
api = app.getChild("api")

console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.DEBUG)
console.setFormatter(RelativeFormatter("[%(levelname)s] %(name)s %(funcName)s:%(lineno)d | %(message)s"))
app.addHandler(console)
app.setLevel(logging.DEBUG)


def connect(dsn):
    db.debug("connecting to %s", dsn)
    db.info("connected (%d pools)", 2)


def validate(request):
    if request["n"] == 0:
        raise ZeroDivisionError("n must not be zero")


def handle(request):
    api.info("GET %(path)s from %(ip)s", {"path": request["path"], "ip": request["ip"]})
    try:
        validate(request)
        return 100 // request["n"]
    except ZeroDivisionError:
        api.exception("request failed: n=%s", request["n"])
        return None


connect("postgres://localhost/shop")
print(handle({"path": "/items", "ip": "10.0.0.1", "n": 4}))
print(handle({"path": "/bad", "ip": "10.0.0.2", "n": 0}) is None)

print(app, db, api, logging.getLogger())
print(db.parent is app, api.parent is app, logging.getLogger("shop.db") is db)
print(db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()), db.isEnabledFor(logging.DEBUG))

# filters and propagation
class DropHealthChecks(logging.Filter):
    def filter(self, record):
        return "/health" not in record.getMessage()

console.addFilter(DropHealthChecks())
api.info("GET /health ok")
api.warning("slow response on /items: %.1fs", 2.5)
api.propagate = False
api.error("not propagated to root")
api.propagate = True

# an adapter with context
adapter = logging.LoggerAdapter(app, {"user": "ann"})
console.setFormatter(logging.Formatter("%(levelname)s %(message)s user=%(user)s"))
adapter.info("checkout started")
console.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
app.critical("disk almost full")
console.setFormatter(logging.Formatter("$levelname/$name: $message", style="$"))
app.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
app.log(25, "custom level with a name")

# disable and levels
logging.disable(logging.WARNING)
app.warning("hidden by disable")
app.error("shown despite disable")
logging.disable(logging.NOTSET)

print("--- root handler saw:")
print(root_buf.getvalue(), end="")

print(logging.getLevelName("WARNING"), logging.getLevelName(35), logging.WARN, logging.FATAL)
try:
    logging.Formatter("no fields here")
except ValueError as e:
    print("ValueError:", e)
try:
    app.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("there",), "levelno": 20, "levelname": "INFO"})
print(rec.getMessage(), logging.Formatter("%(levelname)s:%(message)s").format(rec))

# an unconfigured logger goes to the lastResort handler on stderr (warnings and above)
lone = logging.getLogger("lonely")
lone.propagate = False
lone.info("dropped")
print(lone.hasHandlers(), logging.lastResort.level)
