# typing for the sandbox. MicroPython drops annotations at compile time, so this module only has
# to make annotation-time names importable and subscriptable at runtime, with CPython's reprs.
# Types cannot be subscripted in MicroPython (no __class_getitem__), so the aliases are objects.

TYPE_CHECKING = False

_NoneType = type(None)


def _unsupported(what):
    return NotImplementedError("typing." + what + " is not supported in the sandbox")


def _type_repr(obj):
    if isinstance(obj, type):
        if obj is _NoneType:
            return "NoneType"
        mod = getattr(obj, "__module__", "builtins")
        if mod == "builtins" or mod is None:
            return obj.__name__
        return mod + "." + getattr(obj, "__qualname__", obj.__name__)
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _conv(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and other.__forward_arg__ == self.__forward_arg__

    def __hash__(self):
        return hash(("ForwardRef", self.__forward_arg__))


_INSTANTIABLE = ("DefaultDict", "OrderedDict", "Counter", "Deque", "ChainMap")


class _GenericAlias:
    def __init__(self, name, origin, args, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._nparams = nparams

    def __repr__(self):
        if self._name == "Callable" and len(self.__args__) >= 1 and self.__args__[0] is not ...:
            params = self.__args__[:-1]
            return "typing.Callable[[%s], %s]" % (
                ", ".join(_type_repr(a) for a in params), _type_repr(self.__args__[-1]))
        if self._name == "Tuple" and self.__args__ == ():
            return "typing.Tuple[()]"
        if self._name in ("Literal", "Annotated"):
            first = _type_repr(self.__args__[0]) if self._name == "Annotated" else repr(self.__args__[0])
            rest = ", ".join(repr(a) for a in self.__args__[1:])
            return "typing.%s[%s]" % (self._name, first + (", " + rest if rest else ""))
        if self._name == "Union":
            args = self.__args__
            if len(args) == 2 and _NoneType in args:
                other = args[0] if args[1] is _NoneType else args[1]
                return "typing.Optional[%s]" % _type_repr(other)
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        if self.__origin__ is Union:
            return hash((Union, frozenset(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if self._name in _INSTANTIABLE:
            return origin(*args, **kwargs)
        raise TypeError("Type %s cannot be instantiated; use %s() instead"
                        % (self._name, getattr(origin, "__name__", self._name)))

    def __getitem__(self, params):
        # Substituting TypeVars (List[T][int]) is rare in scripts; refuse rather than guess.
        raise _unsupported("generic alias substitution")


class _SpecialAlias:
    # Bare names such as typing.List: subscriptable, not instantiable.
    def __init__(self, name, origin, nparams):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                params = (..., _conv(result))
            else:
                params = tuple(_conv(a) for a in args) + (_conv(result),)
            return _GenericAlias(name, self.__origin__, params)
        params = tuple(_conv(p) for p in params)
        n = self._nparams
        if n >= 0 and name != "Tuple" and len(params) != n:
            raise TypeError("Too %s arguments for typing.%s; actual %d, expected %d"
                            % ("many" if len(params) > n else "few", name, len(params), n))
        return _GenericAlias(name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        raise TypeError("Type %s cannot be instantiated; use %s() instead"
                        % (self._name, getattr(origin, "__name__", self._name)))

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError("typing.%s is not a generic class" % self._name)
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.%s" % self._name)

    def __hash__(self):
        return hash(self._name)


def _flatten_union(params):
    out = []
    for p in params:
        p = _conv(p)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (p,)
        for it in items:
            if it not in out:
                out.append(it)
    return out


def _union_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    args = _flatten_union(params)
    if len(args) == 1:
        return args[0]
    return _GenericAlias("Union", Union, tuple(args))


def _optional_getitem(self, params):
    if isinstance(params, tuple):
        raise TypeError("typing.Optional requires a single type.")
    return _union_getitem(Union, (params, None))


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    uniq = []
    for p in params:
        if p not in uniq:
            uniq.append(p)
    return _GenericAlias("Literal", Literal, tuple(uniq))


def _wrap_one(self, params):
    if isinstance(params, tuple):
        raise TypeError("typing.%s accepts only single type." % self._name)
    return _GenericAlias(self._name, self, (_conv(params),))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _GenericAlias("Annotated", Annotated, (_conv(params[0]),) + params[1:])


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Final = _SpecialForm("Final", _wrap_one)
ClassVar = _SpecialForm("ClassVar", _wrap_one)
TypeGuard = _SpecialForm("TypeGuard", _wrap_one)
Required = _SpecialForm("Required", _wrap_one)
NotRequired = _SpecialForm("NotRequired", _wrap_one)
Annotated = _SpecialForm("Annotated", _annotated_getitem)


def _abc(name):
    # Stand-in origin for the collections.abc classes, which this sandbox does not model.
    return type(name, (), {})


List = _SpecialAlias("List", list, 1)
Dict = _SpecialAlias("Dict", dict, 2)
Set = _SpecialAlias("Set", set, 1)
FrozenSet = _SpecialAlias("FrozenSet", frozenset, 1)
Tuple = _SpecialAlias("Tuple", tuple, -1)
Type = _SpecialAlias("Type", type, 1)
Callable = _SpecialAlias("Callable", _abc("Callable"), -1)
Iterable = _SpecialAlias("Iterable", _abc("Iterable"), 1)
Iterator = _SpecialAlias("Iterator", _abc("Iterator"), 1)
Generator = _SpecialAlias("Generator", _abc("Generator"), 3)
AsyncIterator = _SpecialAlias("AsyncIterator", _abc("AsyncIterator"), 1)
AsyncIterable = _SpecialAlias("AsyncIterable", _abc("AsyncIterable"), 1)
AsyncGenerator = _SpecialAlias("AsyncGenerator", _abc("AsyncGenerator"), 2)
Awaitable = _SpecialAlias("Awaitable", _abc("Awaitable"), 1)
Coroutine = _SpecialAlias("Coroutine", _abc("Coroutine"), 3)
Reversible = _SpecialAlias("Reversible", _abc("Reversible"), 1)
Container = _SpecialAlias("Container", _abc("Container"), 1)
Collection = _SpecialAlias("Collection", _abc("Collection"), 1)
Sequence = _SpecialAlias("Sequence", _abc("Sequence"), 1)
MutableSequence = _SpecialAlias("MutableSequence", _abc("MutableSequence"), 1)
Mapping = _SpecialAlias("Mapping", _abc("Mapping"), 2)
MutableMapping = _SpecialAlias("MutableMapping", _abc("MutableMapping"), 2)
AbstractSet = _SpecialAlias("AbstractSet", _abc("Set"), 1)
MutableSet = _SpecialAlias("MutableSet", _abc("MutableSet"), 1)
KeysView = _SpecialAlias("KeysView", _abc("KeysView"), 1)
ValuesView = _SpecialAlias("ValuesView", _abc("ValuesView"), 1)
ItemsView = _SpecialAlias("ItemsView", _abc("ItemsView"), 2)
MappingView = _SpecialAlias("MappingView", _abc("MappingView"), 1)
Hashable = _SpecialAlias("Hashable", _abc("Hashable"), 0)
Sized = _SpecialAlias("Sized", _abc("Sized"), 0)
ContextManager = _SpecialAlias("ContextManager", _abc("AbstractContextManager"), 1)
AsyncContextManager = _SpecialAlias("AsyncContextManager", _abc("AbstractAsyncContextManager"), 1)
Pattern = _SpecialAlias("Pattern", _abc("Pattern"), 1)
Match = _SpecialAlias("Match", _abc("Match"), 1)
IO = _SpecialAlias("IO", _abc("IO"), 1)
TextIO = _abc("TextIO")
BinaryIO = _abc("BinaryIO")
Text = str
ByteString = _SpecialAlias("ByteString", bytes, 0)
SupportsInt = _abc("SupportsInt")
SupportsFloat = _abc("SupportsFloat")
SupportsAbs = _abc("SupportsAbs")
SupportsIndex = _abc("SupportsIndex")
SupportsRound = _abc("SupportsRound")


def _lazy_origin(modname, attr):
    def get():
        mod = __import__(modname)
        return getattr(mod, attr)
    return get


class _LazyAlias(_SpecialAlias):
    # collections is heavy; only import it when the alias is really used.
    def __init__(self, name, loader, nparams):
        self._name = name
        self._loader = loader
        self._nparams = nparams

    @property
    def __origin__(self):
        return self._loader()

    def __call__(self, *args, **kwargs):
        return self._loader()(*args, **kwargs)


DefaultDict = _LazyAlias("DefaultDict", _lazy_origin("collections", "defaultdict"), 2)
OrderedDict = _LazyAlias("OrderedDict", _lazy_origin("collections", "OrderedDict"), 2)
Counter = _LazyAlias("Counter", _lazy_origin("collections", "Counter"), 1)
Deque = _LazyAlias("Deque", _lazy_origin("collections", "deque"), 1)
ChainMap = _LazyAlias("ChainMap", _lazy_origin("collections", "ChainMap"), 2)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _conv(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class _GenericBase:
    pass


class _GenericForm(_SpecialForm):
    # Generic[T] has to be a base class, but classes cannot be subscripted here, so the
    # subscription yields the real base class.
    def __getitem__(self, params):
        return _GenericBase

    def __repr__(self):
        return "<class 'typing.Generic'>"


Generic = _GenericForm("Generic")


class Protocol:
    pass


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    sys.stderr.write("Runtime type is %r\n" % (type(obj).__name__,))
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def override(f):
    return f


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # MicroPython discards annotations when compiling; there is nothing to read back.
    raise _unsupported("get_type_hints")


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        o = tp.__origin__
        return o
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == "Callable" and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return ()


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __call__(self, x):
        return x

    def __repr__(self):
        return self.__module__ + "." + self.__name__


def _typeddict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)


class TypedDict:
    # Class syntax: instances are plain dicts, as in CPython. Functional syntax goes through
    # __new__ too, hence the shape check.
    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            if len(args) >= 1 and isinstance(args[0], str):
                name = args[0]
                return type(name, (TypedDict,), {})
            raise TypeError("TypedDict takes a name and a dict of fields")
        return dict(*args, **kwargs)


def _namedtuple_class(build, func, name, feature="typing.NamedTuple"):
    # The class form, `class P(NamedTuple): x: int; y: int = 0`, reached through the class
    # statement hook (enum installs it): the body runs as a plain class first, the fields come from
    # its source text (MicroPython keeps no annotations), then the namedtuple is built and the
    # body's methods and attributes are put on a subclass of it, as CPython's result behaves.
    import collections
    from _classsource import class_fields
    plain = build(func, name)
    specs = class_fields(plain, feature)
    names = [spec[0] for spec in specs]
    defaults = []
    for field, _, has_default in specs:
        if has_default:
            defaults.append(getattr(plain, field))
        elif defaults:
            raise TypeError("Non-default namedtuple field %s cannot follow default field %s"
                            % (field, [n for n, _, d in specs if d][-1]))
    base = collections.namedtuple(name, names, defaults=defaults or None)
    namespace = {}
    for key in dir(plain):
        if key in names or key in ("__dict__", "__module__", "__qualname__", "__weakref__",
                                   "__class__", "__doc__", "__init__", "__new__"):
            continue
        if key.startswith("__") and key.endswith("__") and key not in plain.__dict__:
            continue
        namespace[key] = getattr(plain, key) if key not in plain.__dict__ else plain.__dict__[key]
    return type(name, (base,), namespace)


def NamedTuple(typename, fields=None, **kwargs):
    # The functional form; the class form goes through _namedtuple_class.
    import collections
    if fields is None:
        fields = list(kwargs.items())
    return collections.namedtuple(typename, [f[0] for f in fields])
