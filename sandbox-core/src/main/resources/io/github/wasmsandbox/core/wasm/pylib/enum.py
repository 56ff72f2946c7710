# enum for the sandbox (CPython 3.11 semantics).
#
# MicroPython has no `metaclass=` and a class whose type is not exactly `type` cannot be a base,
# yet `Color['RED']`, `for c in Color`, `len(Color)` and `Color(1)` need a metaclass. So:
#  * importing this module wraps builtins.__build_class__: a class statement with an enum base
#    first builds an ordinary class from the body (the "plain" class, which holds the user's
#    methods and is what zero-argument super() refers to), then calls EnumType to derive a class
#    from it; that is what the name is bound to.
#  * In MicroPython an instance of a subclass of `type` is a wrapper object around a real class:
#    attributes stored on the real class are seen through the wrapper, class methods and
#    type(member) give the real class. So members and all enum data live on the real class
#    (reached with _real_()), and the real class gets a __new__ doing value lookup, so that
#    type(member)(value) works too. `type(member) is Color` is False here (the one identity CPython
#    has that cannot be reproduced); isinstance/issubclass are exact.
#  * the built-in isinstance/issubclass only accept classes of type exactly `type`, so they are
#    wrapped to map an enum class to its plain class.
# An enum class body that defines __new__ is refused with NotImplementedError: the members have
# to be made by the machinery above.
import builtins
import sys

_isinstance = builtins.isinstance
_issubclass = builtins.issubclass
_build_class = builtins.__build_class__


def _f():
    pass


def _g():
    yield


def _closure_maker():
    x = 1

    def c():
        return x

    return c


_DESCRIPTOR_TYPES = (type(_f), type(_g), type(_closure_maker()), staticmethod, classmethod, property)
del _f, _g, _closure_maker


def _bit_length(n):
    n = -n if n < 0 else n
    return len(bin(n)) - 2 if n else 0


class _MappingProxy(dict):
    # a read-only view shaped like CPython's mappingproxy
    def __repr__(self):
        return 'mappingproxy(' + dict.__repr__(self) + ')'

    def _ro(self, *a, **k):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = _ro


class EnumType(type):
    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not _isinstance(member, Enum._plain_):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'"
                            % type(member).__name__)
        return _isinstance(member, cls._plain_) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if _issubclass(cls._plain_, Flag._plain_):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    __str__ = __repr__

    def __call__(cls, value, names=None, *args, **kwds):
        if names is not None:
            return _functional(cls, value, names, *args, **kwds)
        if args or kwds:
            raise TypeError("%s() takes 2 positional arguments" % cls.__name__)
        return _lookup(cls._real_(), value)


EnumMeta = EnumType


def _new_lookup(cls, value, *args):
    if args:
        raise TypeError("%s() takes 2 positional arguments" % cls.__name__)
    return _lookup(cls, value)


def _lookup(cls, value):
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    result = cls._missing_(value)
    if _isinstance(result, cls._plain_) and type(result) is cls:
        return result
    if result is None:
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))
    raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                    % (cls.__name__, result))


def _make_raw(cls, args):
    # a complete enum's real class looks values up in __new__; take it away to construct
    # (int.__new__ and friends do not exist here)
    new = cls.__dict__.get('__new__')
    if new is not None:
        del cls.__new__
    try:
        return cls(*args)
    finally:
        if new is not None:
            cls.__new__ = new


class auto:
    _next_id = 0

    def __init__(self, value=None):
        if value is not None:
            raise NotImplementedError("enum.auto(value) is not supported in the sandbox")
        self._resolved = False
        self.value = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    def _op(self, fn, other, swap):
        return _AutoExpr(fn, other, self) if swap else _AutoExpr(fn, self, other)

    def __or__(self, o):
        return self._op(_or, o, False)

    def __ror__(self, o):
        return self._op(_or, o, True)

    def __and__(self, o):
        return self._op(_and, o, False)

    def __rand__(self, o):
        return self._op(_and, o, True)

    def __xor__(self, o):
        return self._op(_xor, o, False)

    def __rxor__(self, o):
        return self._op(_xor, o, True)

    def __add__(self, o):
        return self._op(_add, o, False)

    def __radd__(self, o):
        return self._op(_add, o, True)


