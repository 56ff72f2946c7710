# The printf-style operator on floats: every conversion rounds the exact binary value (half-even on
# ties, as CPython's dtoa), %s, %r and %a print the shortest repr, and the flags, widths and
# precisions lay the text out as CPython's PyUnicode_Format does.
import struct


class Rng:
    def __init__(self, x):
        self.x = x

    def n(self, k):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % k


rng = Rng(1911)


def rbits():
    b = (rng.n(1 << 32) << 32) | rng.n(1 << 32)
    return struct.unpack('<d', struct.pack('<Q', b))[0]


print("%.2f" % 0.125, "%.1f" % 0.25, "%5.1f%%" % 12.25, "%.20f" % 0.1, "%.17g" % 0.1, "%r" % 9.995)
print("%.2f|%.2f|%.2f|%.3f|%.1f|%.0f|%.0f|%.0f" % (2.675, 1.005, 0.015, 1.0005, 0.05, 0.5, 1.5, 2.5))
print("%s %s %s %r %a" % (9.995, 0.1 + 0.2, 1e16, 1e22, 1e-7))
print("%s|%r|%a|%s|%s" % (-0.0, float('inf'), float('-inf'), float('nan'), 5e-324))
print("[%10s] [%-10r] [%.4s] [%10.3r]" % (9.995, 0.1, 2.675, 1.0 / 3))

vals = [0.0, -0.0, 1.0, 0.5, 0.125, 2.675, 9.995, 0.1, 1e16, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        1234567.891, -1234567.891, 0.0001, 0.00001, 123.0, 2.5, 3.5, 1e300, -1e-300, 4503599627370495.5,
        0.015, 1.45, 999999.5, 0.95, float('inf'), float('-inf'), float('nan')]
for i in range(30):
    vals.append(rbits())
for i in range(40):
    d = rng.n(10 ** (1 + rng.n(7)))
    v = d / 10 ** rng.n(8) + (5 / 10 ** (rng.n(6) + 1) if rng.n(2) else 0)
    vals.append(-v if rng.n(3) == 0 else v)

for v in vals:
    print("%f|%.0f|%.1f|%.2f|%.3f|%.10f|%.15f|%.17f|%.25f" % (v, v, v, v, v, v, v, v, v))
    print("%e|%.0e|%.3E|%.16e|%g|%.1g|%.3G|%.12g|%.17g|%.20g" % (v, v, v, v, v, v, v, v, v, v))
    print("[%12.3f][%-12.3f][%+.2f][% .2f][%012.3f][%-012.3f][%+012.3f][% 012.3f][%#.0f][%#.0e][%#g][%#.3G]"
          % (v, v, v, v, v, v, v, v, v, v, v, v))
    print("[%F][%10.2F][%+E][%-+14.4e][%08.2g][%s][%r][%a][%14s][%-14r]" % (v, v, v, v, v, v, v, v, v, v))
