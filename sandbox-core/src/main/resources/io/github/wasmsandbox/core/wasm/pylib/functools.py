# functools for the sandbox. Guest functions cannot carry attributes, so every decorator that
# CPython implements by decorating a function object (lru_cache, wraps, singledispatch) returns a
# small callable object instead; __get__ makes those objects bind like functions in classes.

_MISSING = object()


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        if len(initial) > 1:
            raise TypeError("reduce expected at most 3 arguments, got %d" % (len(initial) + 2))
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value")
    for x in it:
        value = function(value, x)
    return value


class _Bound:
    # A callable bound to an instance, standing in for a bound method of a wrapper object.
    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.__func__, name)


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            kw = dict(func.keywords)
            kw.update(keywords)
            keywords = kw
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            kw = dict(self.keywords)
            kw.update(keywords)
        else:
            kw = keywords
        if self.func is int and "base" in kw:
            # partial(int, base=2) is the textbook example; the guest's int() takes no keywords.
            kw = dict(kw)
            base = kw.pop("base")
            return int(*self.args, *args, base, **kw)
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + [
            "%s=%r" % (k, v) for k, v in self.keywords.items()]
        return "functools.partial(" + ", ".join(parts) + ")"


class partialmethod:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)


class _Wrapped:
    # Result of update_wrapper on a plain function: carries the wrapped function's metadata.
    def __init__(self, wrapper, wrapped):
        self._wrapper = wrapper
        self.__wrapped__ = wrapped
        self.__name__ = getattr(wrapped, "__name__", None)
        self.__qualname__ = getattr(wrapped, "__qualname__", self.__name__)
        self.__doc__ = getattr(wrapped, "__doc__", None)
        self.__module__ = getattr(wrapped, "__module__", None)

    def __call__(self, *args, **kwargs):
        return self._wrapper(*args, **kwargs)

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return _Bound(self, obj)

    def __repr__(self):
        return "<function %s>" % (self.__qualname__,)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    try:
        for attr in assigned:
            try:
                value = getattr(wrapped, attr)
            except AttributeError:
                continue
            setattr(wrapper, attr, value)
        wrapper.__wrapped__ = wrapped
        return wrapper
    except AttributeError:
        return _Wrapped(wrapper, wrapped)


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def deco(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return deco


_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo


class _KwMark:
    pass


_kwmark = (_KwMark,)


class _lru_cache_wrapper:
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self.__name__ = getattr(func, "__name__", None)
        self.__qualname__ = self.__name__
        self.__doc__ = getattr(func, "__doc__", None)
        self.__module__ = getattr(func, "__module__", None)
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def _key(self, args, kwargs):
        key = args
        if kwargs:
            key = key + _kwmark
            for item in kwargs.items():
                key = key + item
        if self._typed:
            key = key + tuple(type(v) for v in args)
            if kwargs:
                key = key + tuple(type(v) for v in kwargs.values())
        elif len(key) == 1 and type(key[0]) in (int, str):
            return key[0]
        return key

    def __call__(self, *args, **kwargs):
        key = self._key(args, kwargs)
        cache = self._cache
        maxsize = self._maxsize
        try:
            result = cache[key]
        except KeyError:
            pass
        else:
            self._hits += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwargs)
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key in cache:
                return result
            cache[key] = result
            if len(cache) > maxsize:
                for oldest in cache:
                    break
                del cache[oldest]
        return result

    def cache_info(self):
        return _cache_info_type()(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache = {}
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return _Bound(self, obj)

    def __repr__(self):
        return "<functools._lru_cache_wrapper object>"


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _lru_cache_wrapper(user_function, None, False)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_convert = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)),
}


def _defines(cls, name):
    if name in cls.__dict__:
        return True
    for b in cls.__bases__:
        if b is not object and _defines(b, name):
            return True
    return False


def total_ordering(cls):
    roots = [op for op in _convert if _defines(cls, op)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        val = self.func(instance)
        setattr(instance, self.attrname, val)
        return val


def _type_chain(t):
    # Depth-first walk of the bases, which matches CPython's MRO for single inheritance.
    out = []
    todo = [t]
    while todo:
        c = todo.pop(0)
        if c not in out:
            out.append(c)
            todo.extend(getattr(c, "__bases__", ()))
            if c is bool:
                # The guest's bool does not list int among its bases.
                todo.append(int)
    if object in out:
        out.remove(object)
        out.append(object)
    return out


class _SingleDispatch:
    def __init__(self, func):
        self._registry = {object: func}
        self.__wrapped__ = func
        self.__name__ = getattr(func, "__name__", None)
        self.__doc__ = getattr(func, "__doc__", None)

    @property
    def registry(self):
        return dict(self._registry)

    def dispatch(self, cls):
        for c in _type_chain(cls):
            if c in self._registry:
                return self._registry[c]
        return self._registry[object]

    def register(self, cls, func=None):
        if func is None:
            if isinstance(cls, type):
                def deco(f):
                    self._registry[cls] = f
                    return f
                return deco
            # Registration from the annotation of the first parameter needs annotations,
            # which the guest discards.
            raise NotImplementedError(
                "functools.singledispatch register() without an explicit type is not supported in the sandbox")
        self._registry[cls] = func
        return func

    def __call__(self, *args, **kwargs):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % self.__name__)
        return self.dispatch(type(args[0]))(*args, **kwargs)


def singledispatch(func):
    return _SingleDispatch(func)


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = _SingleDispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        d = self.dispatcher

        def _method(*args, **kwargs):
            return d.dispatch(type(args[0]))(obj, *args, **kwargs)
        return _method
