# %-formatting and format() of floats round the exact binary value half-even, as CPython does.

class Lcg:
    """A fixed-seed generator (MicroPython's random has no Random class)."""

    def __init__(self, seed):
        self.state = seed

    def bits(self, n):
        out = 0
        for _ in range((n + 31) // 32):
            self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
            out = (out << 32) | (self.state >> 32)
        return out >> (((n + 31) // 32) * 32 - n)

    def randint(self, a, b):
        return a + self.bits(40) % (b - a + 1)

    def uniform(self, a, b):
        return a + (b - a) * (self.bits(53) / 2.0**53)


values = [
    0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -0.5, 0.0, -0.0, 1e-7, 123456.789, 1e16, 1e22,
    1e300, 1.7976931348623157e308, 5e-324, 0.1, 1 / 3, 99.995, 9.995, -1.45, 1e-5, 0.000123456,
    float("inf"), float("-inf"), float("nan"),
]
for x in values:
    print("%.2f|%.0f|%.3e|%g|%.3g|%e|%E|%G|%.10f" % (x, x, x, x, x, x, x, x, x))
    print("{:.2f}|{:.1e}|{:g}|{:.12g}|{:+.3f}|{: .2f}|{:10.3f}|{:<10.2e}|{:^12.4g}|".format(x, x, x, x, x, x, x, x, x))
print("%.2f" % 1e300)
print("%.50f" % 0.1)
print("%.30e" % (1 / 3))
print("%5.1f%%" % 12.34, "{:.1%}".format(0.1234), "{:.0%}".format(0.125), "{:%}".format(0.5))
print(f"{3.14159:.2f} {2.5:.0f} {3.5:.0f} {1234.5:.1e} {0.00001234:.2g}")

rng = Lcg(7)
for _ in range(200):
    x = rng.uniform(-1000, 1000) * 10 ** rng.randint(-8, 8)
    p = rng.randint(0, 12)
    print("%.*f %.*e %.*g" % (p, x, p, x, p, x))
for _ in range(100):
    cents = rng.randint(0, 100000)
    x = cents / 1000  # many exact halves at the third decimal
    print("%.2f" % x, "{:.2f}".format(x), round(x, 2))
