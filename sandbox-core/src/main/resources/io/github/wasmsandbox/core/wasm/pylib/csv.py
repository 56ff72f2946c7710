# CPython 3.11 compatible csv for the sandbox (the _csv state machine rewritten in Python).
# Sniffer.sniff/has_header only handle samples without quote characters.

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED, \
    _QUOTE_IN_QUOTED, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)

_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self, {})


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


def _char_param(name, v, allow_none):
    if v is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(v, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(v).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Params:
    # a validated, read-only snapshot of a dialect plus keyword overrides
    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kw:
                return kw[name]
            if dialect is not None and hasattr(dialect, name):
                v = getattr(dialect, name)
                if v is not None or name in ("escapechar", "quotechar"):
                    return v
            return default

        for k in kw:
            if k not in ("delimiter", "quotechar", "escapechar", "doublequote",
                         "skipinitialspace", "lineterminator", "quoting", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % k)
        self.delimiter = _char_param("delimiter", pick("delimiter", ","), False)
        self.doublequote = bool(pick("doublequote", True))
        self.escapechar = _char_param("escapechar", pick("escapechar", None), True)
        lt = pick("lineterminator", "\r\n")
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        q = pick("quoting", QUOTE_MINIMAL)
        if not isinstance(q, int) or q not in (0, 1, 2, 3):
            if isinstance(q, int):
                raise TypeError("bad \"quoting\" value")
            raise TypeError('"quoting" must be an integer')
        self.quoting = q
        qc = pick("quotechar", '"') if not ("quotechar" in kw) else kw["quotechar"]
        if qc is None and q != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        self.quotechar = _char_param("quotechar", qc, True)
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.strict = bool(pick("strict", False))
        if self.delimiter in ("\n", "\r"):
            raise ValueError("bad delimiter value")
        if self.quotechar in ("\n", "\r"):
            raise ValueError("bad quotechar value")
        if self.escapechar in ("\n", "\r"):
            raise ValueError("bad escapechar value")
        if self.quotechar is not None and self.quotechar == self.delimiter:
            raise ValueError("bad delimiter or quotechar value")
        if self.escapechar is not None and self.escapechar in (self.delimiter, self.quotechar):
            raise ValueError("bad delimiter or escapechar value" if self.escapechar
                             == self.delimiter else "bad escapechar or quotechar value")


class _Reader:
    def __init__(self, iterable, dialect="excel", **kw):
        self._it = iter(iterable)
        self.dialect = _Params(dialect, kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim = d.delimiter
        quote = d.quotechar if d.quoting != QUOTE_NONE else None
        esc = d.escapechar
        skipsp = d.skipinitialspace
        dq = d.doublequote
        fields = []
        field = []
        quoted = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    fields.append(self._finish(field, quoted))
                    return fields
                if fields:
                    return fields
                raise StopIteration
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened "
                            "in text mode)" % type(line).__name__)
            self.line_num += 1
            n = len(line)
            i = 0
            while i <= n:
                c = line[i] if i < n else ""
                i += 1
                if state == _START_RECORD:
                    if c == "":
                        return fields
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == "\n" or c == "\r" or c == "":
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = _START_RECORD if c == "" else _EAT_CRNL
                    elif c == quote:
                        quoted = True
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        quoted = True
                        state = _ESCAPED_CHAR
                    elif c == " " and skipsp:
                        pass
                    elif c == delim:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                    else:
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == "\n" or c == "\r":
                        field.append(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    if c == "":
                        c = "\n"
                    field.append(c)
                    state = _IN_FIELD
                elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    # CPython handles the character after an escaped newline as in a field
                    # without leaving this state, so line ends are ignored until a delimiter
                    if state == _AFTER_ESCAPED_CRNL and c == "":
                        continue
                    if c == "\n" or c == "\r" or c == "":
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = _START_RECORD if c == "" else _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = _START_FIELD
                    else:
                        field.append(c)
                elif state == _IN_QUOTED_FIELD:
                    if c == "":
                        pass
                    elif c == esc:
                        state = _ESCAPE_IN_QUOTED
                    elif c == quote:
                        state = _QUOTE_IN_QUOTED if dq else _IN_FIELD
                    else:
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED:
                    if c == "":
                        c = "\n"
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED:
                    if c == quote:
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = _START_FIELD
                    elif c == "\n" or c == "\r" or c == "":
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = _START_RECORD if c == "" else _EAT_CRNL
                    elif not d.strict:
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, quote))
                elif state == _EAT_CRNL:
                    if c == "\n" or c == "\r":
                        pass
                    elif c == "":
                        state = _START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted field - do you need to "
                                    "open the file with newline=''?")
                if len(field) > _field_limit:
                    raise Error("field larger than field limit (%d)" % _field_limit)
            if state == _START_RECORD:
                return fields

    def _finish(self, field, quoted):
        s = "".join(field)
        if not quoted and s and self.dialect.quoting == QUOTE_NONNUMERIC:
            try:
                return float(s)
            except ValueError:
                raise ValueError("could not convert string to float: %r" % (s,))
        return s


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


