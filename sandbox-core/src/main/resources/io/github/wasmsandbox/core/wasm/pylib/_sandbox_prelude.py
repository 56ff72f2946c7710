# Runs once when the interpreter starts: CPython builtins that MicroPython lacks or gets wrong,
# each replacement exact for what it accepts. Only names bound in `builtins` stay visible; the
# helpers live inside the functions' closures via default arguments so that nothing else leaks.
import builtins


class _ByLessThan:
    # a sort key that compares with its key's __lt__ only, ties by position (stable)
    __slots__ = ('key', 'index', 'reverse')

    def __init__(self, key, index, reverse):
        self.key = key
        self.index = index
        self.reverse = reverse

    def __lt__(self, other):
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return (self.index > other.index) if self.reverse else (self.index < other.index)


_PLAIN_KEYS = (int, float, str, bool, bytes, tuple, list)


def _install():
    _print = builtins.print
    _sorted = builtins.sorted
    _round = builtins.round
    _pow = builtins.pow
    _zip = builtins.zip

    # format(), str.format() and f-string fields with a spec (which the source rewriter routes to
    # _sandbox_format) live in /lib/_sandbox_format.py; importing it rebinds these names to the
    # real functions, so the stubs run at most once (the engine preloads the module)
    def format(value, format_spec=''):
        import _sandbox_format
        return _sandbox_format.format(value, format_spec)

    def _sandbox_str_format(template, args, kwargs):
        import _sandbox_format
        return _sandbox_format.str_format(template, args, kwargs)

    def _sandbox_str_format_map(template, mapping):
        import _sandbox_format
        return _sandbox_format.str_format_map(template, mapping)

    # `LITERAL % values` (the rewriter routes a str literal with a conversion), same scheme
    def _sandbox_percent(template, values):
        import _sandbox_format
        return _sandbox_format.percent(template, values)

    # the runtime of match statements (the rewriter turns each case into a call), same scheme
    def _sandbox_match(subject, pattern, nslots):
        import _sandbox_match
        return _sandbox_match.match(subject, pattern, nslots)

    def ascii(obj):
        r = repr(obj)
        for c in r:
            if ord(c) > 127:
                break
        else:
            return r
        out = []
        for c in r:
            o = ord(c)
            if o < 128:
                out.append(c)
            elif o < 0x100:
                out.append('\\x%02x' % o)
            elif o < 0x10000:
                out.append('\\u%04x' % o)
            else:
                out.append('\\U%08x' % o)
        return ''.join(out)

    def vars(*args):
        if not args:
            raise NotImplementedError("vars() without an argument is not supported in the sandbox")
        if len(args) > 1:
            raise TypeError("vars expected at most 1 argument, got %d" % len(args))
        try:
            return args[0].__dict__
        except AttributeError:
            raise TypeError("vars() argument must have __dict__ attribute") from None

    # MicroPython's sort is a quicksort: equal keys come out in any order. CPython's is stable, and
    # scripts print the result, so sorted() decorates each item with its position.
    def sorted(iterable, *, key=None, reverse=False):
        items = list(iterable)
        n = len(items)
        if n < 2:
            return items
        if key is None:
            t = type(items[0])
            if t is int or t is str:
                # equal ints or equal strs cannot be told apart: no need to decorate
                for x in items:
                    if type(x) is not t:
                        break
                else:
                    items.sort(reverse=reverse)
                    return items
            keys = items
        else:
            keys = [key(x) for x in items]
        # CPython's sort starts by comparing the first two keys (the last two when reversing);
        # decorating would skip that comparison for equal keys, hiding a TypeError such as
        # '<' between two dicts
        if reverse:
            keys[-2] < keys[-1]
        else:
            keys[1] < keys[0]
        for k in keys:
            if type(k) not in _PLAIN_KEYS:
                # objects that may define only __lt__: MicroPython compares tuples with their
                # other operators too and never reflects one into the other, so decorating with
                # (key, index) would fail where CPython sorts; compare through __lt__ alone
                order = list(range(n))
                if reverse:
                    order.reverse()
                order.sort(key=lambda i: _ByLessThan(keys[i], i, reverse))
                if reverse:
                    order.reverse()
                return [items[i] for i in order]
        if reverse:
            # descending keys, ties in their original order (as CPython's reverse sort)
            dec = [(keys[i], -i) for i in range(n)]
            dec.sort(reverse=True)
            return [items[-d[1]] for d in dec]
        dec = [(keys[i], i) for i in range(n)]
        dec.sort()
        return [items[d[1]] for d in dec]

    def print(*args, sep=None, end=None, file=None, flush=False):
        if sep is None and end is None and file is None:
            _print(*args)
        elif file is None:
            _print(*args, sep=' ' if sep is None else sep, end='\n' if end is None else end)
        else:
            _print(*args, sep=' ' if sep is None else sep, end='\n' if end is None else end,
                   file=file)
        if flush and file is not None:
            f = getattr(file, 'flush', None)
            if f is not None:
                f()

    def _bits(n):
        return len(bin(n)) - 2 if n else 0

    def _ratio_to_float(num, den):
        # nearest double to num/den (num >= 0, den > 0), ties to even
        if num == 0:
            return 0.0
        shift = 55 - (_bits(num) - _bits(den))
        if shift >= 0:
            q, r = divmod(num << shift, den)
        else:
            q, r = divmod(num, den << -shift)
        extra = _bits(q) - 53
        low = q & ((1 << extra) - 1)
        q >>= extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (r or q & 1)):
            q += 1
        import math
        return math.ldexp(float(q), extra - shift)

    _inf = float('inf')
    _p10 = [float(10 ** i) for i in range(16)]

    def round(number, ndigits=None):
        t = type(number)
        if t is not float and t is not int and t is not bool:
            # MicroPython's round() converts through float(); CPython asks the type (Decimal,
            # Fraction, user classes)
            method = getattr(t, '__round__', None)
            if method is not None:
                return method(number) if ndigits is None else method(number, ndigits)
        if ndigits is None or type(number) is not float or type(ndigits) is not int:
            return _round(number) if ndigits is None else _round(number, ndigits)
        x = number
        if x == 0.0:
            return x
        if 0 <= ndigits <= 15:
            p = _p10[ndigits]
            ay = (x if x > 0.0 else -x) * p
            if ay < 4e15:
                f = ay % 1.0
                # far from a tie, the float product picks the same integer as the exact value
                if abs(f - 0.5) > 1e-15 * ay + 1e-300:
                    q = ay + 0.5
                    r = (q - q % 1.0) / p
                    return r if x > 0.0 else -r
        if x != x or x == _inf or x == -_inf:
            return x
        if ndigits > 323:
            return x
        if ndigits < -308:
            return 0.0 * x
        import math
        m, e = math.frexp(-x if x < 0 else x)
        mant = int(m * 9007199254740992.0)
        e -= 53
        num, den = mant, 1
        if ndigits >= 0:
            num *= 10 ** ndigits
        else:
            den *= 10 ** -ndigits
        if e >= 0:
            num <<= e
        else:
            den <<= -e
        q, r = divmod(num, den)
        if 2 * r > den or (2 * r == den and q & 1):
            q += 1
        if ndigits >= 0:
            res = _ratio_to_float(q, 10 ** ndigits)
        else:
            res = float(q * 10 ** -ndigits)
        if res == float('inf'):
            raise OverflowError("rounded value too large to represent")
        return -res if x < 0 else res

    def pow(base, exp, mod=None):
        if mod is None:
            return _pow(base, exp)
        if type(exp) is int and exp < 0 and isinstance(base, int) and isinstance(mod, int):
            # modular inverse, which MicroPython's three-argument pow lacks
            if mod == 0:
                raise ValueError("pow() 3rd argument cannot be 0")
            m = -mod if mod < 0 else mod
            a = base % m
            r0, r1, s0, s1 = m, a, 0, 1
            while r1:
                qq = r0 // r1
                r0, r1 = r1, r0 - qq * r1
                s0, s1 = s1, s0 - qq * s1
            if r0 != 1:
                raise ValueError("base is not invertible for the given modulus")
            return _pow(s0 % m, -exp, mod)
        return _pow(base, exp, mod)

    def zip(*iterables, strict=False):
        if not strict:
            return _zip(*iterables)
        return _zip_strict(iterables)

    def _zip_strict(iterables):
        its = [iter(x) for x in iterables]
        if not its:
            return
        while True:
            row = []
            for i, it in enumerate(its):
                try:
                    row.append(next(it))
                except StopIteration:
                    if i:
                        which = "argument 1" if i == 1 else "arguments 1-%d" % i
                        raise ValueError("zip() argument %d is shorter than %s" % (i + 1, which))
                    for j in range(1, len(its)):
                        try:
                            next(its[j])
                        except StopIteration:
                            continue
                        which = "argument 1" if j == 1 else "arguments 1-%d" % j
                        raise ValueError("zip() argument %d is longer than %s" % (j + 1, which))
                    return
            yield tuple(row)

    builtins.format = format
    builtins._sandbox_format = format
    builtins._sandbox_str_format = _sandbox_str_format
    builtins._sandbox_str_format_map = _sandbox_str_format_map
    builtins._sandbox_percent = _sandbox_percent
    builtins._sandbox_match = _sandbox_match
    builtins.ascii = ascii
    builtins.vars = vars
    builtins.sorted = sorted
    builtins.print = print
    builtins.round = round
    builtins.pow = pow
    builtins.zip = zip


