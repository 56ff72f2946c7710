import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(8)
print(a, b, c, b[1] is a[1], c[1] is a[1])
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d[0])
class P:
    def __init__(self, x, items): self.x = x; self.items = items
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.items)
p = P(1, [1, 2]); q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(3); print(p, q, r, q.items is p.items, r.items is p.items, type(r).__name__)
class Q:
    def __init__(self): self.v = [1]
    def __copy__(self): print('copy hook'); return 'copied'
    def __deepcopy__(self, memo): print('deepcopy hook', type(memo).__name__); return 'deep'
print(copy.copy(Q()), copy.deepcopy(Q()), copy.deepcopy([Q()]))
shared = [1]; obj = {'a': shared, 'b': shared}; dc = copy.deepcopy(obj); print(dc['a'] is dc['b'])
t = (1, 2, [3]); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[2] is t[2], copy.deepcopy((1, 2)) is not None)
memo = {}; x = [1]; y = copy.deepcopy(x, memo); print(memo[id(x)] is y)
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
Pt = namedtuple('Pt', 'x y'); pt = Pt([1], 2); pc = copy.deepcopy(pt); print(pc, pc.x is pt.x, type(pc).__name__)
dd = defaultdict(list, {'a': [1]}); dd2 = copy.deepcopy(dd); dd2['a'].append(2); dd2['z']; print(dd, dd2)
print(copy.copy(Counter('aab')), copy.deepcopy(OrderedDict(a=[1])), copy.copy(deque([1, 2], maxlen=3)))