def _or(a, b):
    return a | b


def _and(a, b):
    return a & b


def _xor(a, b):
    return a ^ b


def _add(a, b):
    return a + b


class _AutoExpr(auto):
    # an operation on not-yet-numbered auto() values inside a class body (e.g. RW = R | W)
    def __init__(self, fn, a, b):
        self.fn, self.a, self.b = fn, a, b

    def _eval(self):
        a, b = self.a, self.b
        if _isinstance(a, auto):
            a = _resolve_expr(a)
        if _isinstance(b, auto):
            b = _resolve_expr(b)
        return self.fn(a, b)


def _resolve_expr(x):
    if type(x) is _AutoExpr:
        return x._eval()
    if not x._resolved:
        raise NotImplementedError("enum.auto used before its member is defined in the sandbox")
    return x.value


def _is_member_name(name, value):
    if name[:2] == '__' and name[-2:] == '__':
        return False
    if len(name) > 2 and name[0] == '_' and name[-1] == '_' and name[1] != '_' and name[-2] != '_':
        return False
    if _isinstance(value, _DESCRIPTOR_TYPES):
        return False
    t = type(value)
    for k in ('__get__', '__set__', '__delete__'):
        if getattr(t, k, None) is not None:
            return False
    return True


def _mixin_of(plain):
    # the first built-in data type among the bases (int, str, float...), or None
    stack = [plain]
    seen = []
    while stack:
        c = stack.pop(0)
        if c in seen:
            continue
        seen.append(c)
        for b in c.__bases__:
            if b is object:
                continue
            if b in (int, str, float, bytes, tuple, bool):
                return b
            stack.append(b)
    return None


def _new_enum(name, plain):
    wrapper = EnumType(name, (plain,), {})
    cls = wrapper._real_()
    cls._plain_ = plain
    cls._wrapper_ = wrapper
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls.__members__ = _MappingProxy()
    return wrapper


def _finish(wrapper, body):
    cls = wrapper._real_()
    plain = cls._plain_
    c = plain
    while c is not object:
        if '__new__' in c.__dict__:
            raise NotImplementedError("enum.Enum with a custom __new__ is not supported in the sandbox")
        c = c.__bases__[0] if c.__bases__ else object
    is_flag = _issubclass(plain, Flag._plain_)
    ignore = body.get('_ignore_', ())
    if _isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    gen = plain._generate_next_value_
    names = cls._member_names_
    mmap = cls._member_map_
    vmap = cls._value2member_map_
    last_values = []
    mixin = _mixin_of(plain)
    flag_mask = 0
    for key, value in body.items():
        if key in ignore or key == '_ignore_' or not _is_member_name(key, value):
            continue
        if _isinstance(value, auto):
            if type(value) is _AutoExpr:
                value = value._eval()
            else:
                v = gen(key, 1, len(names), last_values[:])
                value.value = v
                value._resolved = True
                value = v
        last_values.append(value)
        args = value if type(value) is tuple else (value,)
        if mixin is None:
            args = () if not _has_own_init(plain) else args
        existing = None
        try:
            existing = vmap.get(value)
        except TypeError:
            for m in mmap.values():
                if m._value_ == value:
                    existing = m
                    break
        if existing is None:
            for m in mmap.values():
                if m._value_ == value:
                    existing = m
                    break
        if existing is not None:
            mmap[key] = existing
            setattr(cls, key, existing)
            continue
        member = _make_raw(cls, args)
        member._name_ = member.name = key
        member._value_ = member.value = value
        if is_flag:
            if not _isinstance(value, int):
                raise TypeError("flag values must be integers")
            flag_mask |= value
            single = value and not (value & (value - 1))
            if single:
                names.append(key)
        else:
            names.append(key)
        mmap[key] = member
        try:
            vmap[value] = member
        except TypeError:
            pass
        setattr(cls, key, member)
    if is_flag:
        cls._flag_mask_ = flag_mask
        # CPython also iterates multi-bit members when no single-bit member covers them
        covered = 0
        for n in names:
            covered |= mmap[n]._value_
        for key, m in mmap.items():
            if m._name_ == key and key not in names and m._value_ & ~covered:
                names.append(key)
        names.sort(key=lambda n: mmap[n]._value_)
    _fix_mixin_dunders(cls, plain, mixin)
    _bind_classmethods(cls, plain, wrapper)
    if _has_own_init(plain):
        cls.__init__ = _noop_init
    cls.__members__ = _MappingProxy(mmap)
    if mmap:
        cls.__new__ = _new_lookup
    return wrapper


