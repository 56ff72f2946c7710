# Decimal arithmetic for the sandbox: the subset agent code uses for money, with CPython 3.11's
# results under the default context. A value is (sign, integer coefficient, exponent); special
# values keep CPython's exponent markers 'F' (infinity), 'n' (NaN) and 'N' (sNaN).

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = False
HAVE_CONTEXTVAR = False


def _unsupported(what):
    return NotImplementedError("decimal.%s is not supported in the sandbox" % what)


# MicroPython refuses a class with two exception bases ("instance lay-out conflict"), so each
# signal has a single base. Deviation from CPython: DivisionByZero derives from ZeroDivisionError
# only (the commoner `except` target), not from DecimalException; Overflow and Underflow derive
# from Inexact only.
class DecimalException(ArithmeticError):
    def __repr__(self):
        # CPython shows the single argument without a trailing comma
        a = self.args
        return '%s(%s)' % (type(self).__name__, ', '.join([repr(x) for x in a]))


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation):
    pass


class InvalidContext(InvalidOperation):
    pass


class DivisionByZero(ZeroDivisionError):
    __repr__ = DecimalException.__repr__


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact):
    pass


class Underflow(Inexact):
    pass


class FloatOperation(DecimalException):
    pass


class _Cond:
    # stands for a condition class inside an exception's argument list: CPython prints them
    # with the module name, which the guest's class repr lacks
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<class 'decimal.%s'>" % self.name


# the order CPython lists signals in a Context repr
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        d = _default
        self.prec = d[0] if prec is None else prec
        self.rounding = d[1] if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        if clamp:
            raise _unsupported("Context.clamp")
        self.flags = {s: False for s in _SIGNALS}
        if flags is not None:
            for s in flags:
                self.flags[s] = bool(flags[s]) if isinstance(flags, dict) else True
        self.traps = {s: False for s in _SIGNALS}
        if traps is None:
            traps = d[2]
        for s in traps:
            self.traps[s] = bool(traps[s]) if isinstance(traps, dict) else True

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        if type(v) is not int:
            raise TypeError("an integer is required")
        if v < 1 or v > MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if v not in _ROUNDINGS or type(v) is not str:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        self._rounding = v

    def copy(self):
        return Context(self._prec, self._rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self._prec + 1

    def Etop(self):
        return self.Emax - self._prec + 1

    def create_decimal(self, num='0'):
        d = num if isinstance(num, Decimal) else Decimal(num)
        if type(d._exp) is str:
            return d
        return d._fix(self)

    def __repr__(self):
        if any(self.flags.values()):
            # CPython's order for raised flags is not the signal order; not reproduced
            raise _unsupported("Context repr with flags set")
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[], traps=[%s])' % (
                    self._prec, self._rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                    ', '.join([s.__name__ for s in _SIGNALS if self.traps[s]])))

    def __getattr__(self, name):
        if name in _MISSING or name in ('add', 'subtract', 'multiply', 'divide', 'divide_int',
                                        'remainder', 'power', 'quantize', 'abs', 'minus', 'plus',
                                        'to_sci_string', 'create_decimal_from_float', 'divmod',
                                        'compare', 'max', 'min', 'sqrt', 'normalize'):
            raise _unsupported("Context." + name)
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def _signal(self, cls, cond, result=None):
        self.flags[cls] = True
        if self.traps[cls]:
            raise cls([_Cond(cond)])
        return result


_default = [28, ROUND_HALF_EVEN, (InvalidOperation, DivisionByZero, Overflow)]
DefaultContext = Context()
_ctx = DefaultContext.copy()


def getcontext():
    return _ctx


def setcontext(context):
    global _ctx
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext:
        context = context.copy()
    _ctx = context


class _LocalContext:
    def __init__(self, ctx, kw):
        self._new = (getcontext() if ctx is None else ctx).copy()
        for k in kw:
            if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                         'traps'):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
            if k in ('flags', 'traps', 'clamp'):
                raise _unsupported("localcontext(%s=...)" % k)
            setattr(self._new, k, kw[k])

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx, kwargs)


def _ndigits(c):
    return len(str(c))


def _bits(x):
    return len(bin(x)) - 2 if x else 0


