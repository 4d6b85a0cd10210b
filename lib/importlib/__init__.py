"""importlib: import_module, reload, invalidate_caches (Tauraro)."""
import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module by name; a leading dot makes it relative to ``package``."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for ch in name:
            if ch != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if name in sys.modules:
        return sys.modules[name]
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Re-execute a module's source in its existing namespace."""
    name = getattr(module, "__name__", None)
    if name is None or not hasattr(module, "__dict__"):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    path = getattr(module, "__file__", None)
    if path is None:
        # A native module: nothing to re-execute.
        return module
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    exec(code, module.__dict__)
    return module


def invalidate_caches():
    pass
