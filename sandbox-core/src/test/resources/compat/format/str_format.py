# str.format and str.format_map: numbering, attribute and index lookup, conversions, nested specs,
# and CPython's errors in CPython's order
class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]

    def __repr__(self):
        return 'P()'

    def __format__(self, spec):
        return 'P<' + spec + '>'

d = {0: 'zero', 'a': 'A', '-1': 'minus', 'k': [1, 2]}
print('{} and {}'.format('a', 'b'), '{1}{0}{1}'.format('x', 'y'), '{0[0]} {0[a]} {0[-1]} {0[k][1]}'.format(d))
print('{p.x} {p.y[1]} {p} {p:abc} {p!r} {p!s:>5}'.format(p=P()))
print('{:>{w}}|{:<{w}}|{:^{w}.{p}f}|'.format('a', 'b', 2.5, w=8, p=2))
print('{0:{fill}{align}{width}}|'.format('x', fill='*', align='>', width=6))
print('{0:{1}{2}}|{0:{1}}|'.format(5, '>', 4), '{{}} {{{0}}}'.format('lit'), '{:,.2f} {:_d}'.format(1234567.891, 10 ** 7))
print('{!r:^9}|{!a}|{:%}'.format('q', 'caf\u00e9', 0.25))
print('{0.x} {1[1]}'.format(P(), 'xy'), '{00}'.format('zero-padded index'))
cases = ['{0!}', '{!r', '{0!rr}', '{0!r:}', '{0!x}', '{a{b}c}', '{0[]}', '{0.}', '{0[0]x}', '{}{1}', '{1}{}',
         '{:{:{}}}', '}', '{', 'a}}b{{', '{5}', '{x}', '{0[', '{0:', '{0:{', '{0!', '{0:}}', '{0:{{}}}',
         '{99999999999999999999}', '{!}', '{0!r}}', '{0[a]}', '{ 0}', '{:d}', '{:,s}', 'plain', '']
for t in cases:
    for args in [(d, 6), (5, 6), ('text', 'y')]:
        try:
            print(repr(t), repr(t.format(*args)))
        except (ValueError, IndexError) as e:
            print(repr(t), type(e).__name__, e)
        except (KeyError, TypeError, AttributeError) as e:
            # the messages of these come from the guest's own dict and subscript code
            print(repr(t), type(e).__name__)

class Safe(dict):
    def __missing__(self, key):
        return '<' + key + '>'

for t in ['{a} {b}', '{a:>4}', '{}', '{0}', '{a[0]}']:
    for mapping in [Safe(a='A'), {'a': 'A'}, {'a': [1]}]:
        try:
            print(repr(t), repr(t.format_map(mapping)))
        except ValueError as e:
            print(repr(t), type(e).__name__, e)
        except (KeyError, TypeError) as e:
            print(repr(t), type(e).__name__)
print('{name} is {age:d} years'.format_map({'name': 'Ann', 'age': 30}))
