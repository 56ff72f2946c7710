# collections for the sandbox (replaces MicroPython's frozen, partial package).
# Guest facts this relies on (MicroPython 1.27):
#  - dicts are insertion ordered (patched build), so OrderedDict only adds its own methods;
#  - dict subclasses work, but str() of a native subclass ignores __repr__, so both are defined;
#  - dict(subclass_instance) is broken in the VM (treated as a sequence of pairs); nothing here
#    can fix that, so internal code copies through .items();
#  - list.sort is not stable, so orderings that CPython derives from stable sorts are computed
#    with explicit tie-breakers;
#  - tuple subclasses cannot override __new__ usefully, but __init__ may call
#    super().__init__(iterable) to build the native tuple, which is what namedtuple uses.

import ucollections as _uc
from _argbind import bind as _bind

_kwlist = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield"))


def _dict_body(d):
    return "{" + ", ".join([repr(k) + ": " + repr(v) for k, v in d.items()]) + "}"


def _isidentifier(s):
    if not s:
        return False
    c = s[0]
    if not (c.isalpha() or c == "_" or ord(c) > 127):
        return False
    for c in s:
        if not (c.isalpha() or c.isdigit() or c == "_" or ord(c) > 127):
            return False
    return True


# ---------------------------------------------------------------- namedtuple

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not _isidentifier(name) or name in _kwlist or name.startswith("_")
                    or name in seen):
                field_names[i] = "_%d" % i
            seen.add(name)
    for name in [typename] + field_names:
        if not _isidentifier(name):
            raise ValueError("Type names and field names must be valid identifiers: %r" % (name,))
        if name in _kwlist:
            raise ValueError("Type names and field names cannot be a keyword: %r" % (name,))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        for name, val in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = val
    fields = tuple(field_names)
    base = _uc.namedtuple(typename, fields) if fields else tuple
    return _make_nt_class(typename, base, fields, field_defaults, module)


def _make_nt_class(typename, base, fields, field_defaults, module):
    qual = typename + ".__new__"

    if fields:
        def __init__(self, *args, **kwargs):
            if kwargs or len(args) != len(fields):
                args = _bind(qual, fields, field_defaults, args, kwargs)
            super(cls, self).__init__(*args)
    else:
        def __init__(self, *args, **kwargs):
            _bind(qual, fields, field_defaults, args, kwargs)
            super(cls, self).__init__(())

    ns = {
        "__init__": __init__,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__module__": module or "__main__",
    }
    for name in ("__repr__", "__str__", "_asdict", "_replace", "__setattr__",
                 "__getnewargs__", "__copy__", "__deepcopy__"):
        ns[name] = _NT_METHODS[name]
    ns["_make"] = classmethod(_nt_make)
    cls = type(typename, (base,), ns)
    return cls


def _nt_repr(self):
    names = self._fields
    return type(self).__name__ + "(" + ", ".join(
        [names[i] + "=" + repr(self[i]) for i in range(len(names))]) + ")"


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_replace(self, **kwargs):
    vals = list(self)
    names = self._fields
    for k in list(kwargs):
        if k in names:
            vals[names.index(k)] = kwargs.pop(k)
    if kwargs:
        raise ValueError("Got unexpected field names: %r" % list(kwargs))
    return type(self)(*vals)


def _nt_make(cls, iterable):
    vals = tuple(iterable)
    if len(vals) != len(cls._fields):
        raise TypeError("Expected %d arguments, got %d" % (len(cls._fields), len(vals)))
    return cls(*vals)


def _nt_setattr(self, name, value):
    if name in type(self)._fields:
        raise AttributeError("can't set attribute")
    raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))


def _nt_getnewargs(self):
    return tuple(self)


def _nt_copy(self):
    return self


def _nt_deepcopy(self, memo):
    import copy
    return type(self)(*[copy.deepcopy(v, memo) for v in self])


_NT_METHODS = {
    "__repr__": _nt_repr,
    "__str__": _nt_repr,
    "_asdict": _nt_asdict,
    "_replace": _nt_replace,
    "__setattr__": _nt_setattr,
    "__getnewargs__": _nt_getnewargs,
    "__copy__": _nt_copy,
    "__deepcopy__": _nt_deepcopy,
}


# ---------------------------------------------------------------- deque

