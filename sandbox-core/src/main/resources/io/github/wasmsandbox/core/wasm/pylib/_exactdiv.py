# Correctly rounded true division of big ints for the compatibility library: the guest converts
# each int to float before dividing, which double-rounds once they exceed 2**53.
import math

_INF = float("inf")
_B53 = 1 << 53


def bits(x):
    # the guest's int has no bit_length()
    if x < 0:
        x = -x
    return len(bin(x)) - 2 if x else 0


def ratio(x):
    # exact (n, d) of a finite float, d a power of two (the guest lacks float.as_integer_ratio)
    m, e = math.frexp(x)
    n = int(m * 9007199254740992.0)
    e -= 53
    if e >= 0:
        return n << e, 1
    while n & 1 == 0 and e < 0:
        n >>= 1
        e += 1
    return n, 1 << -e


def int_div(n, d):
    # n / d for ints, rounded half-even like CPython's int true division
    if n == 0:
        return -0.0 if d < 0 else 0.0
    if -_B53 <= n <= _B53 and -_B53 <= d <= _B53:
        return n / d
    if d < 0:
        n, d = -n, -d
    neg = n < 0
    if neg:
        n = -n
    if d & (d - 1) == 0 and n < 9007199254740992:
        res = math.ldexp(float(n), 1 - bits(d))
        return -res if neg else res
    k = bits(n) - bits(d) - 55
    if k >= 0:
        q, r = divmod(n, d << k)
    else:
        q, r = divmod(n << -k, d)
    extra = bits(q) - 53
    e = k + extra
    if e < -1074:
        extra += -1074 - e
        e = -1074
    if extra > 0:
        rem = q & ((1 << extra) - 1)
        q >>= extra
        half = 1 << (extra - 1)
        if rem > half or (rem == half and (r or q & 1)):
            q += 1
    try:
        res = math.ldexp(float(q), e)
    except OverflowError:
        res = _INF
    if res == _INF:
        raise OverflowError("integer division result too large for a float")
    return -res if neg else res


def truediv(a, b):
    # The guest divides floats and small ints correctly; big ints it converts to float first
    # (double rounding), so route those through int_div.
    if type(a) is int and type(b) is int and (a > _B53 or a < -_B53 or b > _B53 or b < -_B53):
        if b == 0:
            raise ZeroDivisionError("division by zero")
        return int_div(a, b)
    return a / b
