# The printf-style operator's arguments and errors: a tuple, a single value or a mapping (any type
# with __getitem__ but a tuple or str), counting, keys, and CPython's messages in CPython's order.
from collections import OrderedDict, namedtuple


def show(thunk):
    try:
        print(ascii(thunk()))
    except KeyError as e:
        # the guest words a KeyError's str() differently; its argument is the same
        print('KeyError', e.args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Getter:
    def __getitem__(self, key):
        return key * 2


class Idx:
    def __index__(self):
        return 7


class BadInt:
    def __int__(self):
        return 'x'


class Only:
    def __float__(self):
        return 1.5


class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'


class Mod:
    def __mod__(self, other):
        return 'Mod %% %r' % (other,)


class Str(str):
    def __mod__(self, other):
        return 'Str mod ' + str(other)


Point = namedtuple('Point', 'x y')

# which values a template reads
show(lambda: "%s" % ())
show(lambda: "%s" % ((),))
show(lambda: "%s" % (1, 2))
show(lambda: "%s %s" % (1,))
show(lambda: "%s %s" % [1, 2])
show(lambda: "%s" % [1, 2])
show(lambda: "%s|%%" % b'x')
show(lambda: "%s|%%" % {1})
show(lambda: "%s|%%" % range(2))
show(lambda: "%s" % {'a': 1})
show(lambda: "%s %s" % {'a': 1})
show(lambda: "%s-%s" % Point(1, 2))
show(lambda: "%d" % Point(1, 2))
show(lambda: "%(a)s" % Getter())
show(lambda: "%(k)s|%(z)s" % Missing(k='K'))
show(lambda: "%(k)s" % OrderedDict(k='ordered'))
show(lambda: "%(a)s %s" % {'a': 1})
show(lambda: "%s %(a)s" % {'a': 1})
show(lambda: "%(a)s" % (1,))
show(lambda: "%(a)s" % 'abc')
show(lambda: "%(a)s" % 3)
show(lambda: "%(x)s" % {})
show(lambda: "%(a)*d" % {'a': 3})
show(lambda: "%(a)" % {'a': 1})
show(lambda: "%(a" % {'a': 1})
show(lambda: "%(a)(b)s" % {'a)(b': 1})
# conversions and their errors
show(lambda: "%d" % 'x')
show(lambda: "%i" % None)
show(lambda: "%x" % 3.0)
show(lambda: "%o" % 'x')
show(lambda: "%X" % 2.5)
show(lambda: "%d" % (1 + 2j))
show(lambda: "%d" % BadInt())
show(lambda: "%d" % Only())
show(lambda: "%x" % Idx())
show(lambda: "%d" % float('inf'))
show(lambda: "%d" % float('nan'))
show(lambda: "%f" % 'x')
show(lambda: "%e" % None)
show(lambda: "%g" % (1 + 2j))
show(lambda: "%f" % 10 ** 400)
show(lambda: "%.2f" % 10 ** 20)
show(lambda: "%c" % 'ab')
show(lambda: "%c" % '')
show(lambda: "%c" % 1.0)
show(lambda: "%c" % None)
show(lambda: "%c" % -1)
show(lambda: "%c" % 0x110000)
show(lambda: "%c" % 2 ** 70)
show(lambda: "%c" % Idx())
show(lambda: "%y" % 3)
show(lambda: "abc%y" % ())
show(lambda: "%s %y" % (1, 2))
show(lambda: "%\u00e9" % 1)
show(lambda: "%\x01" % 1)
show(lambda: "%5%" % 1)
show(lambda: "%5%" % ())
show(lambda: "%" % 3)
show(lambda: "abc %" % 3)
show(lambda: "%5" % 3)
show(lambda: "%.3" % 3)
show(lambda: "%l" % 3)
show(lambda: "%-" % 3)
show(lambda: "%*" % ())
show(lambda: "%*" % (3,))
show(lambda: "%.*" % (3,))
show(lambda: "%*d" % ('3', 1))
show(lambda: "%.*f" % (2.0, 1.0))
show(lambda: "%*d" % (None, 1))
show(lambda: "%99999999999999999999d" % 1)
show(lambda: "%.99999999999d" % 1)
show(lambda: "%*d" % (2 ** 63, 1))
show(lambda: "%.*d" % (2 ** 31, 1))
show(lambda: "%s %d" % (1, 'x'))
show(lambda: "%d %s" % ('x',))
show(lambda: "%s %s %s" % (1, 2))
show(lambda: "%s" % (1, 2, 3))
# other left operands keep their own operator
print(b'%d-%s' % (5, b'x'), 7 % 3, 7.5 % 2, Mod() % 4, Str('%d') % 4)
# widths and precisions past their limits, and digits running into the template's end
for make in [lambda: '%99999999999999999999d' % 1.5, lambda: '%.99999999999999999999f' % 1.5,
             lambda: '%12' % 1.5, lambda: '%7.3' % 1.5, lambda: '%*.*f' % (6, 2, 1.5)]:
    try:
        print(repr(make()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
