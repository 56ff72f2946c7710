# Checks of the rewriter's runtime helpers (pylib/_sandbox_methods.py), written as the rewriter
# will emit them. Under CPython the helpers below are plain getattr and slicing; in the guest the
# prelude's _sandbox_attr/_sandbox_slice/... are used. check.sh runs this file both ways and
# diffs the output, so every line printed here is pinned to CPython 3.11.
try:
    A, S, SS, DS = _sandbox_attr, _sandbox_slice, _sandbox_setslice, _sandbox_delslice
except NameError:
    A = getattr

    def S(o, a, b, c):
        return o[a:b:c]

    def SS(o, a, b, c, v):
        o[a:b:c] = v

    def DS(o, a, b, c):
        del o[a:b:c]


def t(label, f):
    try:
        r = f()
    except Exception as e:
        # MicroPython's str(KeyError('k')) is k, CPython's 'k'
        print(label, '!', type(e).__name__, e.args if isinstance(e, KeyError) else e)
        return
    if isinstance(r, str):
        # MicroPython's repr escapes non-ASCII text: print code points instead
        r = 'str:' + ' '.join('%x' % ord(c) for c in r)
    print(label, r)


words = ['hello world', "they're bill's friends", 'HELLO', 'ǆemal ǅ Ǆ', 'ßtraße', 'İstanbul',
         'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ﬁsh ﬂow', 'ŉ', 'a1b2', 'x_y-z', '', '  lead', 'mIxEd CaSe',
         'ΑΣ.Σ', 'Σ', 'aΣ\u0301b', '123abc', 'ǉubljana', 'éCOLE', 'ﬃ', 'ᾳ ᾼ ΐ']
for w in words:
    for m in ('title', 'capitalize', 'casefold', 'swapcase', 'isascii', 'isprintable',
              'isidentifier', 'isdecimal', 'isnumeric', 'isalnum', 'istitle'):
        t(m + ' ' + w, lambda: A(w, m)())
for w in ['123', '١٢٣', '½', 'Ⅻ', '²', '3.5', '', '٣x', 'abc', 'a b', '\t', '\u00ad', 'é',
          '_x', '1x', 'x1', 'ℕ', '℘', '·', 'a·', 'Ⅰ', '\u2028', '𝔘𝔫𝔦']:
    for m in ('isdecimal', 'isnumeric', 'isalnum', 'isprintable', 'isidentifier', 'isascii'):
        t(m + ' ' + w, lambda: A(w, m)())
t('map title', lambda: '|'.join(map(A(str, 'title'), ['ab cd', 'éa'])))
print(sorted(['b', 'A', 'c', 'B'], key=A(str, 'casefold')))
t('unbound no arg', lambda: A(str, 'title')())
t('unbound int', lambda: A(str, 'title')(5))
t('title arg', lambda: A('x', 'title')(1))
t('title kw', lambda: A('x', 'title')(x=1))
t('missing', lambda: A('x', 'foo'))
t('missing type', lambda: A(str, 'foo'))
t('missing int', lambda: A(5, 'title'))
t('missing bool', lambda: A(True, 'foo'))
t('real method', lambda: A('a-b', 'split')('-'))
class User:
    def title(self):
        return 'user title'
t('user', lambda: A(User(), 'title')())
t('user missing', lambda: A(User(), 'nope'))
class MyStr(str):
    pass
t('substr', lambda: A(MyStr('ab cd'), 'title')())
t('ljust', lambda: A('ab', 'ljust')(5, '*'))
t('rjust', lambda: A('ab', 'rjust')(5))
t('ljust short', lambda: A('abc', 'ljust')(2))
t('ljust bad fill', lambda: A('ab', 'ljust')(5, 'xy'))
t('ljust int fill', lambda: A('ab', 'ljust')(5, 1))
t('ljust str width', lambda: A('ab', 'ljust')('5'))
t('ljust no arg', lambda: A('ab', 'ljust')())
t('ljust kw', lambda: A('ab', 'ljust')(5, fillchar='x'))
for z in ['42', '-42', '+7', '', '-', 'abc']:
    t('zfill ' + z, lambda: A(z, 'zfill')(5))
