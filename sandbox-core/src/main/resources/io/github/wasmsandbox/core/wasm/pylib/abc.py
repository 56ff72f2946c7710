# abc for the sandbox. The guest has no metaclasses or function attributes, so abstract methods
# are remembered in a module-level registry and checked by ABC.__new__ at instantiation.

_abstract = set()


def abstractmethod(funcobj):
    try:
        _abstract.add(funcobj)
    except TypeError:
        pass
    return funcobj


def _is_abstract(obj):
    try:
        if obj in _abstract:
            return True
    except TypeError:
        return False
    # A property hides its getter in the guest (no fget), so abstract properties are not
    # enforced: the known gap of this module.
    return False


def abstractproperty(fget):
    _abstract.add(fget)
    return property(fget)


def abstractclassmethod(func):
    _abstract.add(func)
    return classmethod(func)


def abstractstaticmethod(func):
    _abstract.add(func)
    return staticmethod(func)


def _lookup(cls, name):
    if name in cls.__dict__:
        return cls.__dict__[name], True
    for b in cls.__bases__:
        v, found = _lookup(b, name)
        if found:
            return v, True
    return None, False


def _names(cls, out):
    for k in cls.__dict__:
        if k not in out:
            out.append(k)
    for b in cls.__bases__:
        _names(b, out)
    return out


def _abstract_names(cls):
    missing = []
    for name in _names(cls, []):
        v, _ = _lookup(cls, name)
        if _is_abstract(v):
            missing.append(name)
    missing.sort()
    return missing


class ABC:
    def __new__(cls, *args, **kwargs):
        missing = _abstract_names(cls)
        if missing:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(missing) > 1 else "", ", ".join(missing)))
        return object.__new__(cls)


class ABCMeta(type):
    # Metaclass arguments are rejected by the guest's class statement; kept for imports only.
    pass


def update_abstractmethods(cls):
    return cls


def get_cache_token():
    return 0