class deque:
    # A list with a moving head: popleft is O(1) amortised, appendleft is O(n) only when the
    # head is at index 0.
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._l = []
        self._h = 0
        self._maxlen = maxlen
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        h = self._h
        if h > 16 and h * 2 > len(self._l):
            del self._l[:h]
            self._h = 0

    def __len__(self):
        return len(self._l) - self._h

    def __bool__(self):
        return len(self._l) > self._h

    def append(self, x):
        m = self._maxlen
        if m is not None and len(self) >= m:
            if m == 0:
                return
            self.popleft()
        self._l.append(x)

    def appendleft(self, x):
        m = self._maxlen
        if m is not None and len(self) >= m:
            if m == 0:
                return
            self.pop()
        if self._h:
            self._h -= 1
            self._l[self._h] = x
        else:
            self._l.insert(0, x)

    def pop(self):
        if len(self._l) <= self._h:
            raise IndexError("pop from an empty deque")
        x = self._l.pop()
        if len(self._l) == self._h:
            self._l = []
            self._h = 0
        return x

    def popleft(self):
        h = self._h
        l = self._l
        if len(l) <= h:
            raise IndexError("pop from an empty deque")
        x = l[h]
        l[h] = None
        self._h = h + 1
        if self._h == len(l):
            self._l = []
            self._h = 0
        else:
            self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._l = []
        self._h = 0

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items().count(x)

    def _items(self):
        return self._l[self._h:] if self._h else self._l

    def index(self, x, start=0, stop=None):
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if items[i] == x:
                return i
        raise ValueError(repr(x) + " is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._l = items
        self._h = 0

    def remove(self, value):
        items = self._items()
        for i in range(len(items)):
            if items[i] == value:
                del items[i]
                self._l = items
                self._h = 0
                return
        raise ValueError("deque.remove(x): x not in deque")

    def reverse(self):
        items = self._items()
        items.reverse()
        self._l = items
        self._h = 0

    def rotate(self, n=1):
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._l = items[-n:] + items[:-n]
            self._h = 0

    def _index(self, i):
        size = len(self._l) - self._h
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return i + self._h

    def __getitem__(self, i):
        return self._l[self._index(i)]

    def __setitem__(self, i, v):
        self._l[self._index(i)] = v

    def __delitem__(self, i):
        j = self._index(i)
        del self._l[j]

    def __iter__(self):
        l = self._l
        for i in range(self._h, len(l)):
            yield l[i]

    def __reversed__(self):
        l = self._l
        for i in range(len(l) - 1, self._h - 1, -1):
            yield l[i]

    def __contains__(self, x):
        return x in self._items()

    def __repr__(self):
        body = repr(self._items())
        if self._maxlen is None:
            return "deque(" + body + ")"
        return "deque(%s, maxlen=%d)" % (body, self._maxlen)

    __str__ = __repr__

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = deque(self, self._maxlen)
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = deque((), self._maxlen)
        items = self._items()
        for _ in range(n):
            d.extend(items)
        return d

    def __imul__(self, n):
        items = self._items()
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    __hash__ = None


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        return "defaultdict(%s, %s)" % ("None" if f is None else repr(f), _dict_body(self))

    __str__ = __repr__

    def copy(self):
        d = defaultdict(self.default_factory)
        for k, v in self.items():
            d[k] = v
        return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        d = defaultdict(self.default_factory)
        memo[id(self)] = d
        for k, v in self.items():
            d[copy.deepcopy(k, memo)] = copy.deepcopy(v, memo)
        return d

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.copy()
        d.update(other.items())
        return d


# ---------------------------------------------------------------- OrderedDict

class OrderedDict(dict):
    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("expected at most 1 arguments, got %d" % len(args))
        super().__init__()
        if args:
            src = args[0]
            self.update(src.items() if isinstance(src, dict) else src)
        if kwargs:
            self.update(kwargs)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            for key in self:
                pass
        else:
            for key in self:
                break
        value = self.pop(key)
        return key, value

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self.items())) + ")"

    __str__ = __repr__

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        if isinstance(other, dict):
            return len(self) == len(other) and all(
                k in other and other[k] == v for k, v in self.items())
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def copy(self):
        return OrderedDict(self.items())

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        d = OrderedDict()
        memo[id(self)] = d
        for k, v in self.items():
            d[copy.deepcopy(k, memo)] = copy.deepcopy(v, memo)
        return d

    def __reversed__(self):
        return iter(list(self)[::-1])

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.copy()
        d.update(other.items())
        return d


# ---------------------------------------------------------------- Counter