def _python_mro(c, out):
    if c not in out and c is not object and c not in (int, str, float, bytes, tuple, bool):
        out.append(c)
        for b in c.__bases__:
            _python_mro(b, out)
    return out


def _fix_mixin_dunders(cls, plain, mixin):
    # MicroPython finds a built-in base's native repr/str before the enum's ones; CPython's enum
    # puts the enum's versions in place for data-type mixins
    if mixin is None:
        return
    chain = _python_mro(plain, [])
    for name in ('__repr__', '__str__', '__format__'):
        for c in chain:
            if name in c.__dict__:
                setattr(cls, name, c.__dict__[name])
                break


def _has_own_init(plain):
    c = plain
    while c is not object:
        if '__init__' in c.__dict__ and c not in _BASE_PLAINS:
            return True
        c = c.__bases__[0] if c.__bases__ else object
    return False


def _noop_init(self, *args, **kwds):
    pass


def _enum_build_class(func, name, *bases, **kw):
    if bases and not kw:
        typing = sys.modules.get("typing")
        # (typing itself defines classes while it is being imported: it may lack the name yet)
        if typing is not None and bases[0] is getattr(typing, "NamedTuple", None) and len(bases) == 1:
            return typing._namedtuple_class(_build_class, func, name)
    is_enum = False
    real = []
    for b in bases:
        if type(b) is not type and _isinstance(b, EnumType):
            if b._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (name, b))
            real.append(b._plain_)
            is_enum = True
        else:
            if type(b) is type and Enum is not None and _issubclass(b, Enum._plain_):
                is_enum = True
            real.append(b)
    if not is_enum:
        return _build_class(func, name, *bases, **kw)
    if kw:
        raise NotImplementedError("enum class keywords are not supported in the sandbox")
    # class methods of the body are recorded so that they can be bound to the enum class itself
    # (MicroPython would bind them to the real class, which is not iterable or subscriptable)
    builtins.classmethod = _recording_classmethod
    try:
        plain = _build_class(func, name, *real)
    finally:
        builtins.classmethod = _classmethod
    return _finish(_new_enum(name, plain), plain.__dict__)


_classmethod = classmethod
_CM_FUNCS = []


def _recording_classmethod(fn):
    cm = _classmethod(fn)
    _CM_FUNCS.append((cm, fn))
    return cm


def _bind_classmethods(cls, plain, wrapper):
    done = []
    for c in _python_mro(plain, []):
        if c in _BASE_PLAINS:
            continue
        for name, v in c.__dict__.items():
            if type(v) is not _classmethod or name in done:
                continue
            done.append(name)
            for cm, fn in _CM_FUNCS:
                if cm is v:
                    setattr(cls, name, staticmethod(_bound(fn, wrapper)))
                    break


def _bound(fn, wrapper):
    def call(*args, **kwds):
        return fn(wrapper, *args, **kwds)
    return call


