"""Shallow and deep copy operations (copy).

copy(x) and deepcopy(x[, memo]). Classes can customise copying with
__copy__() and __deepcopy__(memo), or with __reduce__/__reduce_ex__,
__getnewargs__, __getstate__ and __setstate__; other instances are copied by
creating a new instance with cls.__new__ and copying __dict__ (and slots).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _atomic_types():
    ts = [type(None), int, float, bool, complex, str, bytes, type, range, slice,
          type(Ellipsis), type(NotImplemented), property, type(len), type(_atomic_types)]
    try:
        ts.append(type(_atomic_types.__code__))
    except AttributeError:
        pass
    return frozenset(ts)


_atomic = _atomic_types()
_shallow_immutable = _atomic | frozenset([tuple, frozenset])


def _object_reduce(obj, cls):
    """The reduction object.__reduce_ex__(4) would produce for obj."""
    # a user-defined __reduce_ex__ / __reduce__ wins
    rex = getattr(cls, "__reduce_ex__", None)
    if rex is not None and rex is not getattr(object, "__reduce_ex__", None) and \
            _defined_in_python(cls, "__reduce_ex__"):
        return obj.__reduce_ex__(4)
    red = getattr(cls, "__reduce__", None)
    if red is not None and red is not getattr(object, "__reduce__", None) and \
            _defined_in_python(cls, "__reduce__"):
        return obj.__reduce__()
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is not None and _defined_in_python(cls, "__getnewargs__"):
        args = getnewargs()
    elif isinstance(obj, tuple):
        args = (tuple(obj),)
    elif isinstance(obj, str):
        args = (str(obj),)
    elif isinstance(obj, bool):
        args = (bool(obj),)
    elif isinstance(obj, int):
        args = (int(obj),)
    elif isinstance(obj, float):
        args = (float(obj),)
    elif isinstance(obj, frozenset):
        args = (list(obj),)
    else:
        args = ()
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None and _defined_in_python(cls, "__getstate__"):
        state = getstate()
    else:
        state = _default_state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if isinstance(obj, set) and not isinstance(obj, frozenset):
        args = (list(obj),)
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _defined_in_python(cls, name):
    """True if name is defined by a class in cls's MRO other than the built-ins."""
    for base in getattr(cls, "__mro__", (cls,)):
        if base in _builtin_bases:
            return False
        try:
            if name in base.__dict__:
                return True
        except AttributeError:
            pass
    return False


_builtin_bases = frozenset([object, list, dict, tuple, set, frozenset, int, float, str,
                            bool, bytes, complex])


def _default_state(obj, cls):
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slots = {}
    for base in getattr(cls, "__mro__", ()):
        try:
            names = base.__dict__.get("__slots__", ())
        except AttributeError:
            continue
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_" + base.__name__.lstrip("_") + name
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _shallow_immutable:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if isinstance(x, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _object_reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _atomic or isinstance(x, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _object_reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # a self-referencing tuple may have been copied while copying its items
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deepcopy_frozenset(x, memo):
    return frozenset(deepcopy(a, memo) for a in x)


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


_deepcopy_dispatch = {}
for _t in _atomic:
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[set] = _deepcopy_set
_deepcopy_dispatch[frozenset] = _deepcopy_frozenset
_deepcopy_dispatch[bytearray] = _deepcopy_bytearray
del _t


def _keep_alive(x, memo):
    """Keeps x alive for as long as memo (so its id is not reused)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__") and _defined_in_python(type(y), "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