class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return 0

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self:
            super().__delitem__(key)

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # Ties keep insertion order, as CPython's stable sort does; the guest's sort is not
        # stable, so the position is part of the key.
        items = list(self.items())
        order = sorted(range(len(items)), key=lambda i: (-items[i][1], i))
        if n is not None:
            if n < 0:
                n = 0
            order = order[:n]
        return [items[i] for i in order]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] + v if k in self else v
            else:
                get = super().get
                for k in iterable:
                    self[k] = get(k, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] - v
            else:
                for k in iterable:
                    self[k] = self[k] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        c = Counter()
        for k, v in self.items():
            c[k] = v
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        c = Counter()
        memo[id(self)] = c
        for k, v in self.items():
            c[copy.deepcopy(k, memo)] = copy.deepcopy(v, memo)
        return c

    def __repr__(self):
        if not self:
            return "Counter()"
        try:
            items = self.most_common()
        except TypeError:
            items = list(self.items())
        return "Counter({" + ", ".join([repr(k) + ": " + repr(v) for k, v in items]) + "})"

    __str__ = __repr__

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return _plain_eq(self, other)
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            nv = v + other[k]
            if nv > 0:
                result[k] = nv
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            nv = v - other[k]
            if nv > 0:
                result[k] = nv
        for k, v in other.items():
            if k not in self and v < 0:
                result[k] = 0 - v
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            o = other[k]
            nv = o if v < o else v
            if nv > 0:
                result[k] = nv
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            o = other[k]
            nv = v if v < o else o
            if nv > 0:
                result[k] = nv
        return result

    def __pos__(self):
        result = Counter()
        for k, v in self.items():
            if v > 0:
                result[k] = v
        return result

    def __neg__(self):
        result = Counter()
        for k, v in self.items():
            if v < 0:
                result[k] = 0 - v
        return result

    def _keep_positive(self):
        for k in [k for k, v in self.items() if not v > 0]:
            del self[k]
        return self

    def __iadd__(self, other):
        for k, v in other.items():
            self[k] += v
        return self._keep_positive()

    def __isub__(self, other):
        for k, v in other.items():
            self[k] -= v
        return self._keep_positive()

    def __ior__(self, other):
        for k, v in other.items():
            if v > self[k]:
                self[k] = v
        return self._keep_positive()

    def __iand__(self, other):
        for k, v in list(self.items()):
            o = other[k]
            if o < v:
                self[k] = o
        return self._keep_positive()


def _plain_eq(a, b):
    if len(a) != len(b):
        return False
    for k, v in a.items():
        if k not in b or b[k] != v:
            return False
    return True


# ---------------------------------------------------------------- ChainMap

class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        for m in self.maps:
            if key in m:
                return m[key]
        return default

    def __len__(self):
        return len(self._keys())

    def _keys(self):
        d = {}
        for m in reversed(self.maps):
            for k in m:
                d[k] = None
        return list(d)

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def keys(self):
        return self._keys()

    def items(self):
        return [(k, self[k]) for k in self._keys()]

    def values(self):
        return [self[k] for k in self._keys()]

    def __repr__(self):
        return "ChainMap(" + ", ".join([repr(m) for m in self.maps]) + ")"

    __str__ = __repr__

    def new_child(self, m=None):
        if m is None:
            m = {}
        return ChainMap(m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwds):
        m = self.maps[0]
        if isinstance(other, dict):
            other = other.items()
        elif hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            m[k] = v
        for k, v in kwds.items():
            m[k] = v

    def copy(self):
        return ChainMap(dict(self.maps[0].items()), *self.maps[1:])

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return _plain_eq(dict(self.items()), other)


class UserDict:
    def __init__(self, dict=None, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), "__missing__"):
            return self.__missing__(key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def update(self, other=(), **kwargs):
        if isinstance(other, (dict, UserDict)):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def pop(self, key, *default):
        return self.data.pop(key, *default)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def copy(self):
        c = type(self)()
        c.data = self.data.copy()
        return c

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        return self.data == other


class UserList(list):
    def __init__(self, initlist=None):
        super().__init__(initlist or ())

    @property
    def data(self):
        return self


class UserString:
    def __init__(self, seq):
        self.data = str(seq)

    def __str__(self):
        return self.data

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __eq__(self, other):
        if isinstance(other, UserString):
            other = other.data
        return self.data == other

    def __getattr__(self, name):
        return getattr(self.data, name)