def _unwrap(c):
    if type(c) is type:
        return c
    if type(c) is tuple:
        return tuple([_unwrap(x) for x in c])
    if _isinstance(c, EnumType):
        return c._plain_
    return c


def isinstance(obj, classinfo):
    if type(classinfo) is type:
        return _isinstance(obj, classinfo)
    return _isinstance(obj, _unwrap(classinfo))


def issubclass(cls, classinfo):
    return _issubclass(_unwrap(cls), _unwrap(classinfo))


def _functional(base, name, names, module=None, qualname=None, type=None, start=1, boundary=None):
    if base._member_names_:
        raise TypeError("%r cannot extend %r" % (name, base))
    if _isinstance(names, str):
        names = names.replace(',', ' ').split()
    items = []
    if _isinstance(names, dict):
        items = list(names.items())
    else:
        names = list(names)
        if names and _isinstance(names[0], str):
            gen = base._plain_._generate_next_value_
            last = []
            for i, n in enumerate(names):
                v = gen(n, start, i, last[:])
                last.append(v)
                items.append((n, v))
        else:
            items = [tuple(x) for x in names]
    bases = (type, base._plain_) if type is not None else (base._plain_,)
    body = {}
    for k, v in items:
        body[k] = v
    plain = builtins.type(name, bases, body)
    return _finish(_new_enum(name, plain), body)


class _EnumPlain:
    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _real_(cls):
        return cls

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            ordered = sorted(last_values)
            if last == ordered[-1]:
                return last + 1
        except TypeError:
            ordered = last_values
        for v in reversed(ordered):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        raise NotImplementedError("enum pickling is not supported in the sandbox")


def _n(o):
    # MicroPython cannot combine an int with an int-subclass instance natively
    if _isinstance(o, int) and type(o) is not int and type(o) is not bool:
        return int(o)
    return o


class _IntOps:
    # arithmetic and comparisons of int members, which MicroPython's int subclasses lack
    def __eq__(self, o):
        return int(self) == _n(o)

    def __ne__(self, o):
        return int(self) != _n(o)

    def __hash__(self):
        return hash(int(self))

    def __lt__(self, o):
        return int(self) < _n(o)

    def __le__(self, o):
        return int(self) <= _n(o)

    def __gt__(self, o):
        return int(self) > _n(o)

    def __ge__(self, o):
        return int(self) >= _n(o)

    def __add__(self, o):
        return int(self) + _n(o)

    def __radd__(self, o):
        return _n(o) + int(self)

    def __sub__(self, o):
        return int(self) - _n(o)

    def __rsub__(self, o):
        return _n(o) - int(self)

    def __mul__(self, o):
        return int(self) * _n(o)

    def __rmul__(self, o):
        return _n(o) * int(self)

    def __truediv__(self, o):
        return int(self) / _n(o)

    def __rtruediv__(self, o):
        return _n(o) / int(self)

    def __floordiv__(self, o):
        return int(self) // _n(o)

    def __rfloordiv__(self, o):
        return _n(o) // int(self)

    def __mod__(self, o):
        return int(self) % _n(o)

    def __rmod__(self, o):
        return _n(o) % int(self)

    def __pow__(self, o):
        return int(self) ** _n(o)

    def __rpow__(self, o):
        return _n(o) ** int(self)

    def __lshift__(self, o):
        return int(self) << _n(o)

    def __rshift__(self, o):
        return int(self) >> _n(o)

    def __neg__(self):
        return -int(self)

    def __pos__(self):
        return int(self)

    def __abs__(self):
        return abs(int(self))

    def __index__(self):
        return int(self)

    def __bool__(self):
        return int(self) != 0

    def __str__(self):
        return str(int(self))

    def __format__(self, spec):
        return format(int(self), spec)


class _IntEnumPlain(_IntOps, int, _EnumPlain):
    pass


class _StrEnumPlain(str, _EnumPlain):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