def _round_int(sign, c, k, rounding):
    # drop the last k > 0 digits of coefficient c; returns (new coefficient, remainder nonzero)
    p = 10 ** k
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if rounding is ROUND_HALF_EVEN or rounding == ROUND_HALF_EVEN:
        h = 5 * p // 10
        up = r > h or (r == h and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= 5 * p // 10
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_DOWN:
        up = r > 5 * p // 10
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _new(sign, c, e):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    return d


def _nan_str(s):
    # payload digits after NaN / sNaN, or None when not a NaN literal
    if s[:3] == 'nan':
        rest = s[3:]
        e = 'n'
    elif s[:4] == 'snan':
        rest = s[4:]
        e = 'N'
    else:
        return None
    if rest and not rest.isdigit():
        return None
    return e, int(rest) if rest else 0


def _parse(s):
    # CPython's C implementation drops every underscore once whitespace is stripped
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    n = _nan_str(low)
    if n is not None:
        return sign, n[1], n[0]
    exp = 0
    i = low.find('e')
    if i >= 0:
        es = low[i + 1:]
        low = low[:i]
        t = es[1:] if es[:1] in ('+', '-') else es
        if not t or not t.isdigit():
            return None
        exp = int(es)
    i = low.find('.')
    if i >= 0:
        ip, fp = low[:i], low[i + 1:]
    else:
        ip, fp = low, ''
    if not ip and not fp:
        return None
    for part in (ip, fp):
        if part and not part.isdigit():
            return None
    # isdigit() also accepts non-ASCII digits, which int() converts like CPython
    return sign, int(ip + fp), exp - len(fp)


class Decimal:
    def __init__(self, value='0', context=None):
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            return
        t = type(value)
        if t is str:
            r = _parse(value)
            if r is None:
                (context or getcontext())._signal(InvalidOperation, 'ConversionSyntax')
                r = (0, 0, 'n')
            self._sign, self._int, self._exp = r
            return
        if t is bool or isinstance(value, int):
            v = int(value)
            self._sign = 1 if v < 0 else 0
            self._int = -v if v < 0 else v
            self._exp = 0
            return
        if t is float:
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp = d._sign, d._int, d._exp
            (context or getcontext()).flags[FloatOperation] = True
            return
        if t is tuple or t is list:
            self._sign, self._int, self._exp = _from_tuple(value)
            return
        if isinstance(value, DecimalTuple):
            self._sign, self._int, self._exp = _from_tuple(tuple(value))
            return
        raise TypeError("conversion from %s to Decimal is not supported" % t.__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif type(f) is not float:
            raise TypeError("argument must be int or float")
        elif f != f:
            d = _new(0, 0, 'n')
        elif f in (_INF, -_INF):
            d = _new(1 if f < 0 else 0, 0, 'F')
        else:
            import math
            sign = 1 if math.copysign(1.0, f) < 0 else 0
            m, e = math.frexp(-f if sign else f)
            n = int(m * 9007199254740992.0)
            e -= 53
            if n == 0:
                d = _new(sign, 0, 0)
            elif e >= 0:
                d = _new(sign, n << e, 0)
            else:
                while n & 1 == 0 and e < 0:
                    n >>= 1
                    e += 1
                # n / 2**k == n * 5**k / 10**k, exactly
                d = _new(sign, n * 5 ** -e, e)
        if cls is not Decimal:
            return cls(d)
        return d

    def __getattr__(self, name):
        if name in _MISSING:
            raise _unsupported("Decimal." + name)
        raise AttributeError("'decimal.Decimal' object has no attribute '%s'" % name)

    def same_quantum(self, other, context=None):
        o = _convert(other, True)
        if type(self._exp) is str or type(o._exp) is str:
            return (self.is_nan() and o.is_nan()) or (self._exp == 'F' and o._exp == 'F')
        return self._exp == o._exp

    # --- rounding to a context -------------------------------------------------------------

    def _fix(self, ctx):
        # round a finite value to the context's precision and check its exponent range
        c, e = self._int, self._exp
        nd = _ndigits(c)
        prec = ctx._prec
        if nd > prec:
            k = nd - prec
            c, inexact = _round_int(self._sign, c, k, ctx._rounding)
            e += k
            if _ndigits(c) > prec:
                c //= 10
                e += 1
            ctx.flags[Rounded] = True
            if inexact:
                ctx.flags[Inexact] = True
        adj = e + _ndigits(c) - 1
        if c and adj > ctx.Emax:
            ctx.flags[Inexact] = True
            ctx.flags[Rounded] = True
            ctx._signal(Overflow, 'Overflow')
            raise _unsupported("untrapped Overflow")
        if c and adj < ctx.Emin or (c == 0 and e < ctx.Emin - prec + 1):
            raise _unsupported("subnormal and underflowing results")
        if c == 0 and e > ctx.Emax:
            raise _unsupported("clamping of zero exponents")
        if c is self._int and e == self._exp:
            return self
        return _new(self._sign, c, e)

    # --- special values ----------------------------------------------------------------------

    def _nan_check(self, other, ctx):
        # NaN operand handling shared by the arithmetic: the quiet result, or None
        a = self._exp
        b = other._exp if other is not None else 0
        if a == 'N' or b == 'N':
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        if a == 'n':
            return self
        if b == 'n':
            return other
        return None

    # --- conversions ---------------------------------------------------------------------------

    def __str__(self):
        return self._to_str(getcontext().capitals)

    def _to_str(self, caps=1):
        s = '-' if self._sign else ''
        e = self._exp
        if type(e) is str:
            if e == 'F':
                return s + 'Infinity'
            return s + ('NaN' if e == 'n' else 'sNaN') + (str(self._int) if self._int else '')
        ds = str(self._int)
        left = e + len(ds)
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
        if dot <= 0:
            body = '0.' + '0' * -dot + ds
        elif dot >= len(ds):
            body = ds + '0' * (dot - len(ds))
        else:
            body = ds[:dot] + '.' + ds[dot:]
        if left != dot:
            body += ('E' if caps else 'e') + '%+d' % (left - dot)
        return s + body

    def __repr__(self):
        return "Decimal('%s')" % self._to_str(getcontext().capitals)

    def to_eng_string(self, context=None):
        raise _unsupported("Decimal.to_eng_string")

    def __int__(self):
        e = self._exp
        if type(e) is str:
            if e == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        v = self._int * 10 ** e if e >= 0 else self._int // 10 ** -e
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        e = self._exp
        if type(e) is str:
            if e == 'F':
                return -_INF if self._sign else _INF
            if e == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            return -_NAN if self._sign else _NAN
        from _exactdiv import int_div
        c = self._int
        if c == 0:
            return -0.0 if self._sign else 0.0
        adj = e + _ndigits(c) - 1
        if adj > 400:
            f = _INF
        elif adj < -400:
            f = 0.0
        else:
            try:
                f = int_div(c * 10 ** e, 1) if e >= 0 else int_div(c, 10 ** -e)
            except OverflowError:
                f = _INF
        return -f if self._sign else f

    def __bool__(self):
        return bool(self._int) or type(self._exp) is str

    def __hash__(self):
        e = self._exp
        if e == 'N':
            raise TypeError("Cannot hash a signaling NaN value.")
        if e == 'n':
            return 0
        if e == 'F':
            return hash(-_INF if self._sign else _INF)
        if e >= 0 or self._int % 10 ** -e == 0:
            return hash(int(self))
        # equal to some float or Fraction: hash like the guest's float (as fractions does)
        return hash(float(self))

    def as_tuple(self):
        e = self._exp
        if e == 'F':
            digits = (0,)
        elif type(e) is str and not self._int:
            digits = ()
        else:
            digits = tuple([int(ch) for ch in str(self._int)])
        return DecimalTuple(self._sign, digits, e)

    def as_integer_ratio(self):
        e = self._exp
        if type(e) is str:
            if e == 'F':
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n, d = self._int, 1
        if e >= 0:
            n *= 10 ** e
        else:
            d = 10 ** -e
            a, b = n, d
            while b:
                a, b = b, a % b
            if a:
                n //= a
                d //= a
            else:
                d = 1
        return (-n if self._sign else n), d

    def adjusted(self):
        if type(self._exp) is str:
            return 0
        return self._exp + _ndigits(self._int) - 1

    # --- predicates and sign copies ----------------------------------------------------

    def is_zero(self):
        return self._int == 0 and type(self._exp) is not str

    def is_signed(self):
        return self._sign == 1

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_finite(self):
        return type(self._exp) is not str

    def is_infinite(self):
        return self._exp == 'F'

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._int, self._exp)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    # --- unary ---------------------------------------------------------------------------------

    def _unary(self, sign, context):
        ctx = context or getcontext()
        if type(self._exp) is str:
            r = self._nan_check(None, ctx)
            if r is not None:
                return r
            return _new(sign, 0, 'F')
        if self._int == 0 and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _new(sign, self._int, self._exp)._fix(ctx)

    def __neg__(self, context=None):
        return self._unary(1 - self._sign, context)

    def __pos__(self, context=None):
        return self._unary(self._sign, context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(0, context)

    # --- arithmetic ----------------------------------------------------------------------

    def __add__(self, other, context=None):
        other = _operand(other, '+', self, False)
        if other is NotImplemented:
            return other
        return _add(self, other, other._sign, context or getcontext())

    def __radd__(self, other, context=None):
        o = _operand(other, '+', self, True)
        if o is NotImplemented:
            return o
        return _add(o, self, self._sign, context or getcontext())

    def __sub__(self, other, context=None):
        other = _operand(other, '-', self, False)
        if other is NotImplemented:
            return other
        return _add(self, other, 1 - other._sign, context or getcontext())

    def __rsub__(self, other, context=None):
        o = _operand(other, '-', self, True)
        if o is NotImplemented:
            return o
        return _add(o, self, 1 - self._sign, context or getcontext())

    def __mul__(self, other, context=None):
        other = _operand(other, '*', self, False)
        if other is NotImplemented:
            return other
        return _mul(self, other, context or getcontext())

    def __rmul__(self, other, context=None):
        o = _operand(other, '*', self, True)
        if o is NotImplemented:
            return o
        return _mul(o, self, context or getcontext())

    def __truediv__(self, other, context=None):
        other = _operand(other, '/', self, False)
        if other is NotImplemented:
            return other
        return _div(self, other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        o = _operand(other, '/', self, True)
        if o is NotImplemented:
            return o
        return _div(o, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        other = _operand(other, '//', self, False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), 1)

    def __rfloordiv__(self, other, context=None):
        o = _operand(other, '//', self, True)
        if o is NotImplemented:
            return o
        return _divmod(o, self, context or getcontext(), 1)

    def __mod__(self, other, context=None):
        other = _operand(other, '%', self, False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), 2)

    def __rmod__(self, other, context=None):
        o = _operand(other, '%', self, True)
        if o is NotImplemented:
            return o
        return _divmod(o, self, context or getcontext(), 2)

    def __divmod__(self, other, context=None):
        other = _operand(other, 'divmod()', self, False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), 3)

    def __rdivmod__(self, other, context=None):
        o = _operand(other, 'divmod()', self, True)
        if o is NotImplemented:
            return o
        return _divmod(o, self, context or getcontext(), 3)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise _unsupported("three-argument pow()")
        o = _operand(other, '** or pow()', self, False)
        if o is NotImplemented:
            return o
        return _pow(self, o, context or getcontext())

    def __rpow__(self, other, context=None):
        o = _operand(other, '** or pow()', self, True)
        if o is NotImplemented:
            return o
        return _pow(o, self, context or getcontext())

    # named forms of the operators
    def remainder_near(self, other, context=None):
        raise _unsupported("Decimal.remainder_near")

    def sqrt(self, context=None):
        ctx = context or getcontext()
        e = self._exp
        if type(e) is str:
            r = self._nan_check(None, ctx)
            if r is not None:
                return r
            if self._sign:
                return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
            return self
        ideal = e >> 1
        if self._int == 0:
            return _new(self._sign, 0, ideal)
        if self._sign:
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        c = self._int
        if e & 1:
            c *= 10
        # scale so that the root carries at least prec + 1 digits
        k = ctx._prec + 1 - (_ndigits(c) + 1) // 2
        if k < 0:
            k = 0
        n = c * 10 ** (2 * k)
        r = _isqrt(n)
        exp = ideal - k
        if r * r == n:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        sub = ctx.copy()
        sub._rounding = ROUND_HALF_EVEN
        res = _new(0, r, exp)._fix(sub)
        for s in (Inexact, Rounded):
            if sub.flags[s]:
                ctx.flags[s] = True
        return res

    # --- comparisons -----------------------------------------------------------------------

    def _cmp_other(self, other, op):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if type(other) is float:
            if op != '==':
                getcontext().flags[FloatOperation] = True
            return Decimal.from_float(other)
        n = getattr(other, 'numerator', None)
        d = getattr(other, 'denominator', None)
        if type(n) is int and type(d) is int and d > 0 and not isinstance(other, (str, bytes)):
            # a Fraction: compared exactly, scaled by its denominator
            if type(self._exp) is str:
                return _new(0, 0, 'n') if self.is_nan() else _new(0, 0, 0)
            return _Scaled(n, d)
        return None

    def __eq__(self, other):
        o = self._cmp_other(other, '==')
        if o is None:
            return NotImplemented
        if self._exp == 'N' or o._exp == 'N':
            getcontext()._signal(InvalidOperation, 'InvalidOperation')
            return False
        if self._exp == 'n' or o._exp == 'n':
            return False
        return self._cmp_any(o) == 0

    def _cmp_any(self, o):
        if type(o) is _Scaled:
            if type(self._exp) is str:
                return -1 if self._sign else 1
            n, d = self.as_integer_ratio()
            x, y = n * o.d, o.n * d
            return (x > y) - (x < y)
        return _cmp(self, o)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        o = self._cmp_other(other, op)
        if o is None:
            return None
        if self.is_nan() or (type(o) is not _Scaled and o.is_nan()):
            getcontext()._signal(InvalidOperation, 'InvalidOperation')
            return None
        return self._cmp_any(o)

    def __lt__(self, other):
        r = self._order(other, '<')
        if r is None:
            return NotImplemented
        return r < 0

    def __le__(self, other):
        r = self._order(other, '<=')
        if r is None:
            return NotImplemented
        return r <= 0

    def __gt__(self, other):
        r = self._order(other, '>')
        if r is None:
            return NotImplemented
        return r > 0

    def __ge__(self, other):
        r = self._order(other, '>=')
        if r is None:
            return NotImplemented
        return r >= 0

    def compare(self, other, context=None):
        ctx = context or getcontext()
        o = _convert(other, True)
        r = self._nan_check(o, ctx)
        if r is not None:
            return r
        return Decimal(_cmp(self, o))

    def max(self, other, context=None):
        raise _unsupported("Decimal.max")

    def min(self, other, context=None):
        raise _unsupported("Decimal.min")

    # --- quantizing and rounding -------------------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        exp = _convert(exp, True)
        r = self._nan_check(exp, ctx)
        if r is not None:
            return r
        if type(self._exp) is str or type(exp._exp) is str:
            if self._exp == 'F' and exp._exp == 'F':
                return Decimal(self)
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        if exp._exp > ctx.Emax or exp._exp < ctx.Emin - ctx._prec + 1:
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        res = self._rescale(exp._exp, rounding or ctx._rounding, ctx)
        if res is None or _ndigits(res._int) > ctx._prec or (
                res._int and res.adjusted() > ctx.Emax):
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        return res

    def _rescale(self, e, rounding, ctx=None):
        c, se = self._int, self._exp
        if e <= se:
            if ctx is not None and c and se - e + _ndigits(c) > ctx._prec:
                return None
            return _new(self._sign, c * 10 ** (se - e), e)
        k = e - se
        if k > _ndigits(c) + 1:
            # every digit goes: round a tiny stand-in with the same sign of remainder
            c2, inexact = _round_int(self._sign, 1 if c else 0, 2, rounding)
        else:
            c2, inexact = _round_int(self._sign, c, k, rounding)
        if ctx is not None and (inexact or c):
            ctx.flags[Rounded] = True
            if inexact:
                ctx.flags[Inexact] = True
        return _new(self._sign, c2, e)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if type(self._exp) is str:
            r = self._nan_check(None, ctx)
            return self if r is None else r
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx._rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if type(self._exp) is str:
            r = self._nan_check(None, ctx)
            return self if r is None else r
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx._rounding, ctx)

    def normalize(self, context=None):
        ctx = context or getcontext()
        if type(self._exp) is str:
            r = self._nan_check(None, ctx)
            return self if r is None else r
        d = self._fix(ctx)
        c, e = d._int, d._exp
        if c == 0:
            return _new(d._sign, 0, 0)
        while c % 10 == 0 and e < ctx.Emax:
            c //= 10
            e += 1
        return _new(d._sign, c, e)

    def __round__(self, n=None):
        if n is not None:
            if type(n) is not int:
                raise TypeError("Second argument to round should be integral")
            return self.quantize(_new(0, 1, -n))
        e = self._exp
        if type(e) is str:
            if e == 'F':
                raise OverflowError("cannot round an infinity")
            raise ValueError("cannot round a NaN")
        return int(self._rescale(0, ROUND_HALF_EVEN)) if e < 0 else int(self)

    def __floor__(self):
        if type(self._exp) is str:
            return self.__round__()
        return int(self._rescale(0, ROUND_FLOOR)) if self._exp < 0 else int(self)

    def __ceil__(self):
        if type(self._exp) is str:
            return self.__round__()
        return int(self._rescale(0, ROUND_CEILING)) if self._exp < 0 else int(self)

    def __format__(self, spec, _localeconv=None):
        if _localeconv is not None:
            raise _unsupported("Decimal.__format__ with a locale")
        if type(spec) is not str:
            raise TypeError("format() argument 2 must be str, not %s" % type(spec).__name__)
        return _format(self, spec, getcontext())

    def __reduce__(self):
        return (Decimal, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_INF = float('inf')
_NAN = float('nan')
# CPython Decimal methods this module leaves out
_MISSING = ('exp', 'ln', 'log10', 'logb', 'logical_and', 'logical_invert', 'logical_or',
            'logical_xor', 'max_mag', 'min_mag', 'next_minus', 'next_plus', 'next_toward',
            'number_class', 'radix', 'rotate', 'scaleb', 'shift', 'fma', 'compare_signal',
            'compare_total', 'compare_total_mag', 'canonical', 'is_canonical', 'is_normal',
            'is_subnormal', 'remainder_near', 'to_eng_string', 'max', 'min')


def _format(d, spec, ctx):
    fill, align, i, n = ' ', None, 0, len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        align, i = spec[0], 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    if i < n and spec[i] == '#':
        raise _unsupported("format() with the '#' option")
    zeropad = False
    if i < n and spec[i] == '0':
        if align is not None:
            raise ValueError("invalid format string")
        zeropad = True
        fill, align = '0', '='
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i = i + 1
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    t = spec[i:]
    if t == 'n':
        raise _unsupported("format() type 'n'")
    if t not in ('', 'e', 'E', 'f', 'F', 'g', 'G', '%'):
        raise ValueError("invalid format string")
    if align is None:
        align = '>'
    if not t:
        t = 'G' if ctx.capitals else 'g'
    rnd = ctx._rounding
    neg = d._sign
    e = d._exp
    if type(e) is str:
        body = ('Infinity' if e == 'F' else 'NaN' if e == 'n' else 'sNaN') + (
            str(d._int) if d._int else '')
        if t == '%':
            body += '%'
        intpart, frac = body, ''
        sep = ''
        if zeropad:
            # CPython pads a special value with spaces, never zeros
            fill, align, zeropad = ' ', '>', False
    else:
        c = d._int
        if t == '%':
            e += 2
        if c == 0 and e > 0 and t in 'fF%':
            # fixed point cannot show a zero's positive exponent
            e = 0
        if t in 'gG' and prec == 0:
            prec = 1
        if prec is not None and c:
            if t in 'eE':
                k = _ndigits(c) - (prec + 1)
            elif t in 'fF%':
                k = -prec - e
            else:
                k = _ndigits(c) - prec
                if k < 0:
                    k = 0
            if k > 0:
                if k > _ndigits(c) + 1:
                    c, _ = _round_int(neg, 1, 2, rnd)
                else:
                    c, _ = _round_int(neg, c, k, rnd)
                e += k
                if t in 'eEgG' and _ndigits(c) > (prec + 1 if t in 'eE' else prec):
                    c //= 10
                    e += 1
            elif k < 0:
                c *= 10 ** -k
                e += k
        elif prec is not None and t in 'fF%':
            e = -prec
        ds = str(c)
        left = e + len(ds)
        if t in 'eE':
            dot = 1 - prec if c == 0 and prec is not None else 1
        elif t in 'fF%':
            dot = left
        else:
            dot = left if e <= 0 and left > -6 else 1
        if dot <= 0:
            intpart, frac = '0', '0' * -dot + ds
        elif dot >= len(ds):
            intpart, frac = ds + '0' * (dot - len(ds)), ''
        else:
            intpart, frac = ds[:dot], ds[dot:]
        if frac:
            frac = '.' + frac
        x = left - dot
        if x or t in 'eE':
            frac += ('e' if t in 'eg' else 'E') + '%+d' % x
        if t == '%':
            frac += '%'
        if z and c == 0:
            neg = 0
    s = '-' if neg else ('' if sign == '-' else sign)
    if sep or zeropad:
        mw = width - len(s) - len(frac) if zeropad else 0
        if sep:
            groups = []
            while True:
                k = min(max(len(intpart), mw, 1), 3)
                groups.append('0' * (k - len(intpart)) + intpart[-k:] if len(intpart) < k
                              else intpart[-k:])
                intpart = intpart[:-k]
                mw -= k
                if not intpart and mw <= 0:
                    break
                mw -= 1
                if not intpart and mw <= 0:
                    groups.append('0')
                    break
            groups.reverse()
            intpart = sep.join(groups)
        elif len(intpart) < mw:
            intpart = '0' * (mw - len(intpart)) + intpart
    body = intpart + frac
    pad = width - len(s) - len(body)
    if pad <= 0:
        return s + body
    if align == '<':
        return s + body + fill * pad
    if align == '>':
        return fill * pad + s + body
    if align == '=':
        return s + fill * pad + body
    half = pad // 2
    return fill * half + s + body + fill * (pad - half)


class _Scaled:
    # a rational comparison operand n/d
    _exp = 0

    def __init__(self, n, d):
        self.n = n
        self.d = d


def _isqrt(n):
    x = 1 << ((_bits(n) + 1) >> 1)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y


class DecimalTuple:
    # a plain class rather than a tuple subclass: the guest prints tuple subclasses as tuples
    def __init__(self, sign, digits, exponent):
        self._t = (sign, digits, exponent)

    sign = property(lambda self: self._t[0])
    digits = property(lambda self: self._t[1])
    exponent = property(lambda self: self._t[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self._t

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self._t[i]

    def __eq__(self, other):
        if isinstance(other, DecimalTuple):
            other = other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)


def _from_tuple(v):
    if len(v) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = v
    if type(sign) is not int or sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if type(exp) is str:
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif type(exp) is not int:
        raise ValueError("exponent must be an integer")
    if type(digits) is not tuple and type(digits) is not list:
        raise ValueError("coefficient must be a tuple of digits")
    c = 0
    for d in digits:
        if type(d) is not int or d < 0 or d > 9:
            raise ValueError("coefficient must be a tuple of digits")
        c = c * 10 + d
    if exp == 'F':
        c = 0
    return sign, c, exp


def _convert(v, raise_type):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    if raise_type:
        raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)
    return NotImplemented


def _operand(other, op, me, reflected):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if type(other) is float:
        a, b = "'decimal.Decimal'", "'float'"
        if reflected:
            a, b = b, a
        raise TypeError("unsupported operand type(s) for %s: %s and %s" % (op, a, b))
    return NotImplemented


def _cmp(a, b):
    # -1, 0, 1 for non-NaN a, b
    if a._exp == 'F' or b._exp == 'F':
        x = 0 if a._exp != 'F' else (-1 if a._sign else 1)
        y = 0 if b._exp != 'F' else (-1 if b._sign else 1)
        return (x > y) - (x < y) if x or y else 0
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa, ba = a.adjusted(), b.adjusted()
    if aa != ba:
        r = 1 if aa > ba else -1
    else:
        e = a._exp if a._exp < b._exp else b._exp
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        r = (x > y) - (x < y)
    return -r if a._sign else r


def _add(a, b, bsign, ctx):
    # a + (b with sign bsign)
    r = a._nan_check(b, ctx)
    if r is not None:
        return r
    if a._exp == 'F' or b._exp == 'F':
        if a._exp == 'F' and b._exp == 'F' and a._sign != bsign:
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        return _new(a._sign, 0, 'F') if a._exp == 'F' else _new(bsign, 0, 'F')
    ea, eb = a._exp, b._exp
    ca, cb = a._int, b._int
    e = ea if ea < eb else eb
    if ca == 0 and cb == 0:
        if a._sign == bsign:
            s = a._sign
        else:
            s = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _new(s, 0, e)._fix(ctx)
    # a far smaller operand only matters as a sticky digit below the precision
    if ca and cb:
        if ea > eb:
            cb, eb = _shrink(ca, ea, cb, eb, ctx._prec)
        elif eb > ea:
            ca, ea = _shrink(cb, eb, ca, ea, ctx._prec)
        e = ea if ea < eb else eb
    else:
        # 0 + x is x at the smaller exponent, but never padded beyond the precision
        cx, ex = (cb, eb) if ca == 0 else (ca, ea)
        room = ctx._prec - _ndigits(cx)
        if ex - e > room:
            e = ex - (room if room > 0 else 0)
            if ca == 0:
                ea = e if ea < e else ea
            else:
                eb = e if eb < e else eb
    va = ca * 10 ** (ea - e)
    vb = cb * 10 ** (eb - e)
    if a._sign:
        va = -va
    if bsign:
        vb = -vb
    v = va + vb
    if v == 0:
        s = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _new(s, 0, e)._fix(ctx)
    return _new(1 if v < 0 else 0, -v if v < 0 else v, e)._fix(ctx)


def _shrink(cb, eb, cs, es, prec):
    # big operand (cb, eb), small (cs, es) with es < eb
    lim = eb + min(-1, _ndigits(cb) - prec - 2)
    if es + _ndigits(cs) - 1 < lim:
        return 1, lim
    return cs, es


def _mul(a, b, ctx):
    r = a._nan_check(b, ctx)
    if r is not None:
        return r
    s = a._sign ^ b._sign
    if a._exp == 'F' or b._exp == 'F':
        if (a._exp != 'F' and a._int == 0) or (b._exp != 'F' and b._int == 0):
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        return _new(s, 0, 'F')
    return _new(s, a._int * b._int, a._exp + b._exp)._fix(ctx)


def _div(a, b, ctx):
    r = a._nan_check(b, ctx)
    if r is not None:
        return r
    s = a._sign ^ b._sign
    if a._exp == 'F' or b._exp == 'F':
        if a._exp == 'F' and b._exp == 'F':
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        if a._exp == 'F':
            return _new(s, 0, 'F')
        raise _unsupported("division by Infinity")
    ideal = a._exp - b._exp
    if b._int == 0:
        if a._int == 0:
            return ctx._signal(InvalidOperation, 'DivisionUndefined', _new(0, 0, 'n'))
        return ctx._signal(DivisionByZero, 'DivisionByZero', _new(s, 0, 'F'))
    if a._int == 0:
        return _new(s, 0, ideal)._fix(ctx)
    shift = _ndigits(b._int) - _ndigits(a._int) + ctx._prec + 1
    if shift >= 0:
        q, rem = divmod(a._int * 10 ** shift, b._int)
    else:
        q, rem = divmod(a._int, b._int * 10 ** -shift)
    e = ideal - shift
    if rem:
        if q % 5 == 0:
            q += 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _new(s, q, e)._fix(ctx)


def _divmod(a, b, ctx, which):
    # which: 1 floor division (truncating, as CPython's Decimal), 2 remainder, 3 both
    r = a._nan_check(b, ctx)
    if r is not None:
        return (r, r) if which == 3 else r
    s = a._sign ^ b._sign
    if a._exp == 'F' or b._exp == 'F':
        raise _unsupported("// and % with Infinity")
    if b._int == 0:
        if a._int == 0:
            r = ctx._signal(InvalidOperation, 'DivisionUndefined', _new(0, 0, 'n'))
            return (r, r) if which == 3 else r
        if which == 2:
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        q = ctx._signal(DivisionByZero, 'DivisionByZero', _new(s, 0, 'F'))
        if which == 3:
            return q, ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        return q
    e = a._exp if a._exp < b._exp else b._exp
    if a._int == 0 or a.adjusted() < b.adjusted():
        q, rem = 0, a._int * 10 ** (a._exp - e)
    else:
        if a.adjusted() - b.adjusted() > ctx._prec:
            r = ctx._signal(InvalidOperation, 'DivisionImpossible', _new(0, 0, 'n'))
            return (r, r) if which == 3 else r
        q, rem = divmod(a._int * 10 ** (a._exp - e), b._int * 10 ** (b._exp - e))
    if _ndigits(q) > ctx._prec:
        r = ctx._signal(InvalidOperation, 'DivisionImpossible', _new(0, 0, 'n'))
        return (r, r) if which == 3 else r
    qd = _new(s, q, 0)
    rd = _new(a._sign, rem, e)._fix(ctx)
    if which == 1:
        return qd
    if which == 2:
        return rd
    return qd, rd


def _pow(a, b, ctx):
    r = a._nan_check(b, ctx)
    if r is not None:
        return r
    if type(a._exp) is str or type(b._exp) is str:
        raise _unsupported("** with Infinity")
    # integral exponent only
    if b._exp < 0 and b._int % 10 ** -b._exp:
        raise _unsupported("non-integer powers")
    n = int(b)
    if a._int == 0:
        if n == 0:
            return ctx._signal(InvalidOperation, 'InvalidOperation', _new(0, 0, 'n'))
        s = a._sign if n & 1 else 0
        return _new(s, 0, 'F') if n < 0 else _new(s, 0, 0)
    s = a._sign if n & 1 else 0
    if n == 0:
        return _new(0, 1, 0)
    m = -n if n < 0 else n
    if a._int != 1 and (_ndigits(a._int) - 1) * m > 4000:
        raise _unsupported("powers with results this large")
    if n > 0:
        return _new(s, a._int ** m, a._exp * m)._fix(ctx)
    # one correctly rounded division of the exact power
    return _div(_new(0, 1, 0), _new(s, a._int ** m, a._exp * m), ctx)
