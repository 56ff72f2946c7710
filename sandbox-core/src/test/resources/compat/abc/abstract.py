from abc import ABC, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return '%s %.2f' % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
class Half2(Half): pass
print(Sq(2).describe(), Sq(3).perimeter(), isinstance(Sq(1), Shape), issubclass(Sq, Shape))
for c in (Shape, Half, Half2):
    try: c()
    except TypeError as e: print('TypeError:', e)
class NoAbs(ABC):
    def __init__(self, x): self.x = x
print(NoAbs(5).x)
class Base(ABC):
    @abstractmethod
    def run(self): ...
    def go(self): return 'go:' + self.run()
class Impl(Base):
    def run(self): return 'impl'
print(Impl().go())
try: Base()
except TypeError as e: print('TypeError:', e)
