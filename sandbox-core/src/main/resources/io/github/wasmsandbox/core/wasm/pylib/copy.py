# copy for the sandbox. Guest objects have no __reduce_ex__, so plain instances are copied by
# building a blank instance of the same class and copying its __dict__.


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented))


def _blank(cls):
    return object.__new__(cls)


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) and cls in _atomic or cls is frozenset:
        return x
    if cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if hasattr(x, "__copy__"):
        return x.__copy__()
    if type(x).__name__ == "function":
        return x
    if isinstance(x, tuple):
        return x
    if isinstance(x, (list, dict, set)):
        raise NotImplementedError("copy.copy of a %s subclass is not supported in the sandbox"
                                  % cls.__name__)
    try:
        y = _blank(cls)
    except Exception:
        raise Error("un(shallow)copyable object of type %s" % cls)
    d = getattr(x, "__dict__", None)
    if d:
        for k, v in d.items():
            setattr(y, k, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or cls is frozenset and all(type(e) in _atomic for e in x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for v in x:
            y.add(deepcopy(v, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(v, memo) for v in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif hasattr(x, "__deepcopy__"):
        y = x.__deepcopy__(memo)
    elif type(x).__name__ in ("function", "bound_method", "closure", "generator"):
        return x
    elif isinstance(x, tuple):
        # namedtuple-style subclasses rebuild from their fields.
        y = cls(*[deepcopy(a, memo) for a in x])
    elif isinstance(x, (list, dict, set)):
        raise NotImplementedError("copy.deepcopy of a %s subclass is not supported in the sandbox"
                                  % cls.__name__)
    else:
        try:
            y = _blank(cls)
        except Exception:
            raise Error("un(deep)copyable object of type %s" % cls)
        memo[d] = y
        state = getattr(x, "__dict__", None)
        if state:
            for k, v in state.items():
                setattr(y, k, deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        # Keep x alive for the duration of the copy, as CPython does, so ids are not reused.
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return y


def replace(obj, **changes):
    raise NotImplementedError("copy.replace is not supported in the sandbox")
