"""Support for type hints (typing).

Type hints are not checked at run time: the special forms here can be
subscripted, compared, printed (with CPython's reprs), introspected with
get_origin/get_args/get_type_hints, and used as base classes (Generic,
Protocol, NamedTuple, TypedDict)."""

import sys
import collections
import collections.abc
import contextlib
import functools
from abc import ABCMeta, abstractmethod

TYPE_CHECKING = False

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container", "ContextManager",
    "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
    "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
    "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes",
    "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO", "Match",
    "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin", "get_overloads",
    "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType", "no_type_check",
    "no_type_check_decorator", "NoReturn", "NotRequired", "overload", "ParamSpecArgs",
    "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self", "Text",
    "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack",
]


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _AnyMeta):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, types_FunctionType):
        return obj.__name__
    return repr(obj)


def _f():
    pass


types_FunctionType = type(_f)
del _f
_NoneType = type(None)


def _type_check(arg, msg=None):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _tuple_args(params):
    if not isinstance(params, tuple):
        params = (params,)
    return params


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, "__parameters__", ()):
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return tuple(params)


# ---------------------------------------------------------------------------
# Aliases: List[int], Dict[str, int], Callable[[int], str], ...
# ---------------------------------------------------------------------------

class _Final:
    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted generic: __origin__ is the runtime class, __args__ the
    parameters."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            return f"{name}[()]"
        return "{}[{}]".format(name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if not (isinstance(self.__origin__, type) and issubclass(self.__origin__, Generic)):
                res.append(Generic)
        return tuple(res)

    def __getitem__(self, params):
        params = _tuple_args(params)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(_subst(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _subst(a, subst):
    if isinstance(a, (TypeVar, ParamSpec)) and a in subst:
        return subst[a]
    if isinstance(a, _GenericAlias) and a.__parameters__:
        return a.copy_with(tuple(_subst(x, subst) for x in a.__args__))
    if isinstance(a, list):
        return [_subst(x, subst) for x in a]
    return a


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        return "typing.Callable[[{}], {}]".format(
            ", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _SpecialGenericAlias(_Final):
    """An unsubscripted typing alias of a runtime class (typing.List, ...)."""

    def __init__(self, origin, nparams, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _tuple_args(params)
        if self._nparams >= 0 and len(params) != self._nparams and not (
                self._name == "Tuple"):
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments "
                            f"for typing.{self._name}; actual {len(params)}, "
                            f"expected {self._nparams}")
        params = tuple(_type_check(p) for p in params)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple")
        params = _tuple_args(params)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_check(p) for p in params[:-1]) + (...,),
                                 name="Tuple")
        return _GenericAlias(tuple, tuple(_type_check(p) for p in params), name="Tuple")


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is Ellipsis:
            params = (Ellipsis, _type_check(result))
        elif isinstance(args, list):
            params = tuple(_type_check(a) for a in args) + (_type_check(result),)
        else:
            params = (args, _type_check(result))
        return _CallableGenericAlias(self.__origin__, params, name="Callable")


List = _SpecialGenericAlias(list, 1, "List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, "Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, "Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", inst=False)
Tuple = _TupleAlias(tuple, -1, "Tuple", inst=False)
Type = _SpecialGenericAlias(type, 1, "Type", inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, "ChainMap")
_abc = collections.abc
Callable = _CallableAlias(_abc.Callable, 2, "Callable")
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, "Hashable")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, "AsyncIterator")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible")
Sized = _SpecialGenericAlias(_abc.Sized, 0, "Sized")
Container = _SpecialGenericAlias(_abc.Container, 1, "Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, "ByteString")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView")
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, "AsyncGenerator")
ContextManager = _SpecialGenericAlias(contextlib.AbstractContextManager, 1,
                                      "ContextManager")
AsyncContextManager = _SpecialGenericAlias(contextlib.AbstractAsyncContextManager, 1,
                                           "AsyncContextManager")
Text = str


# ---------------------------------------------------------------------------
# Special forms: Any, Union, Optional, Literal, ClassVar, Final, ...
# ---------------------------------------------------------------------------

class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[{}]".format(", ".join(_type_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _tuple_args(parameters)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif type(p).__name__ == "UnionType" and hasattr(p, "__args__"):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    args = []
    for p in flat:
        if p not in args:
            args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(Union, tuple(args), name="Union")


def _optional_getitem(self, parameters):
    arg = _type_check(parameters)
    return Union[arg, type(None)]


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[{}]".format(", ".join(repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal_getitem(self, parameters):
    parameters = _tuple_args(parameters)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        elif p not in flat:
            flat.append(p)
    return _LiteralGenericAlias(Literal, tuple(flat), name="Literal")


