# format() on floats, ints and strs: exact rounding of the binary value (half-even on ties), the
# shortest round-tripping repr for the no-type form, grouping, padding and the errors. Runs through
# the format builtin, so it needs no source rewriting.
import struct


class Rng:
    def __init__(self, x):
        self.x = x

    def n(self, k):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % k

    def pick(self, seq):
        return seq[self.n(len(seq))]


rng = Rng(2024)


def rbits():
    b = (rng.n(1 << 32) << 32) | rng.n(1 << 32)
    return struct.unpack('<d', struct.pack('<Q', b))[0]


vals = [0.0, -0.0, 1.0, 0.5, 0.125, 0.375, 2.675, 1.005, 9.995, 0.1, 0.1 + 0.2, 1e16, 1e15, 1e22, 1e23,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1234567.891, -1234567.891, 0.0001,
        0.00001, 123.0, 12.0, 2.5, 3.5, 1e300, float('inf'), float('-inf'), float('nan'),
        4503599627370495.5, 9007199254740993.0, 0.015, 0.025, 1.45, 8.875, 999999.5, 0.95]
for i in range(60):
    vals.append(rbits())
for i in range(80):
    d = rng.n(10 ** (1 + rng.n(7)))
    v = d / 10 ** rng.n(8) + (5 / 10 ** (rng.n(6) + 1) if rng.n(2) else 0)
    vals.append(-v if rng.n(3) == 0 else v)
fills = ['', '', '', '*<', '*>', '*^', '*=', '<', '>', '^', '=', '0<']
signs = ['', '', '+', '-', ' ']


def rspec(types):
    s = rng.pick(fills) + rng.pick(signs)
    if rng.n(8) == 0:
        s += 'z'
    if rng.n(5) == 0:
        s += '#'
    if rng.n(4) == 0:
        s += '0'
    if rng.n(2):
        s += str(rng.n(25))
    g = rng.n(6)
    if g == 0:
        s += ','
    elif g == 1:
        s += '_'
    if rng.n(2):
        s += '.' + str(rng.n(20))
    return s + rng.pick(types)


def show(v, spec):
    try:
        return spec + ' ' + format(v, spec)
    except (ValueError, TypeError, OverflowError) as e:
        return spec + ' ' + type(e).__name__ + ': ' + str(e)


ftypes = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd', 'x', 's']
for v in vals:
    line = [format(v, '')]
    for spec in ['.2f', '.3e', 'g', '.17g', '.0f', ',.2f', '>12', '.1%', '.3', '#.0f', 'z.2f', '020,.3f', '.25f']:
        line.append(show(v, spec))
    for k in range(4):
        line.append(show(v, rspec(ftypes)))
    print(' | '.join(line))
itypes = ['', '', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'f', '%', 'g', 's']
for v in [0, 1, -1, 42, 255, -255, 1234567, 10 ** 20, -(10 ** 25) - 7, 65, 0x10ffff, True, False]:
    print(' | '.join(show(v, rspec(itypes)) for k in range(20)))
for v in ['', 'a', 'abcdefgh']:
    print(' | '.join(show(v, rspec(['', 's', 'd'])) for k in range(20)))