t('expandtabs', lambda: A('a\tbc\td\n\tx', 'expandtabs')())
t('expandtabs 4', lambda: A('a\tbc\td\r\tx', 'expandtabs')(4))
t('expandtabs kw', lambda: A('a\tb', 'expandtabs')(tabsize=2))
t('expandtabs 0', lambda: A('a\tb', 'expandtabs')(0))
t('removeprefix', lambda: A('test_case', 'removeprefix')('test_'))
t('removeprefix no', lambda: A('test_case', 'removeprefix')('x'))
t('removesuffix', lambda: A('file.py', 'removesuffix')('.py'))
t('removeprefix int', lambda: A('abc', 'removeprefix')(1))
tab = A(str, 'maketrans')('abc', 'xyz', 'd')
print(sorted(tab.items()))
t('translate', lambda: A('abcdef', 'translate')(tab))
t('translate inst maketrans', lambda: A('abc', 'translate')(A('', 'maketrans')({'a': 'AA', 'b': None})))
t('translate bad', lambda: A('abc', 'translate')({97: 1.5}))
t('translate range', lambda: A('abc', 'translate')({97: -1}))
t('translate seq', lambda: A('abc', 'translate')('XYZ' * 40))
t('maketrans 1 non-dict', lambda: A(str, 'maketrans')('ab'))
t('maketrans len', lambda: A(str, 'maketrans')('ab', 'c'))
t('maketrans key', lambda: A(str, 'maketrans')({'ab': 1}))
t('format_map', lambda: A('{name} is {age:>4} {name!r}', 'format_map')({'name': 'Bob', 'age': 7}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
t('format_map missing', lambda: A('{a} {b}', 'format_map')(Default(a=1)))
t('format_map keyerror', lambda: A('{a} {b}', 'format_map')({'a': 1}))
t('format_map positional', lambda: A('{}', 'format_map')({}))
t('format_map nested', lambda: A('{x:{w}.{p}f}|{{lit}}', 'format_map')({'x': 3.14159, 'w': 8, 'p': 2}))
t('format_map index', lambda: A('{a[0]} {a[1]} {d[k]}', 'format_map')({'a': [5, 6], 'd': {'k': 'v'}}))
t('format_map single }', lambda: A('a}', 'format_map')({}))
t('format_map unmatched', lambda: A('{a', 'format_map')({'a': 1}))
# bytes
for b in [b'hello world', b'HeLLo', b'abc\xff', b'']:
    for m in ('title', 'capitalize', 'swapcase', 'isascii', 'isalnum', 'istitle'):
        t(m + ' ' + repr(b), lambda: A(b, m)())
t('bytes ljust', lambda: A(b'ab', 'ljust')(5, b'-'))
t('bytearray rjust', lambda: A(bytearray(b'ab'), 'rjust')(5))
t('bytes zfill', lambda: A(b'-3', 'zfill')(4))
t('bytes removeprefix', lambda: A(b'abc', 'removeprefix')(b'a'))
t('bytes removeprefix str', lambda: A(b'abc', 'removeprefix')('a'))
t('bytes translate', lambda: A(b'abc', 'translate')(A(bytes, 'maketrans')(b'ab', b'xy'), b'c'))
t('bytes ljust fill', lambda: A(b'ab', 'ljust')(5, 'x'))
t('bytes hex', lambda: A(b'\x01\xff', 'hex')())
t('bytes fromhex', lambda: A(bytes, 'fromhex')('01ff'))
# int and float
for n in [0, 1, -1, 255, -256, 2 ** 100, True, False]:
    for m in ('bit_length', 'bit_count', 'as_integer_ratio', 'conjugate'):
        t(m + ' ' + str(n), lambda: A(n, m)())
    for m in ('real', 'imag', 'numerator', 'denominator'):
        t(m + ' ' + str(n), lambda: A(n, m))
t('int unbound', lambda: A(int, 'bit_length')(10))
t('int unbound bool', lambda: A(int, 'bit_length')(True))
t('int unbound str', lambda: A(int, 'bit_length')('a'))
t('int arg', lambda: A(5, 'bit_length')(1))
# (labels by position: MicroPython prints 5e-324 as 4.940656458412465e-324)
floats = [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 1.7976931348623157e308, 3.0, float('inf'),
          float('-inf'), float('nan'), 2.0 ** 53]
for i, x in enumerate(floats):
    for m in ('is_integer', 'as_integer_ratio', 'hex', 'conjugate'):
        t(m + ' %d' % i, lambda: A(x, m)() == x if m == 'conjugate' else A(x, m)())
    for m in ('real', 'imag'):
        t(m + ' %d' % i, lambda: A(x, m) == x if m == 'real' else A(x, m))
for h in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', '0x1p1024', 'inf', ' -Infinity ', 'nan',
          '0x.8', '1', 'zz', '0x', '0x1p', '  0X1P-2  ', '0x1.0000000000000801p0', '1.fffffffffffff8p1023']:
    t('fromhex ' + h, lambda: A(A(float, 'fromhex')(h), 'hex')())
t('fromhex inst', lambda: A(2.0, 'fromhex')('0x10'))
t('fromhex int', lambda: A(float, 'fromhex')(1))
t('float hex unbound', lambda: A(float, 'hex')(1.5))
t('float hex unbound int', lambda: A(float, 'hex')(1))
# slices
for seq in ['abcdef', 'héllo wörld', b'abcdef', bytearray(b'abcdef'), (1, 2, 3, 4, 5), [1, 2, 3, 4, 5],
            range(10), range(1, 20, 3), '']:
    for a, b, c in [(None, None, -1), (None, None, 2), (1, None, 2), (None, None, -2), (-2, None, -1),
                    (4, 1, -1), (10, -10, -3), (None, None, 1), (1, 3, None), (None, None, 0),
                    ('a', None, 2), (None, None, 'x'), (1.0, None, 2), (True, None, 2), (-100, 100, 3)]:
        t('slice %s %r %r %r' % (ascii(seq), a, b, c), lambda: S(seq, a, b, c))
class Idx:
    def __index__(self):
        return 2
t('index obj', lambda: S('abcdef', Idx(), None, Idx()))
class G:
    def __getitem__(self, k):
        return k.start, k.stop, k.step
    def __setitem__(self, k, v):
        print('set', k.start, k.stop, k.step, v)
    def __delitem__(self, k):
        print('del', k.start, k.stop, k.step)
t('user get', lambda: S(G(), 1, 2, 3))
t('user set', lambda: SS(G(), None, None, -1, 'v'))
t('user del', lambda: DS(G(), 5, None, 2))
for obj in [5, None, {}, {1}]:
    t('bad get %r' % (obj,), lambda: S(obj, None, None, 2))
    t('bad set %r' % (obj,), lambda: SS(obj, None, None, 2, 1))
    t('bad del %r' % (obj,), lambda: DS(obj, None, None, 2))


def assign(seq, a, b, c, v):
    SS(seq, a, b, c, v)
    return seq


def delete(seq, a, b, c):
    DS(seq, a, b, c)
    return seq


x = list(range(10))
SS(x, None, None, 2, [0] * 5)
print(x)
n = 30
sieve = [True] * n
for i in range(2, 6):
    if sieve[i]:
        SS(sieve, i * i, None, i, [False] * len(range(i * i, n, i)))
print([i for i in range(2, n) if sieve[i]])
for a, b, c, v in [(None, None, 2, [9, 9, 9]), (None, None, 2, [1]), (None, None, -1, 'abcdef'),
                   (1, 3, None, [7, 7, 7, 7]), (1, 3, 1, []), (4, 1, -1, (8, 8, 8)), (None, None, 2, 5),
                   (1, 3, None, 5), (None, None, 0, []), (5, 2, 2, []), (5, 2, 1, [4])]:
    t('set list %r %r %r %r' % (a, b, c, v), lambda: assign(list('abcdef'), a, b, c, v))
    t('set bytearray %r %r %r %r' % (a, b, c, v), lambda: assign(bytearray(b'abcdef'), a, b, c, v))
    t('del list %r %r %r' % (a, b, c), lambda: delete(list('abcdef'), a, b, c))
    t('del bytearray %r %r %r' % (a, b, c), lambda: delete(bytearray(b'abcdef'), a, b, c))
for v in [b'xyz', b'', bytearray(b'xy'), 'ab', 7, [300], [1, 2, 3]]:
    t('set bytearray %r' % (v,), lambda: assign(bytearray(b'abcdef'), None, None, 2, v))
t('set str', lambda: assign('abc', None, None, 2, 'x'))
t('set tuple', lambda: assign((1, 2), None, None, 2, 'x'))
t('del str', lambda: delete('abc', None, None, 2))
t('del range', lambda: delete(range(3), None, None, 2))
y = list(range(6))
SS(y, None, None, -1, y)
print(y)
# overrides: native on the guest but ASCII-only or without a fill character
for w in ['héllo wörld', 'ΣΑΣ ΟΔΟΣ', 'Straße', 'İİ', 'ǅ', 'ABC', 'abc', '', 'ǅa', 'Ab', '١٢', '²', '\u3000 ', 'ⅰ']:
    for m in ('upper', 'lower', 'isupper', 'islower', 'isalpha', 'isdigit', 'isspace'):
        t(m + ' ' + ascii(w), lambda: A(w, m)())
for w in ['', 'a', 'ab', 'abc', 'é']:
    for width in (4, 5, 6):
        t('center %s %d' % (ascii(w), width), lambda: A(w, 'center')(width, '*'))
        t('bcenter %s %d' % (ascii(w), width), lambda: A(w.encode(), 'center')(width, b'-'))
t('center unbound', lambda: A(str, 'center')('ab', 6, '.'))
t('upper unbound', lambda: '|'.join(map(A(str, 'upper'), ['é', 'ß'])))
t('center substr', lambda: A(MyStr('ab'), 'center')(6, '.'))
class Own(str):
    def upper(self):
        return 'own'
t('own upper', lambda: A(Own('x'), 'upper')())