def _single_getitem(self, parameters):
    item = _type_check(parameters)
    return _GenericAlias(self, (item,), name=self._name)


def _concat_getitem(self, parameters):
    parameters = _tuple_args(parameters)
    return _GenericAlias(self, parameters, name=self._name)


Union = _SpecialForm("Union", _union_getitem, "Union type; Union[X, Y] means either X or Y.")
Optional = _SpecialForm("Optional", _optional_getitem, "Optional[X] is Union[X, None].")
Literal = _SpecialForm("Literal", _literal_getitem, "Literal types.")
ClassVar = _SpecialForm("ClassVar", _single_getitem, "Class variable annotation.")
Final = _SpecialForm("Final", _single_getitem, "Final name annotation.")
Required = _SpecialForm("Required", _single_getitem, "Required TypedDict key.")
NotRequired = _SpecialForm("NotRequired", _single_getitem, "Potentially-missing TypedDict key.")
TypeGuard = _SpecialForm("TypeGuard", _single_getitem, "User-defined type guard.")
Unpack = _SpecialForm("Unpack", _single_getitem, "Type unpack operator.")
Concatenate = _SpecialForm("Concatenate", _concat_getitem, "Concatenate for ParamSpec.")
NoReturn = _SpecialForm("NoReturn", None, "Special type indicating functions that never return.")
Never = _SpecialForm("Never", None, "The bottom type.")
Self = _SpecialForm("Self", None, "Used to spell the type of 'self' in classes.")
LiteralString = _SpecialForm("LiteralString", None, "Represents an arbitrary literal string.")
TypeAlias = _SpecialForm("TypeAlias", None, "Special form for marking type aliases.")


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name=None)
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = _type_check(params[0])
    metadata = tuple(params[1:])
    if isinstance(origin, _AnnotatedAlias):
        return _AnnotatedAlias(origin.__origin__, origin.__metadata__ + metadata)
    return _AnnotatedAlias(origin, metadata)


class _AnnotatedForm(_SpecialForm):
    def __call__(self, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")


Annotated = _AnnotatedForm("Annotated", _annotated_getitem,
                           "Add context-specific metadata to a type: Annotated[T, x].")


class ForwardRef(_Final):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        value = eval(self.__forward_arg__, globalns, localns)
        if value is None:
            return _NoneType
        return _eval_type(value, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


# ---------------------------------------------------------------------------
# TypeVar, ParamSpec, TypeVarTuple
# ---------------------------------------------------------------------------

def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'), with constraints, bound, variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t) for t in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __hash__(self):
        return id(self)

    def __eq__(self, other):
        return self is other


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


# ---------------------------------------------------------------------------
# Generic and Protocol
# ---------------------------------------------------------------------------

class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _tuple_args(params)
        params = tuple(_type_check(p) for p in params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and \
                        not (isinstance(p, _GenericAlias) and p.__origin__ is Unpack):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    "or parameter specification variables.")
            return _GenericAlias(cls, params, name=cls.__name__)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for b in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(b, "__parameters__", ()):
                if p not in params:
                    params.append(p)
        if not params:
            params = list(getattr(cls, "__parameters__", ()))
        cls.__parameters__ = tuple(params)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        ann = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(ann.keys()):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__",
                    "_is_protocol", "_is_runtime_protocol", "__dict__",
                    "__args__", "__slots__", "__next_in_mro__", "__parameters__",
                    "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                    "__doc__", "__subclasshook__", "__init__", "__new__",
                    "__module__", "_MutableMapping__marker", "_gorg", "__qualname__",
                    "__init_subclass__", "__class_getitem__", "__protocol_attrs__",
                    "__match_args__", "__firstlineno__", "__static_attributes__"):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if "_is_protocol" not in namespace:
            cls._is_protocol = any(b is Protocol for b in bases) if name != "Protocol" else True
        if "_is_runtime_protocol" not in namespace:
            cls._is_runtime_protocol = False
        return cls

    def __call__(cls, *args, **kwargs):
        if cls._is_protocol:
            raise TypeError("Protocols cannot be instantiated")
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and cls.__name__ != "Protocol":
            if not cls._is_runtime_protocol:
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, "_is_protocol", False) and cls.__name__ != "Protocol":
            if not cls._is_runtime_protocol:
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return super().__subclasscheck__(other)
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        f" got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def _make_supports(name, method):
    ns = {method: abstractmethod(lambda self: None), "__slots__": ()}
    cls = _ProtocolMeta(name, (Protocol,), ns)
    cls._is_runtime_protocol = True
    cls.__module__ = "typing"
    return cls