def _flag_pseudo(cls, value):
    # a combination of members with no name of its own, made once and kept like CPython
    cls = cls._real_()
    m = _make_raw(cls, (value,) if _mixin_of(cls._plain_) is not None else ())
    found = []
    rest = value
    for n in cls._member_names_:
        mv = cls._member_map_[n]._value_
        if mv & value == mv and mv:
            found.append(n)
            rest &= ~mv
    name = None
    if found:
        name = '|'.join(found)
        if rest:
            name += '|' + str(rest)
    m._name_ = m.name = name
    m._value_ = m.value = value
    cls._value2member_map_[value] = m
    return m


def _flag_bin(num, width):
    digits = bin(num)[2:] if num else ''
    digits = ('0' * width + digits)[-width:] if len(digits) < width else digits
    return '0b0 ' + digits


class _FlagPlain(_EnumPlain):
    _keep_ = False

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** _bit_length(last)

    @classmethod
    def _missing_(cls, value):
        cls = cls._real_()
        if not _isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__))
        mask = cls._flag_mask_
        if value < 0 or (value & ~mask and not cls._keep_):
            if value < 0 or not cls._keep_:
                w = max(_bit_length(value), _bit_length(mask))
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls._wrapper_, value, _flag_bin(value, w), _flag_bin(mask, w)))
        return _flag_pseudo(cls, value)

    def _other(self, o):
        if type(o) is type(self):
            return o._value_
        return None

    def __or__(self, o):
        v = self._other(o)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, o):
        v = self._other(o)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, o):
        v = self._other(o)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        return cls(cls._flag_mask_ & ~self._value_)

    def __contains__(self, other):
        if type(other) is not type(self):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__name__, type(self).__name__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _members_in(self):
        cls = type(self)
        out = []
        for n in cls._member_names_:
            m = cls._member_map_[n]
            if m._value_ and m._value_ & self._value_ == m._value_ and not (m._value_ & (m._value_ - 1)):
                out.append(m)
        return out

    def __iter__(self):
        return iter(self._members_in())

    def __len__(self):
        return len(self._members_in())

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)


class _IntFlagPlain(_IntOps, int, _FlagPlain):
    _keep_ = True

    def _other(self, o):
        if _isinstance(o, int):
            return int(o)
        return None

    def __or__(self, o):
        v = self._other(o)
        if v is None:
            return NotImplemented
        return type(self)(int(self) | v)

    def __and__(self, o):
        v = self._other(o)
        if v is None:
            return NotImplemented
        return type(self)(int(self) & v)

    def __xor__(self, o):
        v = self._other(o)
        if v is None:
            return NotImplemented
        return type(self)(int(self) ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        return cls(cls._flag_mask_ & ~int(self))

    def __bool__(self):
        return int(self) != 0

    __str__ = _IntOps.__str__
    __format__ = _IntOps.__format__
    # MicroPython would find the native int's (missing) slots first
    __contains__ = _FlagPlain.__contains__
    __iter__ = _FlagPlain.__iter__
    __len__ = _FlagPlain.__len__


_BASE_PLAINS = (_EnumPlain, _IntEnumPlain, _StrEnumPlain, _FlagPlain, _IntFlagPlain)

Enum = None
Enum = _new_enum('Enum', _EnumPlain)
ReprEnum = Enum
IntEnum = _new_enum('IntEnum', _IntEnumPlain)
StrEnum = _new_enum('StrEnum', _StrEnumPlain)
Flag = _new_enum('Flag', _FlagPlain)
IntFlag = _new_enum('IntFlag', _IntFlagPlain)
for _c in (Enum, IntEnum, StrEnum, Flag, IntFlag):
    _c._real_()._flag_mask_ = 0
del _c


def unique(enumeration):
    dups = [(n, m._name_) for n, m in enumeration._member_map_.items() if n != m._name_]
    if dups:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(['%s -> %s' % d for d in dups])))
    return enumeration


builtins.__build_class__ = _enum_build_class
builtins.isinstance = isinstance
builtins.issubclass = issubclass
