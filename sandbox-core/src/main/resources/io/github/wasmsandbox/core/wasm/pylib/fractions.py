# CPython 3.11 compatible fractions.Fraction for the sandbox.
# Known guest limits: round(f, n) and math.floor/ceil/trunc(f) go through float() because the
# guest's builtins do not dispatch to __round__/__floor__/__ceil__/__trunc__.

from _exactdiv import bits as _bits, int_div as _truediv, truediv as _fdiv

_B53 = 1 << 53


def _gcd(a, b):
    if a < 0:
        a = -a
    if b < 0:
        b = -b
    while b:
        a, b = b, a % b
    return a


def _float_ratio(x):
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x in (_INF, -_INF):
        raise OverflowError("cannot convert Infinity to integer ratio")
    from _exactdiv import ratio
    return ratio(x)


_INF = float("inf")
_DIG = "0123456789"


def _is_int(x):
    return isinstance(x, int) or type(x) is bool


def _is_rational(x):
    return _is_int(x) or isinstance(x, Fraction)


def _parse_digits(s, i, allow_empty):
    # \d+(_\d+)* starting at i; returns (digits, end) or (None, i)
    n = len(s)
    j = i
    out = []
    while j < n and s[j] in _DIG:
        out.append(s[j])
        j += 1
        if j + 1 < n and s[j] == "_" and s[j + 1] in _DIG:
            j += 1
    if j == i:
        return ("" if allow_empty else None), i
    return "".join(out), j


_WS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0"


def _parse(text):
    s = text
    n = len(s)
    i = 0
    while i < n and s[i] in _WS:
        i += 1
    while n > i and s[n - 1] in _WS:
        n -= 1
    s = s[:n]
    neg = False
    if i < n and s[i] in "+-":
        neg = s[i] == "-"
        i += 1
    if not (i < n and (s[i] in _DIG or (s[i] == "." and i + 1 < n and s[i + 1] in _DIG))):
        return None
    num, i = _parse_digits(s, i, True)
    den = 1
    if i < n and s[i] == "/":
        d, i = _parse_digits(s, i + 1, False)
        if d is None:
            return None
        numerator = int(num or "0")
        den = int(d)
    else:
        numerator = int(num or "0")
        if i < n and s[i] == ".":
            dec, i = _parse_digits(s, i + 1, True)
            if dec:
                scale = 10 ** len(dec)
                numerator = numerator * scale + int(dec)
                den = scale
        if i < n and s[i] in "eE":
            j = i + 1
            eneg = False
            if j < n and s[j] in "+-":
                eneg = s[j] == "-"
                j += 1
            ex, j = _parse_digits(s, j, False)
            if ex is None:
                return None
            i = j
            ex = int(ex)
            if eneg:
                den *= 10 ** ex
            else:
                numerator *= 10 ** ex
    if i != n:
        return None
    if neg:
        numerator = -numerator
    return numerator, den


