"""Weak references (minimal): JavaScript's garbage collector does not report
collection synchronously, so references here are strong; ref() returns the
referent while it is alive (always), proxies forward attribute access, and the
Weak* containers behave like their ordinary counterparts."""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class ref:
    """ref(object[, callback]) -- a reference to object; calling it returns object."""
    __slots__ = ("_obj", "_callback", "__callback__")

    def __init__(self, obj, callback=None):
        self._obj = obj
        self._callback = callback
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if isinstance(other, ref):
            return self._obj == other._obj
        return NotImplemented

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        o = self._obj
        return f"<weakref; to '{type(o).__name__}'>"

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


class WeakMethod(ref):
    """A ref to a bound method that keeps the method's function and object."""
    __slots__ = ()


class ProxyType:
    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_proxy_obj", obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_proxy_obj"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_proxy_obj"), name, value)

    def __repr__(self):
        o = object.__getattribute__(self, "_proxy_obj")
        return f"<weakproxy; to '{type(o).__name__}'>"


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


CallableProxyType = ProxyType


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """Mapping whose values are weakly referenced (strong here)."""

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def __repr__(self):
        return f"<WeakValueDictionary with {len(self)} entries>"


class WeakKeyDictionary(dict):
    """Mapping whose keys are weakly referenced (strong here)."""

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def __repr__(self):
        return f"<WeakKeyDictionary with {len(self)} entries>"


class WeakSet(set):
    """Set of weakly referenced objects (strong here)."""

    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}" if self else "WeakSet()"


class finalize:
    """finalize(obj, func, *args, **kwargs): calling it (or exit) runs func once."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._obj = obj
        self._info = (func, args, kwargs)
        self.atexit = True

    def __call__(self, _=None):
        info = self._info
        if info is not None:
            self._info = None
            func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        info = self._info
        if info is not None:
            self._info = None
            func, args, kwargs = info
            return (self._obj, func, args, kwargs)

    def peek(self):
        info = self._info
        if info is not None:
            func, args, kwargs = info
            return (self._obj, func, args, kwargs)

    @property
    def alive(self):
        return self._info is not None
