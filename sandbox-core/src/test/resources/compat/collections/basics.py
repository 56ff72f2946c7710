from collections import *
import collections
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements())[:5], c.total())
print(repr(Counter()), Counter(a=1) == Counter(a=1, b=0))
print(c + Counter('zz'), c - Counter('aaaa'), Counter(a=3) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2), -Counter(a=-1, b=2), +Counter(a=-1, b=2))
c2 = Counter(a=1); c2.subtract(a=3); print(c2)
d = defaultdict(list); d['x'].append(1); print(d, repr(defaultdict(int)), defaultdict(None))
print(OrderedDict(a=1, b=2), OrderedDict(), deque([1,2], maxlen=3), deque())
P = namedtuple('P', 'x y', defaults=[0]); print(P(1), P._field_defaults, P(x=1, y=2)._asdict())
for bad in [lambda: P(), lambda: P(1,2,3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: deque().pop(), lambda: deque().popleft(), lambda: P(1).x.__class__, lambda: namedtuple('Q', 'a class'), lambda: namedtuple('Q', 'a _b'), lambda: namedtuple('Q', 'a a'), lambda: namedtuple('Q', 'a class a _c', rename=True)(1,2,3,4), lambda: P._make([1]), lambda: P(1,2)._replace(z=1), lambda: namedtuple('1Q', 'a')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
p = P(1, 2)
try:
    p.x = 5
except Exception as e: print(type(e).__name__, e)
try:
    p.z = 5
except Exception as e: print(type(e).__name__, e)
print(ChainMap({'a': 1}, {'a': 2, 'b': 3}), ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'])
