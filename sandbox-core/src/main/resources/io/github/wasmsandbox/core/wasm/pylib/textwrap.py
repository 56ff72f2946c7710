# CPython-compatible textwrap for the sandbox guest: the same chunking and line-filling rules as
# CPython 3.11, implemented independently (the guest's str lacks expandtabs/translate).

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WS = "\t\n\x0b\x0c\r "
# code points for which str.isspace() is true in CPython (str.split() separators)
_USPACE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
                    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# line boundaries of CPython's str.splitlines()
_LINEBREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _expandtabs(s, tabsize):
    if "\t" not in s:
        return s
    out = []
    col = 0
    for ch in s:
        if ch == "\t":
            if tabsize > 0:
                k = tabsize - col % tabsize
                out.append(" " * k)
                col += k
        else:
            out.append(ch)
            col = 0 if ch == "\n" or ch == "\r" else col + 1
    return "".join(out)


def _isblank(s):
    for ch in s:
        if ch not in _USPACE:
            return False
    return True


def _rstrip(s):
    k = len(s)
    while k and s[k - 1] in _USPACE:
        k -= 1
    return s[:k]


def _lstrip(s):
    k = 0
    while k < len(s) and s[k] in _USPACE:
        k += 1
    return s[k:]


def _splitlines_keep(text):
    lines = []
    start = 0
    i = 0
    n = len(text)
    chars = list(text)
    while i < n:
        ch = chars[i]
        if ch in _LINEBREAKS:
            if ch == "\r" and i + 1 < n and chars[i + 1] == "\n":
                i += 1
            lines.append("".join(chars[start:i + 1]))
            start = i + 1
        i += 1
    if start < n:
        lines.append("".join(chars[start:]))
    return lines


_wordsep = None
_simple = None
_sentence_end = None


def _regexes():
    global _wordsep, _simple, _sentence_end
    if _wordsep is None:
        import re
        ws = "[\\t\\n\\x0b\\x0c\\r ]"
        nws = "[^\\t\\n\\x0b\\x0c\\r ]"
        wp = "[\\w!\"'&.,?]"
        lt = "[^\\d\\W]"
        # A chunk is: a whitespace run; or an em-dash ("--" or longer) between word characters;
        # or the shortest run of non-space characters ending at a hyphen that sits between two
        # letters (after at least two letters, or in letter-hyphen-letter-hyphen), at the end
        # of the word, or just before an em-dash.
        _wordsep = re.compile(
            "(" + ws + "+"
            "|(?<=" + wp + ")-{2,}(?=\\w)"
            "|" + nws + "+?(?:-(?:(?<=" + lt + "{2}-)|(?<=" + lt + "-" + lt + "-))(?=" + lt + "-?" + lt + ")"
            "|(?=" + ws + "|\\Z)"
            "|(?<=" + wp + ")(?=-{2,}\\w)))")
        _simple = re.compile("(" + ws + "+)")
        _sentence_end = re.compile("[a-z][\\.\\!\\?][\\\"\\']?\\Z")
    return _wordsep, _simple, _sentence_end


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = _expandtabs(text, self.tabsize)
        if self.replace_whitespace:
            for ch in _WS:
                if ch != " " and ch in text:
                    text = text.replace(ch, " ")
        return text

    def _split(self, text):
        wordsep, simple, _ = _regexes()
        rx = wordsep if self.break_on_hyphens is True else simple
        return [c for c in rx.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        end = _regexes()[2]
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and end.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(_lstrip(self.placeholder)) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and _isblank(chunks[-1]) and lines:
                del chunks[-1]
            while chunks:
                ln = len(chunks[-1])
                if cur_len + ln <= width:
                    cur_line.append(chunks.pop())
                    cur_len += ln
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and _isblank(cur_line[-1]):
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1
                            and _isblank(chunks[0])) and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if not _isblank(cur_line[-1]) and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev = _rstrip(lines[-1])
                            if len(prev) + len(self.placeholder) <= self.width:
                                lines[-1] = prev + self.placeholder
                                break
                        lines.append(indent + _lstrip(self.placeholder))
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def _usplit(text):
    # str.split() with CPython's Unicode whitespace
    words = []
    cur = []
    for ch in text:
        if ch in _USPACE:
            if cur:
                words.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        words.append("".join(cur))
    return words


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(_usplit(text)))


def dedent(text):
    lines = text.split("\n")
    margin = None
    for k in range(len(lines)):
        line = lines[k]
        j = 0
        while j < len(line) and line[j] in " \t":
            j += 1
        if j == len(line):
            # whitespace-only lines are normalised to empty and do not count
            lines[k] = ""
            continue
        ind = line[:j]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            m = 0
            while m < len(margin) and m < len(ind) and margin[m] == ind[m]:
                m += 1
            margin = margin[:m]
    if margin:
        ln = len(margin)
        for k in range(len(lines)):
            if lines[k].startswith(margin):
                lines[k] = lines[k][ln:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in _splitlines_keep(text):
        if (predicate(line) if predicate is not None else not _isblank(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
