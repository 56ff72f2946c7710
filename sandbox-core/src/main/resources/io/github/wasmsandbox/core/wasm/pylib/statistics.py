# CPython 3.11 compatible statistics for the sandbox. Like CPython, mean/variance/stdev sum the
# data exactly (as integer ratios) and round once at the end, so float results are identical.
# Not supported: NormalDist.inv_cdf/quantiles/overlap/samples, stdev/pstdev of Decimals.
from fractions import Fraction, _truediv, _gcd, _float_ratio, _bits
from _exactdiv import truediv as _div

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
           "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
           "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
           "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _is_dec(x):
    return hasattr(x, "quantize") and hasattr(x, "as_tuple")


def _exact_ratio(x):
    t = type(x)
    if t is int or t is bool:
        return int(x), 1
    if t is float:
        if x != x or x in (_INF, -_INF):
            return x, None
        return _float_ratio(x)
    if isinstance(x, Fraction):
        return x._n, x._d
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        return _exact_ratio(float(x))
    if _is_dec(x):
        if not x.is_finite():
            return x, None
        return x.as_integer_ratio()
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % t.__name__)


_INF = float("inf")


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("can't convert type '%s' to '%s'" % (T.__name__, S.__name__))


def _add_partial(partials, d, n):
    partials[d] = partials.get(d, 0) + n


