from functools import *
import functools, operator
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(40), fib.cache_info(), fib.__name__)
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info())
@lru_cache
def g(x, y=1): return x + y
print(g(1), g(1, y=2), g(1), g.cache_info())
@cache
def h(x): return [x]
print(h(1) is h(1), h.cache_info().hits)
p = partial(int, base=2); print(p('101'), p.func, p.args, p.keywords)
def power(b, e): return b ** e
sq2 = partial(power, e=2); print(sq2(5), sq2.func.__name__, partial(sq2, 3)())
print(reduce(operator.add, [1,2,3]), reduce(lambda a, b: a * b, [], 7))
try: reduce(operator.add, [])
except TypeError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k) * 2
    return wrapper
@deco
def triple(x):
    "doc"
    return 3 * x
print(triple(2), triple.__name__, triple.__wrapped__(2))
class C:
    @deco
    def m(self, x): return x + 1
    @cached_property
    def cp(self):
        print('computing'); return 42
    @lru_cache(maxsize=None)
    def lm(self, n): return n * 10
c = C(); print(c.m(1), c.cp, c.cp, c.lm(3), c.lm(3))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V(%d)' % self.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
@singledispatch
def fmt(x): return 'obj:%r' % (x,)
@fmt.register(int)
def _(x): return 'int:%d' % x
@fmt.register(list)
def _(x): return 'list:%d' % len(x)
print(fmt(1), fmt([1,2]), fmt('s'), fmt(True))
try:
    @total_ordering
    class Bad: pass
except ValueError as e: print(e)
