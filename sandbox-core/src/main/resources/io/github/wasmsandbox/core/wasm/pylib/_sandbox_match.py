# The runtime half of CPython 3.11's match statement, which MicroPython lacks: the source rewriter
# turns each `case PATTERN [if GUARD]:` into
#     (_sandbox_b := _sandbox_match(subject, SPEC, N)) is not None and <bindings> and (GUARD)
# where SPEC is a tuple tree (values already evaluated):
#     ('_',)                          wildcard
#     ('=', slot)                     capture into slot
#     ('v', value)                    literal or value pattern (None, True, False by identity)
#     ('|', (p1, p2, ...))            or-pattern, first matching alternative wins
#     ('as', p, slot)                 p, then bind the subject
#     ('seq', (p1, ...), star)        sequence pattern; star is the index of ('*', slot) or -1
#     ('*', slot)                     the starred sub-pattern (slot -1 for *_), binds a list
#     ('map', ((key, p), ...), rest)  mapping pattern; rest is the **rest slot or -1
#     ('cls', cls, (p, ...), (('attr', p), ...))   class pattern
# and the result is a list of N bound values (unbound slots None), or None when nothing matched.
import builtins

# the built-ins whose single positional sub-pattern matches the subject itself
_SELF = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)
_NOT_SEQ = (str, bytes, bytearray)
_missing = object()
_abc = []


def _abcs():
    # (sequence types, mapping types, Sequence, Mapping) from the library, imported once
    if not _abc:
        import collections
        import collections.abc as cabc
        seq = [memoryview, collections.deque, cabc.Sequence]
        if hasattr(collections, 'UserString'):
            seq.append(collections.UserString)
        try:
            import array
            seq.append(array.array)
        except ImportError:
            pass
        mapping = [dict, cabc.Mapping]
        if hasattr(collections, 'UserDict'):
            mapping.append(collections.UserDict)
        _abc.extend((tuple(seq), tuple(mapping), cabc.Sequence, cabc.Mapping))
    return _abc


def _is_seq(s):
    t = type(s)
    if t is list or t is tuple or t is range:
        return True
    if isinstance(s, _NOT_SEQ):
        return False
    return isinstance(s, (list, tuple, range)) or isinstance(s, _abcs()[0])


def _is_map(s):
    return type(s) is dict or isinstance(s, _abcs()[1])


def _isinstance(s, cls):
    if isinstance(s, cls):
        return True
    # MicroPython's bool is not an int subclass; CPython's is
    if type(s) is bool:
        return cls is int or cls is object
    if cls is _abcs()[2]:
        return _is_seq(s)
    if cls is _abc[3]:
        return _is_map(s)
    return False


def match(subject, pattern, nslots):
    """The list of nslots values bound by pattern matching subject, or None."""
    b = [None] * nslots
    return b if _m(subject, pattern, b) else None


def _m(s, p, b):
    k = p[0]
    if k == '=':
        b[p[1]] = s
        return True
    if k == 'v':
        v = p[1]
        if v is None or v is True or v is False:
            return s is v
        return s == v
    if k == '_':
        return True
    if k == 'seq':
        return _seq(s, p[1], p[2], b)
    if k == 'cls':
        return _cls(s, p[1], p[2], p[3], b)
    if k == 'map':
        return _map(s, p[1], p[2], b)
    if k == '|':
        saved = b[:]
        for alt in p[1]:
            if _m(s, alt, b):
                return True
            b[:] = saved
        return False
    if k == 'as':
        if _m(s, p[1], b):
            b[p[2]] = s
            return True
        return False
    raise ValueError("unknown match pattern %r" % (k,))


def _seq(s, pats, star, b):
    if not _is_seq(s):
        return False
    n = len(s)
    np = len(pats)
    t = type(s)
    items = s if t is list or t is tuple else list(s)
    if star < 0:
        if n != np:
            return False
        for i in range(np):
            if not _m(items[i], pats[i], b):
                return False
        return True
    if n < np - 1:
        return False
    for i in range(star):
        if not _m(items[i], pats[i], b):
            return False
    tail = np - 1 - star
    slot = pats[star][1]
    if slot >= 0:
        b[slot] = list(items[star:n - tail])
    for j in range(tail):
        if not _m(items[n - tail + j], pats[star + 1 + j], b):
            return False
    return True


def _map(s, entries, rest, b):
    if not _is_map(s):
        return False
    if len(s) < len(entries):
        return False
    seen = set()
    values = []
    get = s.get
    for key, _ in entries:
        if key in seen:
            raise ValueError("mapping pattern checks duplicate key (%r)" % (key,))
        seen.add(key)
        v = get(key, _missing)
        if v is _missing:
            return False
        values.append(v)
    for i in range(len(entries)):
        if not _m(values[i], entries[i][1], b):
            return False
    if rest >= 0:
        # dict(s) as CPython; MicroPython's dict() cannot copy its own subclasses
        if isinstance(s, dict):
            r = {}
            for k, v in s.items():
                r[k] = v
        else:
            r = {}
            for k in s.keys():
                r[k] = s[k]
        for key in seen:
            del r[key]
        b[rest] = r
    return True


def _cls(s, cls, pos, kw, b):
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a type")
    if not _isinstance(s, cls):
        return False
    values = []
    seen = []
    if pos:
        name = cls.__name__
        try:
            margs = cls.__match_args__
        except AttributeError:
            margs = None
        if margs is None:
            self_match = cls in _SELF or _subclass_of_self(cls)
            allowed = 1 if self_match else 0
        else:
            if type(margs) is not tuple:
                raise TypeError("%s.__match_args__ must be a tuple (got %s)"
                                % (name, type(margs).__name__))
            self_match = False
            allowed = len(margs)
        if allowed < len(pos):
            raise TypeError("%s() accepts %d positional sub-pattern%s (%d given)"
                            % (name, allowed, '' if allowed == 1 else 's', len(pos)))
        if self_match:
            values.append(s)
        else:
            for i in range(len(pos)):
                attr = margs[i]
                if type(attr) is not str:
                    raise TypeError("__match_args__ elements must be strings (got %s)"
                                    % type(attr).__name__)
                v = _attr(s, cls, attr, seen)
                if v is _missing:
                    return False
                values.append(v)
    for attr, _ in kw:
        v = _attr(s, cls, attr, seen)
        if v is _missing:
            return False
        values.append(v)
    i = 0
    for p in pos:
        if not _m(values[i], p, b):
            return False
        i += 1
    for _, p in kw:
        if not _m(values[i], p, b):
            return False
        i += 1
    return True


def _subclass_of_self(cls):
    for base in _SELF:
        try:
            if issubclass(cls, base):
                return True
        except TypeError:
            pass
    return False


def _attr(s, cls, name, seen):
    if name in seen:
        raise TypeError("%s() got multiple sub-patterns for attribute %r" % (cls.__name__, name))
    seen.append(name)
    try:
        return getattr(s, name)
    except AttributeError:
        return _missing


builtins._sandbox_match = match