SupportsInt = _make_supports("SupportsInt", "__int__")
SupportsFloat = _make_supports("SupportsFloat", "__float__")
SupportsComplex = _make_supports("SupportsComplex", "__complex__")
SupportsBytes = _make_supports("SupportsBytes", "__bytes__")
SupportsIndex = _make_supports("SupportsIndex", "__index__")
SupportsAbs = _make_supports("SupportsAbs", "__abs__")
SupportsRound = _make_supports("SupportsRound", "__round__")


# ---------------------------------------------------------------------------
# NamedTuple and TypedDict
# ---------------------------------------------------------------------------

_special_nt = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                         "__doc__", "__slots__", "__orig_bases__"})
_prohibited_nt = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                            "_fields", "_field_defaults", "_make", "_replace", "_asdict",
                            "_source"})


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if not any(b is _NamedTupleBase for b in bases) or typename == "NamedTuple":
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, list(types.keys()),
                                        defaults=[ns[n] for n in default_names],
                                        module=ns.get("__module__", "__main__"))
        nm_tpl.__annotations__ = {n: _type_check(t) for n, t in types.items()}
        for key in ns:
            if key in _prohibited_nt:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__doc__" in ns and ns["__doc__"] is not None:
            nm_tpl.__doc__ = ns["__doc__"]
        return nm_tpl

    def __call__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not _NamedTupleBase:
            return super().__call__(typename, fields, **kwargs)
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = collections.namedtuple(typename, [n for n, t in fields],
                                    module=_caller_module())
        nt.__annotations__ = {n: _type_check(t) for n, t in fields}
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0"""


NamedTuple = _NamedTupleBase
_NamedTupleBase.__name__ = "NamedTuple"


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if name == "TypedDict" and not any(isinstance(b, _TypedDictMeta) for b in bases):
            return super().__new__(mcls, name, bases, ns)
        tp_dict = super().__new__(mcls, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            if isinstance(base, _TypedDictMeta):
                annotations.update(base.__dict__.get("__annotations__", {}))
                required.update(base.__dict__.get("__required_keys__", ()))
                optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        own = {k: _type_check(v) for k, v in own.items()}
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls.__name__ == "TypedDict" and "__required_keys__" not in cls.__dict__:
            typename, fields = (args + (None, None))[:2]
            if fields is None:
                fields = kwargs
                kwargs = {}
            total = kwargs.pop("total", True)
            ns = {"__annotations__": dict(fields), "__module__": _caller_module()}
            return _TypedDictMeta(typename, (cls,), ns, total=total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): name: str"""


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


# ---------------------------------------------------------------------------
# Functions
# ---------------------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods (the last, undecorated
    definition is the implementation)."""
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (sets __final__)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int) -- a callable returning its argument, for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, "__origin__", None)
    if origin is not None and type(tp).__name__ in ("GenericAlias", "UnionType"):
        return origin
    if type(tp).__name__ == "UnionType":
        import types
        return types.UnionType
    return None


def get_args(tp):
    """Type arguments with all substitutions performed: get_args(Dict[int, str]) == (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    args = getattr(tp, "__args__", None)
    if isinstance(args, tuple) and type(tp).__name__ in ("GenericAlias", "UnionType"):
        return args
    return ()


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    return t


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, str):
        return _eval_type(eval(t, globalns, localns), globalns, localns)
    if isinstance(t, _GenericAlias) and not isinstance(t, (_LiteralGenericAlias,)):
        ev = tuple(_eval_type(a, globalns, localns) if not isinstance(a, list)
                   else [_eval_type(x, globalns, localns) for x in a]
                   for a in t.__args__)
        if ev == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[ev]
        return t.copy_with(ev)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (a class, module, function or method),
    with forward references (strings) evaluated and None replaced by NoneType."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, "__dict__", {}) if mod is not None else {}
            else:
                base_globals = globalns
            try:
                ann = base.__dict__.get("__annotations__", {})
            except AttributeError:
                ann = {}
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
                merged = dict(base_locals)
                merged.update(base_globals)
                base_globals, base_locals = merged, None
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", None)
            if globalns is None:
                mod = sys.modules.get(getattr(nsobj, "__module__", None) or "__main__")
                globalns = getattr(mod, "__dict__", None) or {}
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (types_FunctionType, type(sys))) or callable(obj):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


# ---------------------------------------------------------------------------
# IO types, Pattern/Match
# ---------------------------------------------------------------------------

class IO(Generic):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


def __getattr__(name):
    if name in ("Pattern", "Match"):
        import re
        origin = re.Pattern if name == "Pattern" else re.Match
        alias = _SpecialGenericAlias(origin, 1, name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")
