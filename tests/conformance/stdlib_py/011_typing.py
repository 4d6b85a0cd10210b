# typing: annotated application code, generics, protocols, NamedTuple, TypedDict
from __future__ import annotations
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload,
                    TYPE_CHECKING, get_type_hints, runtime_checkable, Iterable, Iterator,
                    Sequence, Mapping, NewType, get_origin, get_args, Annotated)

if TYPE_CHECKING:
    import nothing_at_all  # never imported

T = TypeVar("T")
K = TypeVar("K")
print(T, TypeVar("T_co", covariant=True), TypeVar("N", int, float).__constraints__)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[str])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int, str])
print(Callable[[int, str], bool], Callable[..., Any], Literal["r", "w"], Final[int], ClassVar[List[str]])
print(Any, Optional, typing.Mapping[str, int], Sequence[T], Annotated[int, "positive"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Callable[[int], str]))
print(get_origin(int), get_args(int), Optional[int] == Union[None, int], List[int] == List[int])
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(list, Sequence))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __len__(self) -> int:
        return len(self.items)
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), len(s), Stack[int], isinstance(s, Stack))
IntStack = Stack[int]
s2 = IntStack()
s2.push(5)
print(type(s2).__name__, s2.items)

class Pair(Generic[K, T]):
    def __init__(self, key: K, value: T):
        self.key, self.value = key, value
    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"
print(Pair("a", 1), Pair[str, int]("b", 2))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class SupportsArea(Protocol):
    def area(self) -> float: ...
class File:
    def close(self) -> None:
        print("closed")
class Rock:
    pass
print(isinstance(File(), Closable), isinstance(Rock(), Closable), issubclass(File, Closable))
try:
    isinstance(File(), SupportsArea)
except TypeError as e:
    print("TypeError:", e)
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)
class Square:
    def __init__(self, side: float):
        self.side = side
    def area(self) -> float:
        return self.side ** 2
def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)
print(total_area([Square(2), Square(3)]))

class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0
    def raise_salary(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))
e = Employee("Ann", "eng")
print(e, e.raise_salary(10), e._fields, Employee._field_defaults, e[0], isinstance(e, tuple))
print(Employee.__annotations__)
name, dept, salary = Employee("Bo", "ops", 42.5)
print(name, dept, salary)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

class Movie(TypedDict):
    title: str
    year: int
class RatedMovie(Movie, total=False):
    rating: float
m: Movie = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(RatedMovie.__optional_keys__), RatedMovie.__total__)
print(get_type_hints(RatedMovie))
Config = TypedDict("Config", {"host": str, "port": int})
print(Config(host="h", port=1), sorted(Config.__annotations__))

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__)

@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x * 2
print(parse(2), parse("ab"))
print(cast(int, "not really"), cast("List[int]", [1]))

class Node:
    children: "List[Node]"
    label: Optional[str]
    count: ClassVar[int] = 0
    def __init__(self, label: Optional[str] = None) -> None:
        self.label = label
def connect(a: Node, b: "Node", weight: float = 1.0) -> Tuple[Node, Node]:
    return (a, b)
def nothing(x: None) -> None:
    pass
print(get_type_hints(connect))
print(get_type_hints(Node))
print(get_type_hints(nothing), get_type_hints(lambda: 0))
MAX: Final = 10
Handler = Callable[[str], Optional[Dict[str, Any]]]
print(Handler, get_args(Handler))
def apply(handlers: Mapping[str, Handler], key: str) -> Optional[Dict[str, Any]]:
    fn = handlers.get(key)
    return fn(key) if fn else None
print(apply({"a": lambda k: {"key": k}}, "a"), apply({}, "b"))
def gen() -> Iterator[int]:
    yield from range(3)
print(list(gen()), get_type_hints(gen))
