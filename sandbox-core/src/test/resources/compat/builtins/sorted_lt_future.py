# sorted() of objects defining only __lt__ (stable, reverse), __future__, ModuleNotFoundError
from __future__ import annotations
import __future__
print(__future__.annotations.getOptionalRelease(), "annotations" in __future__.all_feature_names)
class A:
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"A({self.v}{self.tag})"
xs = [A(2, 'a'), A(1, 'b'), A(2, 'c'), A(0, 'd'), A(1, 'e')]
print(sorted(xs), sorted(xs, reverse=True), sorted(xs, key=lambda a: a), sorted([(1, 'x'), (0, 'y')]))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'a']), sorted([2.5, 1, True]))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("caught", isinstance(e, ImportError))
try:
    sorted([A(1, 'a'), 3])
except TypeError as e:
    print("TypeError")
