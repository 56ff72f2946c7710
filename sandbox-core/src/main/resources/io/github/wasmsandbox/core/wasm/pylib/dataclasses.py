# dataclasses for the sandbox. The guest keeps no class annotations, so field names and order
# come from the class's source text (see _classsource); when that is unavailable or ambiguous
# the decorator raises NotImplementedError instead of guessing. Methods are generic closures
# over the field list rather than exec'd source, to keep import and decoration cheap.
from _argbind import bind as _bind

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return "dataclasses.InitVar[%r]" % (self.type,)


class _InitVarForm:
    def __getitem__(self, t):
        return InitVar(t)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = "_FIELD"

    def __repr__(self):
        return ("Field(name=%r,type=%s,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r,_field_type=%s)" % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return _FIELDS in cls.__dict__ or any(is_dataclass(b) for b in cls.__bases__
                                         if b is not object)


def _class_fields(cls):
    for c in _chain(cls):
        d = c.__dict__.get(_FIELDS)
        if d is not None:
            return d
    return None


def _chain(cls):
    out = [cls]
    for b in cls.__bases__:
        if b is not object:
            out.extend(_chain(b))
    return out


def fields(class_or_instance):
    cls = class_or_instance if isinstance(class_or_instance, type) else type(class_or_instance)
    d = _class_fields(cls)
    if d is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(f for f in d.values() if f._field_type == "_FIELD")


def _strip_typing(ann):
    for prefix in ("typing.", "t."):
        if ann.startswith(prefix):
            return ann[len(prefix):]
    if ann.startswith("dataclasses."):
        return ann[len("dataclasses."):]
    return ann


def _process(cls, specs, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if kw_only or slots:
        raise NotImplementedError("dataclasses.dataclass(%s=True) is not supported in the sandbox"
                                  % ("kw_only" if kw_only else "slots"))
    all_fields = {}
    for b in reversed(cls.__bases__):
        if b is object:
            continue
        bf = _class_fields(b)
        if bf:
            for f in bf.values():
                all_fields[f.name] = f
    d = cls.__dict__
    own = {}
    for name, ann, has_default in specs:
        a = _strip_typing(ann.strip())
        if a.startswith("ClassVar"):
            continue
        if a.startswith("InitVar"):
            raise NotImplementedError("dataclasses.InitVar is not supported in the sandbox")
        if a == "KW_ONLY":
            raise NotImplementedError("dataclasses.KW_ONLY is not supported in the sandbox")
        value = d[name] if has_default else MISSING
        if isinstance(value, Field):
            f = value
        else:
            f = Field(value, MISSING, True, True, None, True, None, MISSING)
        f.name = name
        f.type = ann
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError("mutable default %r for field %s is not allowed: use default_factory"
                             % (type(f.default), name))
        if isinstance(value, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except (AttributeError, TypeError):
                    pass
            else:
                setattr(cls, name, f.default)
        own[name] = f
    for name, f in own.items():
        all_fields[name] = f
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, "__dataclass_params__", (init, repr_, eq, order, unsafe_hash, frozen))
    flist = [f for f in all_fields.values() if f._field_type == "_FIELD"]
    init_fields = [f for f in flist if f.init]
    seen_default = None
    for f in init_fields:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default is not None:
                raise TypeError("non-default argument %r follows default argument" % f.name)
        else:
            seen_default = f
    if init and "__init__" not in d:
        setattr(cls, "__init__", _make_init(cls, flist, init_fields, frozen))
    if repr_ and "__repr__" not in d:
        setattr(cls, "__repr__", _make_repr(flist))
    if eq and "__eq__" not in d:
        cmp_names = tuple(f.name for f in flist if f.compare)

        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, cmp_names) == _values(other, cmp_names)
            return NotImplemented
        setattr(cls, "__eq__", __eq__)
    if order:
        cmp_names = tuple(f.name for f in flist if f.compare)
        for opname, op in (("__lt__", _lt), ("__le__", _le), ("__gt__", _gt), ("__ge__", _ge)):
            if opname in d:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (opname, cls.__name__))
            setattr(cls, opname, _make_cmp(op, cmp_names))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot assign to field %r" % (name,))
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot delete field %r" % (name,))
            object.__delattr__(self, name)
        setattr(cls, "__setattr__", __setattr__)
        setattr(cls, "__delattr__", __delattr__)
    if (eq and frozen) or unsafe_hash:
        hash_names = tuple(f.name for f in flist
                           if (f.compare if f.hash is None else f.hash))

        def __hash__(self):
            return hash(_values(self, hash_names))
        setattr(cls, "__hash__", __hash__)
    if match_args and "__match_args__" not in d:
        # as CPython: the __init__ parameters that are not keyword-only, in order
        setattr(cls, "__match_args__", tuple(f.name for f in init_fields if f.kw_only is not True))
    return cls


def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _make_cmp(op, names):
    def cmp(self, other):
        if other.__class__ is self.__class__:
            return op(_values(self, names), _values(other, names))
        return NotImplemented
    return cmp


def _make_init(cls, flist, init_fields, frozen):
    qual = cls.__name__ + ".__init__"
    names = [f.name for f in init_fields]
    defaults = {}
    factories = {}
    for f in init_fields:
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = _FACTORY
            factories[f.name] = f.default_factory
    others = [f for f in flist if not f.init]
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        values = _bind(qual, names, defaults, args, kwargs)
        for i in range(len(names)):
            v = values[i]
            if v is _FACTORY:
                v = factories[names[i]]()
            setter(self, names[i], v)
        for f in others:
            if f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                setter(self, f.name, f.default)
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post()
    return __init__


class _FactoryMarker:
    pass


_FACTORY = _FactoryMarker()


def _make_repr(flist):
    names = [f.name for f in flist if f.repr]

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(
            [n + "=" + repr(getattr(self, n)) for n in names]) + ")"
    return __repr__


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        from _classsource import class_fields
        specs = class_fields(cls, "dataclasses.dataclass")
        return _process(cls, specs, init, repr, eq, order, unsafe_hash, frozen, match_args,
                        kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    ns = dict(namespace or {})
    specs = []
    for item in fields:
        if isinstance(item, str):
            name, tp, spec = item, "typing.Any", MISSING
        elif len(item) == 2:
            (name, tp), spec = item, MISSING
        else:
            name, tp, spec = item
        if spec is not MISSING:
            ns[name] = spec
        specs.append((name, tp if isinstance(tp, str) else getattr(tp, "__name__", repr_(tp)),
                      spec is not MISSING))
    cls = type(cls_name, tuple(bases) or (object,), ns)
    return _process(cls, specs, init, repr, eq, order, unsafe_hash, frozen, match_args,
                    kw_only, slots)


repr_ = repr


def _asdict_inner(obj, dict_factory):
    if _class_fields(type(obj)) is not None and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                 for k, v in obj.items()]
        if type(obj) is dict:
            return dict(items)
        if hasattr(obj, "default_factory"):
            out = type(obj)(obj.default_factory)
            for k, v in items:
                out[k] = v
            return out
        return type(obj)(items)
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if _class_fields(type(obj)) is None or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _class_fields(type(obj)) is not None and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                 for k, v in obj.items()]
        if type(obj) is dict:
            return dict(items)
        return type(obj)(items)
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if _class_fields(type(obj)) is None or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, **changes):
    if _class_fields(type(obj)) is None or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified "
                                 "with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