class Fraction:
    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if _is_int(numerator):
                self._n = int(numerator)
                self._d = 1
                return self
            if isinstance(numerator, Fraction):
                self._n = numerator._n
                self._d = numerator._d
                return self
            if isinstance(numerator, float):
                self._n, self._d = _float_ratio(numerator)
                return self
            if isinstance(numerator, str):
                r = _parse(numerator)
                if r is None:
                    raise ValueError("Invalid literal for Fraction: %r" % (numerator,))
                numerator, denominator = r
            elif hasattr(numerator, "as_integer_ratio") and hasattr(numerator, "quantize"):
                self._n, self._d = numerator.as_integer_ratio()
                return self
            elif _rational_attrs(numerator):
                self._n = numerator.numerator
                self._d = numerator.denominator
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif _is_int(numerator) and _is_int(denominator):
            numerator = int(numerator)
            denominator = int(denominator)
        elif (_is_rational(numerator) or _rational_attrs(numerator)) and (
                _is_rational(denominator) or _rational_attrs(denominator)):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._n = numerator
        self._d = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if _is_int(f):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*_float_ratio(f))

    @classmethod
    def from_decimal(cls, dec):
        if _is_int(dec):
            return cls(int(dec))
        if not hasattr(dec, "quantize"):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._n, self._d)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._d <= max_denominator:
            return Fraction(self._n, self._d)
        # walk the continued-fraction convergents, then pick the closer of the last
        # convergent and the best semiconvergent
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._n, self._d
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._d:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._n

    @property
    def denominator(self):
        return self._d

    def __repr__(self):
        return "%s(%d, %d)" % (type(self).__name__, self._n, self._d)

    def __str__(self):
        if self._d == 1:
            return str(self._n)
        return "%d/%d" % (self._n, self._d)

    def __format__(self, spec):
        if spec:
            raise TypeError("unsupported format string passed to Fraction.__format__")
        return str(self)

    # arithmetic -------------------------------------------------------------

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other._n, other._d
        if _is_int(other):
            return int(other), 1
        if _rational_attrs(other):
            return other.numerator, other.denominator
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_op(self, other, "+")
        return Fraction(self._n * o[1] + o[0] * self._d, self._d * o[1])

    def __radd__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_rop(self, other, "+")
        return Fraction(o[0] * self._d + self._n * o[1], self._d * o[1])

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_op(self, other, "-")
        return Fraction(self._n * o[1] - o[0] * self._d, self._d * o[1])

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_rop(self, other, "-")
        return Fraction(o[0] * self._d - self._n * o[1], self._d * o[1])

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_op(self, other, "*")
        return Fraction(self._n * o[0], self._d * o[1])

    def __rmul__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_rop(self, other, "*")
        return Fraction(o[0] * self._n, o[1] * self._d)

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_op(self, other, "/")
        if o[0] == 0:
            _zdiv(self._n)
        return Fraction(self._n * o[1], self._d * o[0])

    def __rtruediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_rop(self, other, "/")
        if self._n == 0:
            _zdiv(o[0])
        return Fraction(o[0] * self._d, o[1] * self._n)

    def __floordiv__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_op(self, other, "//")
        return (self._n * o[1]) // (self._d * o[0])

    def __rfloordiv__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_rop(self, other, "//")
        return (o[0] * self._d) // (o[1] * self._n)

    def __mod__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_op(self, other, "%")
        return Fraction((self._n * o[1]) % (o[0] * self._d), self._d * o[1])

    def __rmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_rop(self, other, "%")
        return Fraction((o[0] * self._d) % (self._n * o[1]), o[1] * self._d)

    def __divmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_op(self, other, "divmod")
        q, r = divmod(self._n * o[1], self._d * o[0])
        return q, Fraction(r, self._d * o[1])

    def __rdivmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return _float_rop(self, other, "divmod")
        q, r = divmod(o[0] * self._d, o[1] * self._n)
        return q, Fraction(r, o[1] * self._d)

    def __pow__(self, other):
        o = self._coerce(other)
        if o is not None:
            if o[1] == 1:
                p = o[0]
                if p >= 0:
                    return Fraction(self._n ** p, self._d ** p, _normalize=False)
                if self._n == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (self._d ** -p))
                if self._n > 0:
                    return Fraction(self._d ** -p, self._n ** -p, _normalize=False)
                return Fraction((-self._d) ** -p, (-self._n) ** -p, _normalize=False)
            return float(self) ** _truediv(o[0], o[1])
        return float(self) ** other

    def __rpow__(self, other):
        if self._d == 1 and self._n >= 0:
            return other ** self._n
        o = self._coerce(other)
        if o is not None:
            return Fraction(o[0], o[1]) ** self
        if self._d == 1:
            return other ** self._n
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._n, self._d, _normalize=False)

    def __neg__(self):
        return Fraction(-self._n, self._d, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._n), self._d, _normalize=False)

    def __int__(self):
        if self._n < 0:
            return -(-self._n // self._d)
        return self._n // self._d

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'Fraction' object cannot be interpreted as an integer")

    def __floor__(self):
        return self._n // self._d

    def __ceil__(self):
        return -(-self._n // self._d)

    def __round__(self, ndigits=None):
        if ndigits is None:
            fl, rem = divmod(self._n, self._d)
            if rem * 2 < self._d:
                return fl
            if rem * 2 > self._d:
                return fl + 1
            return fl if fl % 2 == 0 else fl + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction((self * shift).__round__(), shift)
        return Fraction((self / shift).__round__() * shift)

    def __float__(self):
        return _truediv(self._n, self._d)

    def __bool__(self):
        return self._n != 0

    def __hash__(self):
        if self._d == 1:
            return hash(self._n)
        # equal numbers must hash equal inside the guest, whatever the guest's float hash is
        try:
            f = _truediv(self._n, self._d)
        except OverflowError:
            return hash((self._n, self._d))
        return hash(f)

    # comparisons ------------------------------------------------------------

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._n == other._n and self._d == other._d
        if _is_int(other):
            return self._d == 1 and self._n == other
        if isinstance(other, float):
            if other != other or other in (_INF, -_INF):
                return False
            n, d = _float_ratio(other)
            return self._n == n and self._d == d
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        o = self._coerce(other)
        if o is not None:
            return self._n * o[1] == o[0] * self._d
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _cmp(self, other, op):
        if isinstance(other, float):
            if other != other:
                return None
            if other in (_INF, -_INF):
                return -1 if other > 0 else 1
            n, d = _float_ratio(other)
        else:
            o = self._coerce(other)
            if o is None:
                if hasattr(other, "quantize"):
                    n, d = other.as_integer_ratio()
                else:
                    raise TypeError("'%s' not supported between instances of 'Fraction' and "
                                    "'%s'" % (op, type(other).__name__))
            else:
                n, d = o
        a = self._n * d
        b = n * self._d
        return 0 if a == b else (1 if a > b else -1)

    def __lt__(self, other):
        c = self._cmp(other, "<")
        return c is not None and c < 0

    def __gt__(self, other):
        c = self._cmp(other, ">")
        return c is not None and c > 0

    def __le__(self, other):
        c = self._cmp(other, "<=")
        return c is not None and c <= 0

    def __ge__(self, other):
        c = self._cmp(other, ">=")
        return c is not None and c >= 0

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _rational_attrs(x):
    return (not isinstance(x, (int, float, str, bool)) and hasattr(x, "numerator")
            and hasattr(x, "denominator") and not hasattr(x, "quantize"))


def _zdiv(n):
    raise ZeroDivisionError("Fraction(%d, 0)" % ((n > 0) - (n < 0)))


def _float_op(a, b, op):
    if op == "*" and isinstance(b, (str, list, tuple, bytes, bytearray)):
        raise TypeError("can't multiply sequence by non-int of type 'Fraction'")
    if isinstance(b, (float, complex)):
        return _apply(float(a), b, op)
    if hasattr(b, "quantize"):
        raise TypeError("unsupported operand type(s) for %s: 'Fraction' and 'decimal.Decimal'"
                        % _opname(op))
    raise TypeError("unsupported operand type(s) for %s: 'Fraction' and '%s'"
                    % (_opname(op), type(b).__name__))


def _float_rop(a, b, op):
    if op == "*" and isinstance(b, (str, list, tuple, bytes, bytearray)):
        raise TypeError("can't multiply sequence by non-int of type 'Fraction'")
    if isinstance(b, (float, complex)):
        return _apply(b, float(a), op)
    raise TypeError("unsupported operand type(s) for %s: '%s' and 'Fraction'"
                    % (_opname(op), type(b).__name__))


def _opname(op):
    return "divmod()" if op == "divmod" else ("** or pow()" if op == "**" else op)


def _apply(x, y, op):
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        return _fdiv(x, y)
    if op == "//":
        return x // y
    if op == "%":
        return x % y
    return divmod(x, y)
