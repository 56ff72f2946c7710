import collections
from dataclasses import dataclass
import enum

@dataclass
class Point:
    x: int
    y: int

class Color(enum.Enum):
    RED = 1
    GREEN = 2

P3 = collections.namedtuple('P3', 'a b c')

def describe(v):
    match v:
        case None:
            return 'none'
        case True:
            return 'true'
        case 0 | 1 as small:
            return 'small %r' % (small,)
        case int(n) if n < 0:
            return 'negative %d' % n
        case int() | float():
            return 'number %r' % (v,)
        case '' | b'':
            return 'empty'
        case str(s):
            return 'str ' + s
        case []:
            return 'empty seq'
        case [x]:
            return 'one %r' % (x,)
        case [x, y, *rest] if not rest:
            return 'pair %r %r' % (x, y)
        case [first, *_, last]:
            return 'many %r..%r' % (first, last)
        case {'type': 'circle', 'r': r}:
            return 'circle %r' % (r,)
        case {'type': t, **others}:
            return 'typed %s %r' % (t, sorted(others.items()))
        case {}:
            return 'some mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return 'on y axis %r' % (y,)
        case Point(x, y=yy):
            return 'point %r %r' % (x, yy)
        case Color.RED:
            return 'red'
        case Color():
            return 'other color ' + v.name
        case P3(a, b, c=3):
            return 'p3 %r %r' % (a, b)
        case _:
            return 'other ' + type(v).__name__

for v in [None, True, False, 0, 1, 5, -3, 2.5, '', b'', 'hi', [], (), [1], (1, 2), [1, 2, 3], range(5), 'ab',
          collections.deque([7, 8]), {'type': 'circle', 'r': 2}, {'type': 'sq', 'w': 1, 'h': 2}, {}, {'x': 1},
          collections.OrderedDict(type='od'), collections.defaultdict(int), collections.Counter('aab'),
          Point(0, 0), Point(0, 5), Point(3, 4), Color.RED, Color.GREEN, P3(1, 2, 3), P3(1, 2, 4), 1j, object,
          bytearray(b'xy'), memoryview(b'xy'), [[1, 2], [3]], frozenset([1]), {1, 2}]:
    print(describe(v))

dd = collections.defaultdict(list)
match dd:
    case {'missing': _}:
        print('matched?')
    case _:
        print('no key', len(dd))

class A:
    pass
class B:
    __match_args__ = ['a']
class D:
    __match_args__ = (1,)
class E:
    __match_args__ = ('a',)
    a = 1
for fn in [lambda: A, lambda: 1, lambda: 'x']:
    try:
        c = fn()
        match A():
            case c():
                print('m')
    except TypeError as e:
        print(type(e).__name__, e)
for cls in [B, D]:
    try:
        match cls():
            case cls(x):
                print('m')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    match E():
        case E(x, a=2):
            print('m')
except TypeError as e:
    print(type(e).__name__, e)
try:
    match E():
        case E(x, y):
            print('m')
except TypeError as e:
    print(type(e).__name__, e)
try:
    match A():
        case A(x):
            print('m')
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(x, y):
            print('m')
except TypeError as e:
    print(type(e).__name__, e)
class K:
    a = 'a'
try:
    match {'a': 1, 'b': 2}:
        case {K.a: 1, K.a: 2}:
            print('m')
except ValueError as e:
    print(type(e).__name__, e)
match True:
    case float():
        print('float')
    case int():
        print('int')
match E():
    case E(a=1, b=2):
        print('has b')
    case E(a=x):
        print('a is', x)
class MyInt(int):
    pass
match MyInt(7):
    case MyInt(v):
        print('self match', v)
match (1, (2, [3, 4]), {'k': [5]}):
    case (a, (b, [c, *d]), {'k': [e]}):
        print(a, b, c, d, e)
match [1, 2]:
    case [1, x] | [x, 1]:
        print('or bound', x)
match [3, 1]:
    case [1, x] | [x, 1]:
        print('or bound', x)
for cmd in ['go north', 'look', 'drop a b c', 'quit now']:
    match cmd.split():
        case ['go', direction]:
            print('going', direction)
        case ['look']:
            print('looking')
        case ['drop', *objs]:
            print('dropping', objs)
        case [verb, *_] if verb == 'quit':
            print('bye')
x = 'outer'
match 42:
    case 41:
        pass
    case y if y > 100:
        pass
print('after', y)
