# The printf-style operator on ints, strs and other values: integer conversions of ints, floats
# (truncated) and objects with __index__ or __int__, %c, %s, %r, %a, flags, widths, precisions,
# '*' and the ignored h, l and L modifiers, as CPython 3.11 does.


class Idx:
    def __index__(self):
        return 77

    def __repr__(self):
        return 'Idx()'


class Num:
    def __int__(self):
        return -8

    def __repr__(self):
        return 'Num()'


class Real:
    def __float__(self):
        return 2.675

    def __repr__(self):
        return 'Real()'


class Text:
    def __str__(self):
        return 'text!'

    def __repr__(self):
        return 'Text()'


ints = [0, 1, -1, 7, -7, 255, -255, 4096, 10 ** 20, -10 ** 20, 2 ** 64 + 1]
for v in ints:
    print("[%d][%i][%u][%o][%x][%X][%5d][%-5d|][%05d][%+d][% d][%.3d][%8.3x][%-#8o|][%#x][%#X][%#010x]"
          % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
    print("[%-05d][%+05d][% 05d][%0.4d][%#.4x][%-+#10o][%s][%r][%a][%5s][%-6r|][%.2s]"
          % (v, v, v, v, v, v, v, v, v, v, v, v))
    print("[%ld][%hi][%Lx][%-5ld|][%.2hx]" % (v, v, v, v, v))

for v in [True, False]:
    print("[%d][%x][%5o][%s][%r][%f][%c]" % (v, v, v, v, v, v, v))
for v in [2.9, -2.9, 1e20, -0.5]:
    print("[%d][%i][%u][%5d][%+.3d]" % (v, v, v, v, v))
for v in [Idx(), Num()]:
    print("[%d][%i][%s][%r]" % (v, v, v, v))
print("[%x][%o][%X][%c][%f][%e]" % (Idx(), Idx(), Idx(), Idx(), Idx(), Idx()))
print("[%f][%.2f][%g][%s]" % (Real(), Real(), Real(), Real()))

print(ascii("[%s][%8s][%-8s|][%.2s][%8.2s][%-3s|]" % ('caf\u00e9', 'caf\u00e9', '\u20ac', 'caf\u00e9', '\u00e9\u00e9\u00e9', '\u00e9')))
for v in ['', 'a', 'abc', 'x' * 12, None, [1, 'two'], (3,), {'k': 4}, Text(), b'by', 1 + 2j]:
    print(ascii("[%s][%r][%a][%8s][%-8s|][%.2s][%8.2s][%-8.2r|][%08s][%+s][% s][%#s]"
                % (v, v, v, v, v, v, v, v, v, v, v, v)))

print(ascii("[%c][%c][%c][%5c][%-5c|][%.0c][%c][%c]" % (65, 'z', 0x263A, 66, 'q', 67, '\u00e9', 0x10FFFF)))
print("[%c]" % 10, "[%c]" % 'x')
print("[%*d][%-*d][%*d][%.*f][%*.*f][%-*.*s|][%.*d]" % (5, 42, 5, 42, -5, 42, 2, 0.125, 9, 3, 2.0005,
                                                    7, 2, 'abcdef', -3, 5))
print("[%*s][%.*s][%*c]" % (True, 'x', False, 'yz', 3, 'c'))
print("%% %d%% %%%s %5.1f%%" % (1, 'x', 99.95))
print("100%%" % (), "%s" % ((1, 2),), "%s %s" % ([1, 2], (3,)), "%s" % [1.5], "%s" % {'a': 1})
print("%(a)s %(b)d %(a)r %(c).2f %(c)s" % {'a': 'x', 'b': 3, 'c': 0.125})
print("%(a)s %(a)s" % {'a': 1}, "%(x(y))s %(  )s" % {'x(y)': 'nested', '  ': 'blank'})
print("%(a)-5d|%(b)05.1f|%(b)+.3e" % {'a': 3, 'b': 2.25})
