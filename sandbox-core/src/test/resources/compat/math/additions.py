import math


def bits(x):
    # MicroPython prints some floats with a different digit string: compare the bits
    m, e = math.frexp(x)
    return int(m * 2 ** 53), e


print(math.pi, math.sqrt(2), math.floor(2.5), math.inf, math.tau, math.e)
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 10**30, 10**30 - 1, 2**52, 2**53 + 1, 99999999999999999)])
print(math.comb(5, 2), math.comb(100, 50), math.comb(3, 5), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod([2, 3], start=10))
print(math.gcd(12, 18), math.gcd(), math.gcd(-4, 6, 10), math.gcd(0, 0), math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(-4, 6, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum([0.1, 0.2, 0.3, -0.6]))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([1.7976931348623157e308, -1e308]))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 1), math.hypot(1e200, 1e200), math.hypot(-2), math.hypot(0.1, 0.2, 0.3))
print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5], [0.1, 0.7]), math.dist((1, 2, 3), (4, 5, 6)), math.dist((0.1,), (0.3,)))
vals = []
x = 0.1
for i in range(300):
    x = (x * 3.7 + 0.13) % 17.3
    vals.append(x - 8)
print(bits(math.hypot(*vals[:50])), bits(math.dist(vals[:25], vals[25:50])), bits(math.fsum(vals)))
for i in range(0, 300, 3):
    print(bits(math.hypot(vals[i], vals[i + 1], vals[i + 2])), end=' ')
print()
print(math.isclose(1.0, 1.0 + 1e-10), math.log2(1024), math.log10(0.001), math.ceil(-0.5), math.floor(10**40))
for args in [(-1,), (2.0,)]:
    try: math.isqrt(*args)
    except Exception as e: print(type(e).__name__, e)
for args in [(-1, 2), (2, -1)]:
    try: math.comb(*args)
    except Exception as e: print(type(e).__name__, e)
try: math.dist((1,), (1, 2))
except Exception as e: print(type(e).__name__, e)
try: math.fsum([math.inf, -math.inf])
except Exception as e: print(type(e).__name__, e)