def _is_number(x):
    return isinstance(x, (int, float, complex)) or type(x) is bool or hasattr(x, "quantize") \
        or hasattr(x, "limit_denominator")


class _Writer:
    def __init__(self, f, dialect="excel", **kw):
        self._write = getattr(f, "write", None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Params(dialect, kw)

    def _field(self, field, out):
        d = self.dialect
        if field is None:
            s = ""
            quoted = d.quoting == QUOTE_ALL or d.quoting == QUOTE_NONNUMERIC
        else:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            s = field if isinstance(field, str) else str(field)
        buf = []
        for c in s:
            want_escape = False
            if (c == d.delimiter or (d.escapechar is not None and c == d.escapechar)
                    or (d.quotechar is not None and c == d.quotechar) or c in d.lineterminator):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            buf.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    buf.append(d.escapechar)
            buf.append(c)
        s = "".join(buf)
        if quoted:
            s = d.quotechar + s + d.quotechar
        out.append(s)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        out = []
        n = 0
        for field in it:
            self._field(field, out)
            n += 1
        if n == 1 and out[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = d.quotechar * 2
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows([self._dict_to_list(r) for r in rowdicts])


class Sniffer:
    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        if '"' in sample or "'" in sample:
            raise NotImplementedError("csv.Sniffer on samples containing quote characters is not "
                                      "supported in the sandbox")
        delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = False
        dialect.delimiter = delimiter
        dialect.quotechar = '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_delimiter(self, data, delimiters):
        data = [x for x in data.split("\n") if x]
        chunk = min(10, len(data))
        iteration = 0
        freq = {}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                counts = {}
                for ch in line:
                    if ord(ch) < 127:
                        counts[ch] = counts.get(ch, 0) + 1
                for o in range(127):
                    ch = chr(o)
                    meta = freq.get(ch)
                    if meta is None:
                        meta = freq[ch] = {}
                    f = counts.get(ch, 0)
                    meta[f] = meta.get(f, 0) + 1
            for ch, meta in freq.items():
                items = list(meta.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = items[0]
                    for it in items:
                        if it[1] > best[1]:
                            best = it
                    items.remove(best)
                    modes[ch] = (best[0], best[1] - sum([it[1] for it in items]))
                else:
                    modes[ch] = items[0]
            total = float(min(chunk * iteration, len(data)))
            consistency = 1.0
            while len(delims) == 0 and consistency >= 0.9:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0:
                        if v[1] / total >= consistency and (delimiters is None or k in delimiters):
                            delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                return delim, data[0].count(delim) == data[0].count(delim + " ")
            start = end
            end += chunk
        if not delims:
            return "", 0
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return d, data[0].count(d) == data[0].count(d + " ")
        items = sorted([(v, k) for (k, v) in delims.items()])
        delim = items[-1][1]
        return delim, data[0].count(delim) == data[0].count(delim + " ")

    def has_header(self, sample):
        rdr = reader(_lines(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        types = {}
        for i in range(columns):
            types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(types.keys()):
                if _complexish(row[col]):
                    this = complex
                else:
                    this = len(row[col])
                if this != types[col]:
                    if types[col] is None:
                        types[col] = this
                    else:
                        del types[col]
        score = 0
        for col, t in types.items():
            if type(t) == type(0):
                score += 1 if len(header[col]) != t else -1
            elif t is None:
                score += 1
            else:
                score += -1 if _complexish(header[col]) else 1
        return score > 0


def _lines(text):
    out = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "\n" or c == "\r":
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            out.append(text[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        out.append(text[start:])
    return out


def _complexish(s):
    # whether complex(s) would succeed, for plain real numbers and simple imaginary literals
    t = s.strip()
    if t.startswith("(") and t.endswith(")"):
        t = t[1:-1].strip()
    try:
        float(t)
        return True
    except ValueError:
        pass
    if t[-1:] in ("j", "J"):
        body = t[:-1]
        if body in ("", "+", "-"):
            return True
        try:
            float(body)
            return True
        except ValueError:
            pass
        for k in range(len(body) - 1, 0, -1):
            if body[k] in "+-" and body[k - 1] not in "eE":
                try:
                    float(body[:k])
                    float(body[k:])
                    return True
                except ValueError:
                    return False
    return False
