import sys
import counter
import plugins
print(counter.registry)
print(plugins.run(), counter.count)
from counter import count
counter.bump()
print(count, counter.count)
print("counter" in sys.modules, "plugins" in sys.modules)
import importlib
mod = importlib.import_module("counter")
print(mod is counter)
try:
    import does_not_exist_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from counter import nothing_here
except ImportError as e:
    print(type(e).__name__)
