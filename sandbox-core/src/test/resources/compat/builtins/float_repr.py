# repr(float) is the shortest decimal that round-trips, in CPython's layout (exponent below 1e-4
# and from 1e16); str(), print(), containers, json and f-strings all use it.
import json

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


edges = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 9.995, -0.81, 1 / 3, 2 / 3, 100.0, 1e15, 1e16,
    1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-5, 1e-7, 5e-324, 1e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 4.35, 0.3, 2.675,
    1.1, 2.2, 3.3, 1e22, 1e23, 2**53 + 0.0, 2.0**63, 2.0**64, float(10**20), float(2**70),
    float(12345678901234567890), 1000000000000000.25, 0.1 * 3, 1 - 0.9, 100 * 1.1,
    float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.718281828459045,
]
for x in edges:
    print(repr(x), str(x), x)
print(edges[:12])
print({"a": 0.1, "b": 1e16}, (1.5,), [-0.0])
print(json.dumps(edges[:20]))
print(f"{0.1 + 0.2} {1e16} {1e-5!r}")
print(1.5j, complex(0.1, -1e16), complex(1, 2.5), 1e-5j)

rng = Lcg(20240601)
for _ in range(400):
    # random bit patterns: every exponent, subnormals included
    bits = rng.bits(64)
    sign = -1.0 if bits >> 63 else 1.0
    exponent = (bits >> 52) & 0x7FF
    mantissa = bits & ((1 << 52) - 1)
    if exponent == 0x7FF:
        continue
    if exponent == 0:
        x = sign * mantissa * 2.0**-1074
    else:
        x = sign * (1 + mantissa / 2.0**52) * 2.0 ** (exponent - 1023)
    print(repr(x))
for _ in range(300):
    # values an agent script produces: prices, ratios, sums of decimals
    a = rng.randint(-100000, 100000) / 100
    b = rng.randint(1, 1000) / 7
    print(a, b, a * b, a + 0.1, round(b, 3))
