# What `import math` gives in the sandbox: MicroPython's built-in math module cannot be shadowed
# by /lib/math.py (built-in modules win) nor extended, so the prelude puts this module in
# sys.modules['math']. It re-exports the built-in functions and adds the CPython 3.11 ones the
# build lacks. Float results are computed exactly with integers and then correctly rounded, as
# CPython's fsum/hypot/dist results are.
from math import *
import math as _m

__name__ = 'math'


def _int_arg(x):
    if type(x) is int:
        return x
    if isinstance(x, int):
        return int(x)
    if hasattr(type(x), '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


def _bits(n):
    return len(bin(n)) - 2 if n else 0


def isqrt(n):
    n = _int_arg(n)
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n < 4503599627370496:
        r = int(_m.sqrt(n))
        while r * r > n:
            r -= 1
        while (r + 1) * (r + 1) <= n:
            r += 1
        return r
    x = 1 << ((_bits(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def comb(n, k):
    n = _int_arg(n)
    k = _int_arg(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


def perm(n, k=None):
    n = _int_arg(n)
    if k is None:
        k = n
    k = _int_arg(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    r = 1
    for i in range(n - k + 1, n + 1):
        r *= i
    return r


def prod(iterable, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r


def gcd(*integers):
    g = 0
    for x in integers:
        x = _int_arg(x)
        if x < 0:
            x = -x
        while x:
            g, x = x, g % x
    return g


def lcm(*integers):
    r = 1
    for x in integers:
        x = _int_arg(x)
        if x == 0:
            r = 0
            continue
        if x < 0:
            x = -x
        if r:
            r = r // gcd(r, x) * x
    return r


def _exact(x):
    # a finite float as (integer mantissa, power of two)
    m, e = _m.frexp(x)
    return int(m * 9007199254740992.0), e - 53


def _to_float(num, exp):
    # nearest double to num * 2**exp, ties to even; num may be negative
    if num == 0:
        return 0.0
    neg = num < 0
    if neg:
        num = -num
    extra = _bits(num) - 53
    # below the smallest normal the mantissa has fewer bits
    if exp + extra < -1074:
        extra = -1074 - exp
    if extra > 0:
        low = num & ((1 << extra) - 1)
        num >>= extra
        half = 1 << (extra - 1)
        if low > half or (low == half and num & 1):
            num += 1
        exp += extra
    r = _m.ldexp(float(num), exp)
    if r == inf:
        raise OverflowError("intermediate overflow in fsum")
    return -r if neg else r


def fsum(iterable):
    terms = []
    special = None
    for x in iterable:
        x = float(x)
        if x != x or x == inf or x == -inf:
            if special is None:
                special = x
            elif special != special or x != x:
                special = nan
            elif special != x:
                raise ValueError("-inf + inf in fsum")
            continue
        if x:
            terms.append(_exact(x))
    if special is not None:
        return special
    if not terms:
        return 0.0
    emin = min([t[1] for t in terms])
    total = 0
    for mant, e in terms:
        total += mant << (e - emin)
    return _to_float(total, emin)


def _sqrt_exact(s, exp):
    # correctly rounded sqrt(s * 2**exp) for an integer s >= 0 and even exp
    if s == 0:
        return 0.0
    shift = 110 - _bits(s)
    if shift < 0:
        shift = 0
    if shift & 1:
        shift += 1
    s2 = s << shift
    r = isqrt(s2)
    sticky = 1 if r * r != s2 else 0
    # one more bit than needed and a sticky bit make round-half-even exact
    return _to_float((r << 1) | sticky, (exp - shift) // 2 - 1)


def hypot(*coordinates):
    vals = []
    special = None
    for x in coordinates:
        x = float(x)
        if x == inf or x == -inf:
            special = inf
        elif x != x:
            if special is None:
                special = nan
        elif x:
            vals.append(_exact(x if x > 0 else -x))
    if special is not None:
        return special
    if not vals:
        return 0.0
    emin = min([v[1] for v in vals])
    s = 0
    for mant, e in vals:
        v = mant << (e - emin)
        s += v * v
    try:
        return _sqrt_exact(s, 2 * emin)
    except OverflowError:
        raise OverflowError("math range error") from None


def dist(p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError("both points must have the same number of dimensions")
    diffs = []
    for a, b in zip(p, q):
        a = float(a)
        b = float(b)
        if a == inf or a == -inf or b == inf or b == -inf or a != a or b != b:
            diffs.append(a - b)
            continue
        ma, ea = _exact(a) if a else (0, 0)
        mb, eb = _exact(b) if b else (0, 0)
        e = min(ea, eb)
        d = (ma << (ea - e)) - (mb << (eb - e))
        diffs.append((d if d > 0 else -d, e))
    special = None
    exact = []
    for d in diffs:
        if type(d) is float:
            if d == inf or d == -inf:
                special = inf
            elif special is None:
                special = nan
        elif d[0]:
            exact.append(d)
    if special is not None:
        return special
    if not exact:
        return 0.0
    emin = min([d[1] for d in exact])
    s = 0
    for mant, e in exact:
        v = mant << (e - emin)
        s += v * v
    return _sqrt_exact(s, 2 * emin)


_floor = _m.floor
_ceil = _m.ceil


def floor(x):
    # the built-in goes through a float for big ints (math.floor(10**40) came out wrong)
    if type(x) is float:
        return _floor(x)
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), '__floor__', None)
    if f is not None:
        return f(x)
    return _floor(x)


def ceil(x):
    if type(x) is float:
        return _ceil(x)
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), '__ceil__', None)
    if f is not None:
        return f(x)
    return _ceil(x)
