# Recovers the annotated fields of a class body from its source text. MicroPython discards
# annotations when compiling (`x: int` produces no code at all), so dataclasses and
# typing.NamedTuple read the defining module's file (module.__file__) instead. Anything this
# scanner cannot read with certainty raises NotImplementedError rather than guessing.
import sys

_KEYWORDS = ("if", "elif", "else", "for", "while", "try", "except", "finally", "with",
             "def", "class", "return", "pass", "import", "from", "raise", "global",
             "nonlocal", "del", "assert", "lambda", "yield", "async", "await", "match", "case")
_COMPOUND = ("if", "for", "while", "try", "with", "match", "async")


def _fail(feature, why):
    return NotImplementedError("%s is not supported in the sandbox (%s)" % (feature, why))


def _logical_lines(src):
    # Yields (indent, text) for each logical line: joins bracketed continuations and skips
    # comments and string contents, so that only structure is seen.
    i = 0
    n = len(src)
    depth = 0
    buf = []
    indent = None
    at_line_start = True
    col = 0
    while i < n:
        c = src[i]
        if at_line_start:
            j = i
            while j < n and src[j] in " \t":
                j += 1
            if j < n and src[j] in "\r\n#" and depth == 0 and not buf:
                # blank or comment-only line
                while j < n and src[j] != "\n":
                    j += 1
                i = j + 1
                continue
            if depth == 0 and not buf:
                indent = j - i
            at_line_start = False
            i = j
            continue
        if c == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        if c in "\"'":
            q3 = src[i:i + 3]
            if q3 in ('"""', "'''"):
                end = src.find(q3, i + 3)
                while end != -1 and src[end - 1] == "\\":
                    end = src.find(q3, end + 1)
                if end == -1:
                    return
                buf.append("S")
                i = end + 3
                continue
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                if src[j] == "\\":
                    j += 1
                j += 1
            buf.append(src[i:j + 1])
            i = j + 1
            continue
        if c == "\\" and i + 1 < n and src[i + 1] == "\n":
            i += 2
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == "\n":
            if depth <= 0:
                depth = 0
                if buf:
                    yield indent, "".join(buf).strip()
                buf = []
                at_line_start = True
            else:
                buf.append(" ")
            i += 1
            continue
        buf.append(c)
        i += 1
    if buf:
        yield indent, "".join(buf).strip()


def _split_top(text, sep):
    parts = []
    depth = 0
    cur = []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _ident_prefix(text):
    k = 0
    while k < len(text) and (text[k].isalpha() or text[k].isdigit() or text[k] == "_"
                             or ord(text[k]) > 127):
        k += 1
    return text[:k], text[k:]


def _parse_stmt(stmt):
    # Returns ("ann", name, annotation, has_value) | ("assign", [names]) | ("other", None)
    name, rest = _ident_prefix(stmt)
    rest_s = rest.lstrip()
    if not name or name[0].isdigit():
        return ("other", None)
    if name in _KEYWORDS:
        return ("kw", name)
    if rest_s.startswith(":"):
        body = rest_s[1:]
        depth = 0
        for idx in range(len(body)):
            ch = body[idx]
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
            elif ch == "=" and depth == 0:
                prev = body[idx - 1] if idx else ""
                nxt = body[idx + 1] if idx + 1 < len(body) else ""
                if prev not in "=!<>" and nxt != "=":
                    return ("ann", name, body[:idx].strip(), True)
        return ("ann", name, body.strip(), False)
    if rest_s.startswith("=") and not rest_s.startswith("=="):
        return ("assign", [name])
    return ("other", None)


def _module_source(cls, feature):
    modname = getattr(cls, "__module__", None) or "__main__"
    mod = sys.modules.get(modname)
    if mod is None and modname == "__main__":
        # The guest does not list __main__ in sys.modules, but it can be imported.
        mod = __import__("__main__")
    if modname == "__main__":
        # the sandbox's driver keeps the source of the code it runs beside itself in __main__
        text = getattr(__import__("__main__"), "_sandbox_source", None)
        if text is not None:
            return text
    path = getattr(mod, "__file__", None) if mod is not None else None
    if not path:
        raise _fail(feature, "the source of class %s is not available" % cls.__name__)
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        raise _fail(feature, "the source of class %s is not readable" % cls.__name__)


def class_fields(cls, feature):
    """[(name, annotation_text, has_default)] in definition order, for cls's own body."""
    src = _module_source(cls, feature)
    lines = list(_logical_lines(src))
    name = cls.__name__
    candidates = []
    for idx in range(len(lines)):
        indent, text = lines[idx]
        if text.startswith("class "):
            cname, _ = _ident_prefix(text[6:].lstrip())
            if cname == name:
                candidates.append(idx)
    results = []
    for idx in candidates:
        r = _scan_body(lines, idx, feature)
        if r is not None and _consistent(cls, r) and r not in results:
            results.append(r)
    if len(results) != 1:
        raise _fail(feature, "cannot identify the body of class %s in its source" % name)
    return results[0]


def _scan_body(lines, idx, feature):
    cindent, header = lines[idx]
    fields = []
    seen = {}
    body_indent = None
    head = _split_top(header, ":")
    if len(head) > 1 and head[1].strip():
        # One-line body: class X: a: int
        stmts = [":".join(head[1:])]
        return _collect(stmts, fields, seen)
    for j in range(idx + 1, len(lines)):
        indent, text = lines[j]
        if indent <= cindent:
            break
        if body_indent is None:
            body_indent = indent
        if indent != body_indent:
            continue
        r = _collect(_split_top(text, ";"), fields, seen)
        if r is None:
            return None
    return fields


def _collect(stmts, fields, seen):
    for stmt in stmts:
        stmt = stmt.strip()
        if not stmt:
            continue
        kind = _parse_stmt(stmt)
        if kind[0] == "ann":
            _, n, ann, has_value = kind
            if n in seen:
                i = seen[n]
                fields[i] = (n, ann, has_value or fields[i][2])
            else:
                seen[n] = len(fields)
                fields.append((n, ann, has_value))
        elif kind[0] == "assign":
            for n in kind[1]:
                if n in seen:
                    i = seen[n]
                    fields[i] = (fields[i][0], fields[i][1], True)
        elif kind[0] == "kw" and kind[1] in _COMPOUND:
            # Conditional field definitions cannot be resolved without running the body.
            return None
    return fields


def _consistent(cls, fields):
    d = cls.__dict__
    for n, ann, has_default in fields:
        if has_default != (n in d):
            return False
    return True
