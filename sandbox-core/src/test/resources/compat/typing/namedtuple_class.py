# class-form typing.NamedTuple: fields from the source, defaults, methods, __str__, the ordering error
from typing import NamedTuple

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return f"<{self.x},{self.y}>"

p = Point(3, -4)
print(p, repr(p), p.norm1(), p._asdict(), Point._fields, p._replace(x=1), p == (3, -4, "p"), isinstance(p, tuple))
x, y, lab = p
print(x, y, lab, Point(1), sorted([Point(2, 1), Point(1, 5)]))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
