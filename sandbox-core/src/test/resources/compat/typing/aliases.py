import typing
from typing import *
T = TypeVar('T')
class Foo: pass
for x in [List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int,str]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Any, Literal['a', 1], Final[int], ClassVar[int], Set[Foo], List[T], Type[Foo], Iterable[int], Annotated[int, 'meta'], Optional, Union, Callable, Tuple, Dict, Generic, Sequence[str], FrozenSet[int], Generator[int, None, None], Mapping[str, Any], Union[int], List['Foo'], Optional[List[int]], Counter[str], DefaultDict[str, int], Deque[int], OrderedDict[str,int], Iterator[int], Type, typing.NoReturn, TypeVar('U', bound=int), TypeVar('V', covariant=True), AnyStr, Text, Hashable, Sized, Callable[[], None]]:
    print(repr(x))
print(List[int] == List[int], Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(List[int].__origin__, Dict[str,int].__args__)
try:
    List()
except Exception as e: print(type(e).__name__, e)
try:
    List[int]()
except Exception as e: print(type(e).__name__, e)
print(cast(int, 'x'), TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId(5), repr(UserId))

from typing import NamedTuple, TypedDict
Pt = NamedTuple('Pt', [('x', int), ('y', int)])
print(Pt(1, 2), Pt._fields)
Movie = TypedDict('Movie', {'name': str, 'year': int})
class Book(TypedDict):
    title: str
m = Movie(name='x', year=1); b = Book(title='t')
print(m, b, type(m).__name__, type(b).__name__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack(); s.push(3); print(s.items)
class Named(Protocol):
    name: str
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
print(cast(List[int], [1]))
@overload
def f(x: int) -> int: ...
def f(x): return x * 2
print(f(4))
try:
    overload(len)('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
