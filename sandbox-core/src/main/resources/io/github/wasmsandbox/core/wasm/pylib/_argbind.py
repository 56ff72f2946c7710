# Binds *args/**kwargs to a fixed list of parameter names with CPython's TypeError wording, for
# generated constructors (namedtuple, dataclass) that cannot be compiled from source cheaply.

_MISSING = object()


def _names_text(names):
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + " and " + q[1]
    return ", ".join(q[:-1]) + ", and " + q[-1]


def bind(qual, names, defaults, args, kwargs, self_count=1):
    # defaults: dict name -> default value (only trailing names may have one)
    n = len(names)
    if len(args) > n:
        lo = n - len(defaults) + self_count
        hi = n + self_count
        given = len(args) + self_count
        if lo == hi:
            raise TypeError("%s() takes %d positional argument%s but %d %s given"
                            % (qual, hi, "" if hi == 1 else "s", given, "was" if given == 1 else "were"))
        raise TypeError("%s() takes from %d to %d positional arguments but %d %s given"
                        % (qual, lo, hi, given, "was" if given == 1 else "were"))
    values = list(args)
    if len(values) < n:
        values.extend([_MISSING] * (n - len(values)))
    if kwargs:
        for k in kwargs:
            try:
                i = names.index(k)
            except ValueError:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, k))
            if values[i] is not _MISSING:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, k))
            values[i] = kwargs[k]
    missing = None
    for i in range(n):
        if values[i] is _MISSING:
            name = names[i]
            if name in defaults:
                values[i] = defaults[name]
            else:
                if missing is None:
                    missing = []
                missing.append(name)
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s"
                        % (qual, len(missing), "" if len(missing) == 1 else "s", _names_text(missing)))
    return values