def _total(partials):
    # exact sum of n/d over the partials, as a reduced (num, den)
    num = 0
    den = 1
    for d, n in partials.items():
        if d == den:
            num += n
        else:
            g = _gcd(den, d)
            num = num * (d // g) + n * (den // g)
            den = den * (d // g)
    g = _gcd(num, den)
    if g > 1:
        num //= g
        den //= g
    return num, den


def _sum(data):
    count = 0
    types = []
    partials = {}
    special = None
    has_special = False
    for x in data:
        t = type(x)
        if t not in types:
            types.append(t)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if not has_special else special + n
            has_special = True
        else:
            partials[d] = partials.get(d, 0) + n
    T = int
    for t in types:
        T = _coerce(T, t)
    if has_special:
        return T, special, count
    return T, _total(partials), count


def _ss(data, c=None):
    if c is not None:
        T, ssd, count = _sum(_sq_dev(data, c))
        return T, ssd, c, count
    count = 0
    types = []
    sx = {}
    sxx = {}
    special = None
    has_special = False
    for x in data:
        t = type(x)
        if t not in types:
            types.append(t)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if not has_special else special + n
            has_special = True
        else:
            sx[d] = sx.get(d, 0) + n
            dd = d * d
            sxx[dd] = sxx.get(dd, 0) + n * n
    T = int
    for t in types:
        T = _coerce(T, t)
    if not count:
        return T, (0, 1), (0, 1), 0
    if has_special:
        return T, special, special, count
    sn, sd = _total(sx)
    qn, qd = _total(sxx)
    # (count * sxx - sx * sx) / count
    num = count * qn * sd * sd - sn * sn * qd
    den = qd * sd * sd * count
    return T, _red(num, den), _red(sn, sd * count), count


def _sq_dev(data, c):
    for x in data:
        d = x - c
        yield d * d


def _red(n, d):
    if d < 0:
        n, d = -n, -d
    g = _gcd(n, d)
    if g > 1:
        return n // g, d // g
    return n, d


def _div_int(v, k):
    if isinstance(v, tuple):
        return _red(v[0], v[1] * k)
    return v / k


def _convert(value, T):
    if not isinstance(value, tuple):
        if type(value) is T:
            return value
        return T(value)
    n, d = value
    if T is Fraction:
        return Fraction(n, d)
    if T is int or T is bool or (isinstance(T, type) and issubclass(T, int)):
        if d == 1:
            return T(n) if T is not bool else int(n)
        return _truediv(n, d)
    if T is float:
        return _truediv(n, d)
    if _is_dec_type(T):
        return T(n) / T(d)
    if issubclass(T, float):
        return T(_truediv(n, d))
    return T(Fraction(n, d))


def _is_dec_type(T):
    return hasattr(T, "quantize") and hasattr(T, "as_tuple")


def _isqrt(n):
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    x = 1 << ((_bits(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _isqrt_frac_rto(n, m):
    a = _isqrt(n // m)
    return a | (1 if a * a * m != n else 0)


def _float_sqrt_of_frac(n, m):
    # correctly rounded sqrt(n/m): round-to-odd integer root with 109 bits, then one rounding
    q = (_bits(n) - _bits(m) - 109) // 2
    if q >= 0:
        return float(_truediv(_isqrt_frac_rto(n, m << 2 * q) << q, 1))
    return _truediv(_isqrt_frac_rto(n << -2 * q, m), 1 << -q)


def _fsum(values):
    # math.fsum: exact sum of the floats, rounded once (the guest's math has no fsum)
    acc = 0
    special = None
    for x in values:
        f = float(x)
        if f != f or f in (_INF, -_INF):
            if special is None:
                special = f
            elif special != special or f != f:
                special = f if f != f else special
            elif special != f:
                raise ValueError("-inf + inf in fsum")
            continue
        if f:
            n, d = _float_ratio(f)
            acc += n << (1074 - (_bits(d) - 1))
    if special is not None:
        return special
    try:
        return _truediv(acc, 1 << 1074)
    except OverflowError:
        raise OverflowError("intermediate overflow in fsum")


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(_div_int(total, n), T)


def fmean(data, weights=None):
    if not hasattr(data, "__len__"):
        data = list(data)
    n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return _div(total, n)
    if not hasattr(weights, "__len__"):
        weights = list(weights)
    num = _fsum([x * w for x, w in zip(data, weights)])
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = _fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return _div(num, den)


def geometric_mean(data):
    import math
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive "
                              "numbers")


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or type(x) is bool or _is_dec(x):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(_fail_neg(weights, errmsg))
    try:
        T, total, count = _sum(_recips(weights, _fail_neg(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if isinstance(total, tuple):
        if total[0] <= 0:
            raise StatisticsError("Weighted sum must be positive")
        if isinstance(sum_weights, tuple):
            return _convert(_red(sum_weights[0] * total[1], sum_weights[1] * total[0]), T)
        return _convert(sum_weights / Fraction(total[0], total[1]), T)
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    sw = sum_weights if not isinstance(sum_weights, tuple) else _truediv(*sum_weights)
    return _convert(_div(sw, total), T)


def _recips(weights, data):
    for w, x in zip(weights, data):
        yield _div(w, x) if w else 0


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return _div(data[i - 1] + data[i], 2)


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if data[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    i = lo
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if x < data[mid]:
            hi = mid
        else:
            lo = mid + 1
    j = lo
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    L = x - interval / 2.0
    return L + _div(interval * (_div(n, 2) - i), j - i)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    best = None
    bestc = 0
    for k, c in counts.items():
        if c > bestc:
            best = k
            bestc = c
    if not bestc:
        raise StatisticsError("no mode for empty data")
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    m = max(counts.values())
    return [k for k, c in counts.items() if c == m]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append(_div(data[j] * (n - delta) + data[j + 1] * delta, n))
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append(_div(data[j - 1] * (n - delta) + data[j] * delta, n))
        return result
    raise ValueError("Unknown method: %r" % (method,))


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_div_int(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_div_int(ss, n), T)


def _sqrt_result(T, mss):
    if not isinstance(mss, tuple):
        raise AttributeError("'%s' object has no attribute 'numerator'" % type(mss).__name__)
    if _is_dec_type(T):
        raise NotImplementedError("statistics.stdev of Decimal data is not supported in the "
                                  "sandbox")
    return _float_sqrt_of_frac(mss[0], mss[1])


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_result(T, _div_int(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_result(T, _div_int(ss, n))


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = _div_int(ss, n - 1)
    if isinstance(mss, tuple):
        return _truediv(*xbar), _float_sqrt_of_frac(mss[0], mss[1])
    return float(xbar), _div(float(xbar), float(ss))


def _prep_pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("%s requires that both inputs have same number of data points"
                              % what)
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return n


def covariance(x, y):
    n = _prep_pair(x, y, "covariance")
    xbar = _div(_fsum(x), n)
    ybar = _div(_fsum(y), n)
    sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return _div(sxy, n - 1)


def correlation(x, y):
    import math
    n = _prep_pair(x, y, "correlation")
    xbar = _div(_fsum(x), n)
    ybar = _div(_fsum(y), n)
    sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = _fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return _div(sxy, math.sqrt(sxx * syy))
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression(tuple):
    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return "LinearRegression(slope=%r, intercept=%r)" % (self[0], self[1])

    __str__ = __repr__


def linear_regression(x, y, *, proportional=False):
    if len(y) != len(x):
        raise StatisticsError("linear regression requires that both inputs have same number of "
                              "data points")
    n = len(x)
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = _fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = _fsum([xi * xi for xi in x])
    else:
        xbar = _div(_fsum(x), n)
        ybar = _div(_fsum(y), n)
        sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = _div(sxy, sxx)
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return _make_lr(slope, intercept)


def _make_lr(slope, intercept):
    return LinearRegression((slope, intercept))


class NormalDist:
    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        raise NotImplementedError("statistics.NormalDist.samples is not supported in the sandbox")

    def pdf(self, x):
        import math
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return _div(math.exp(_div(diff * diff, -2.0 * variance)), math.sqrt(math.tau * variance))

    def cdf(self, x):
        import math
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf(_div(x - self._mu, self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        raise NotImplementedError("statistics.NormalDist.inv_cdf is not supported in the sandbox")

    def quantiles(self, n=4):
        raise NotImplementedError("statistics.NormalDist.quantiles is not supported in the "
                                  "sandbox")

    def overlap(self, other):
        raise NotImplementedError("statistics.NormalDist.overlap is not supported in the sandbox")

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return _div(x - self._mu, self._sigma)

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        import math
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.sqrt(self._sigma ** 2 + other._sigma ** 2))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        import math
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.sqrt(self._sigma ** 2 + other._sigma ** 2))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * abs(other))

    def __truediv__(self, other):
        return NormalDist(_div(self._mu, other), _div(self._sigma, abs(other)))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)
