# CPython-compatible `string` for the sandbox guest (the frozen one lacks Template and capwords).

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def _nie(what):
    return NotImplementedError("string." + what + " is not supported in the sandbox")


def _capitalize(w):
    # the guest's str has no capitalize() and only ASCII case mapping
    for ch in w:
        if ord(ch) > 127:
            raise _nie("capwords of non-ASCII text")
    return w[:1].upper() + w[1:].lower()


def capwords(s, sep=None):
    if sep is None:
        for ch in s:
            if ord(ch) > 127:
                raise _nie("capwords of non-ASCII text")
    return (sep or " ").join([_capitalize(w) for w in s.split(sep)])


_sentinel = object()


class Template:
    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None  # re.IGNORECASE, filled in lazily so that importing string stays cheap

    def __init__(self, template):
        self.template = template

    @classmethod
    def _regex(cls):
        # CPython builds this in __init_subclass__; the guest has no such hook, so build per class
        # on first use.
        own = cls.__dict__.get("_compiled")
        if own is not None:
            return own
        import re
        pat = getattr(cls, "pattern", None)
        if isinstance(pat, property):
            pat = None
        flags = cls.flags
        if flags is None:
            flags = re.IGNORECASE
        if pat is None:
            d = re.escape(cls.delimiter)
            ident = cls.idpattern
            bident = cls.braceidpattern or ident
            src = (d + "(?:(?P<escaped>" + d + ")|(?P<named>" + ident + ")|\\{(?P<braced>" + bident +
                   ")\\}|(?P<invalid>))")
            rx = re.compile(src, flags)
        elif isinstance(pat, str):
            rx = re.compile(pat, flags | re.VERBOSE)
        else:
            rx = pat
        cls._compiled = rx
        return rx

    @property
    def pattern(self):
        return type(self)._regex()

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel:
            return kws
        if kws:
            return _Chain(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel, **kws):
        mapping = self._mapping(mapping, kws)
        delim = self.delimiter

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError as e:
                    # the guest prints KeyError('x') as x, CPython as 'x'
                    raise _KeyError(*e.args)
            if mo.group("escaped") is not None:
                return delim
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return type(self)._regex().sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel, **kws):
        mapping = self._mapping(mapping, kws)
        delim = self.delimiter

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return delim
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return type(self)._regex().sub(convert, self.template)

    def is_valid(self):
        for mo in type(self)._regex().finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in type(self)._regex().finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group("invalid") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


class _KeyError(KeyError):
    def __str__(self):
        if len(self.args) == 1:
            return repr(self.args[0])
        return str(self.args)


_KeyError.__name__ = "KeyError"


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    def __init__(self, *args, **kwargs):
        raise _nie("Formatter")
