from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from typing import List, Optional, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: ClassVar[int] = 0
    origin: Optional[Point] = None
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.total = len(self.items)

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 2))
v1, v2 = Version(1, 2, "a"), Version(1, 3)
print(v1, v2, v1 < v2, sorted([v2, v1]), v1 == Version(1, 2, "zzz"), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
inv = Inventory("box", ["a", "b"], origin=Point(1, 1))
print(inv, Inventory.count)
print(asdict(inv), astuple(inv))
print(replace(p, x=10), [f.name for f in fields(Inventory)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
a, b = Inventory("a"), Inventory("b")
a.items.append("x"); print(a.items, b.items)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: replace(inv, total=3), lambda: asdict(Point)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print("ValueError", e)
@dataclass
class P3(Point):
    z: int = 9
print(P3(1, 2, 3), P3(1), fields(P3)[2].name)
@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
t = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(t))
print(t)