_install()
del _install


def _math():
    # the built-in math module can be neither shadowed by /lib/math.py nor extended; a module
    # already in sys.modules wins over it at import time
    import sys
    import _math
    sys.modules['math'] = _math


_math()
del _math


def _exceptions():
    # CPython raises ModuleNotFoundError, a subclass of ImportError, for a missing module;
    # MicroPython raises ImportError itself, so the name catches what it raises
    try:
        ModuleNotFoundError
    except NameError:
        builtins.ModuleNotFoundError = ImportError


_exceptions()
del _exceptions


def _displays():
    # Targets of the host's source rewriter (CompatRewriter): unpacking in displays, which
    # MicroPython's parser rejects, and str.format calls routed to the exact implementation.
    def _iterable(part):
        try:
            iter(part)
        except TypeError:
            raise TypeError("Value after * must be an iterable, not %s" % type(part).__name__)
        return part

    def _sandbox_list(*parts):
        result = []
        for part in parts:
            result.extend(_iterable(part))
        return result

    def _sandbox_tuple(*parts):
        return tuple(_sandbox_list(*parts))

    def _sandbox_set(*parts):
        result = set()
        for part in parts:
            result.update(_iterable(part))
        return result

    def _sandbox_dict(*parts):
        result = {}
        for part in parts:
            if type(part) is dict:
                result.update(part)
                continue
            keys = getattr(part, 'keys', None)
            if keys is None:
                raise TypeError("'%s' object is not a mapping" % type(part).__name__)
            for key in keys():
                result[key] = part[key]
        return result

    def _sandbox_format_call(*args, **kwargs):
        # `receiver.format(...)`: the exact formatter hands any receiver but a str to its own
        # format; a bare name, since MicroPython finds added builtins by name, not as attributes
        # of `builtins`
        return _sandbox_str_format(args[0], args[1:], kwargs)

    def _sandbox_dict_call(*args, **kwargs):
        # dict(m): MicroPython copies only exact dicts as mappings and reads anything else as
        # key/value pairs, so dict(Counter(...)) failed; CPython copies any object with keys()
        if len(args) == 1 and type(args[0]) is not dict and hasattr(args[0], 'keys'):
            args = (_sandbox_dict(args[0]),)
        return dict(*args, **kwargs)

    def _sandbox_bind(namespace, name, value):
        # `name := value` inside a comprehension at module level, which MicroPython's compiler
        # refuses: the rewriter passes the module's globals(), where CPython binds the name
        namespace[name] = value
        return value

    builtins._sandbox_dict_call = _sandbox_dict_call
    builtins._sandbox_bind = _sandbox_bind
    builtins._sandbox_list = _sandbox_list
    builtins._sandbox_tuple = _sandbox_tuple
    builtins._sandbox_set = _sandbox_set
    builtins._sandbox_dict = _sandbox_dict
    builtins._sandbox_format_call = _sandbox_format_call


_displays()
del _displays


def _methods():
    # helpers the source rewriter calls (obj.title() becomes _sandbox_attr(obj, 'title')(),
    # s[::-1] becomes _sandbox_slice(s, None, None, -1), ...): each stub imports
    # _sandbox_methods on first use and puts the real function in its place
    def stub(name, real):
        def first(*args):
            import _sandbox_methods
            f = getattr(_sandbox_methods, real)
            setattr(builtins, name, f)
            return f(*args)
        setattr(builtins, name, first)

    stub('_sandbox_attr', 'attr')
    stub('_sandbox_slice', 'getslice')
    stub('_sandbox_setslice', 'setslice')
    stub('_sandbox_delslice', 'delslice')


_methods()
del _methods
