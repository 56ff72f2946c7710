# CPython 3.11 compatible urllib.parse for the sandbox (str URLs; bytes URLs are not supported).
from ucollections import namedtuple as _nt

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp",
                 "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms",
               "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh",
               "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu",
               "sip", "sips", "mms", "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip",
                    "sips"]
uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu",
              "sip", "sips"]
uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp",
                 "snews", "file", "prospero"]

scheme_chars = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.")
_ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_HEX = "0123456789ABCDEFabcdef"
_C0_OR_SPACE = "".join([chr(i) for i in range(0x21)])


class _NetlocMixin:
    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        separator = "%" if isinstance(hostname, str) else b"%"
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if _isdigits(port):
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        netloc = self.netloc
        userinfo, have_info, hostinfo = netloc.rpartition("@")
        if have_info:
            username, have_password, password = userinfo.partition(":")
            if not have_password:
                password = None
        else:
            username = password = None
        return username, password

    @property
    def _hostinfo(self):
        netloc = self.netloc
        _, _, hostinfo = netloc.rpartition("@")
        _, have_open_br, bracketed = hostinfo.partition("[")
        if have_open_br:
            hostname, _, port = bracketed.partition("]")
            _, _, port = port.partition(":")
        else:
            hostname, _, port = hostinfo.partition(":")
        if not port:
            port = None
        return hostname, port

    def _replace(self, **kw):
        vals = [kw.pop(f, getattr(self, f)) for f in self._fields]
        if kw:
            raise ValueError("Got unexpected field names: %r" % list(kw))
        return type(self)(*vals)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def encode(self, encoding="ascii", errors="strict"):
        raise NotImplementedError("urllib.parse result .encode() is not supported in the sandbox")


def _isdigits(s):
    if not s:
        return False
    for c in s:
        if c not in "0123456789":
            return False
    return True


_Defrag = _nt("DefragResult", ("url", "fragment"))
_Split = _nt("SplitResult", ("scheme", "netloc", "path", "query", "fragment"))
_Parse = _nt("ParseResult", ("scheme", "netloc", "path", "params", "query", "fragment"))


class DefragResult(_Defrag):
    _fields = ("url", "fragment")

    def geturl(self):
        if self.fragment:
            return self.url + "#" + self.fragment
        return self.url

    def _replace(self, **kw):
        return _NetlocMixin._replace(self, **kw)

    def _asdict(self):
        return dict(zip(self._fields, self))


class SplitResult(_Split, _NetlocMixin):
    _fields = ("scheme", "netloc", "path", "query", "fragment")

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_Parse, _NetlocMixin):
    _fields = ("scheme", "netloc", "path", "params", "query", "fragment")

    def geturl(self):
        return urlunparse(self)


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in "/?#":
        w = url.find(c, start)
        if w >= 0:
            delim = min(delim, w)
    return url[start:delim], url[delim:]


def _is_ipv6(host):
    if "%" in host:
        host, _, zone = host.partition("%")
        if not zone:
            return False
    if host.count("::") > 1:
        return False
    parts = host.split(":")
    if len(parts) < 3:
        return False
    groups = 8
    if "." in parts[-1]:
        v4 = parts[-1].split(".")
        if len(v4) != 4:
            return False
        for p in v4:
            if not _isdigits(p) or len(p) > 3 or int(p) > 255 or (len(p) > 1 and p[0] == "0"):
                return False
        parts = parts[:-1]
        groups = 6
    if "::" in host:
        if host.startswith("::"):
            parts = parts[1:]
        if host.endswith("::") and not host.endswith(":::"):
            parts = parts[:-1]
        empties = [p for p in parts if p == ""]
        if len(empties) != 1 or len(parts) - 1 >= groups:
            return False
    elif len(parts) != groups:
        return False
    for p in parts:
        if p == "":
            continue
        if len(p) > 4:
            return False
        for c in p:
            if c not in _HEX:
                return False
    return True


def _check_bracketed_host(host):
    if host.startswith("v"):
        dot = host.find(".")
        ok = dot > 1 and dot < len(host) - 1
        if ok:
            for c in host[1:dot]:
                if c not in _HEX:
                    ok = False
        if not ok:
            raise ValueError("IPvFuture address is invalid")
    elif not _is_ipv6(host):
        if _is_ipv4(host):
            raise ValueError("An IPv4 address cannot be in brackets")
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


def _is_ipv4(host):
    p = host.split(".")
    if len(p) != 4:
        return False
    for x in p:
        if not _isdigits(x) or len(x) > 3 or int(x) > 255:
            return False
    return True


def _strip_chars(s, chars, left=True, right=True):
    i = 0
    j = len(s)
    if left:
        while i < j and s[i] in chars:
            i += 1
    if right:
        while j > i and s[j - 1] in chars:
            j -= 1
    return s[i:j]


def urlsplit(url, scheme="", allow_fragments=True):
    if isinstance(url, (bytes, bytearray)) or isinstance(scheme, (bytes, bytearray)):
        raise NotImplementedError("urllib.parse with bytes URLs is not supported in the sandbox")
    url = _strip_chars(url, _C0_OR_SPACE, True, False)
    scheme = _strip_chars(scheme, _C0_OR_SPACE)
    for b in "\t\r\n":
        url = url.replace(b, "")
        scheme = scheme.replace(b, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0] in _ALPHA:
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = _splitnetloc(url, 2)
        if (("[" in netloc and "]" not in netloc) or ("]" in netloc and "[" not in netloc)):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc and "]" in netloc:
            _check_bracketed_host(netloc.partition("[")[2].partition("]")[0])
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _splitparams(url):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ";" in url:
        url, params = _splitparams(url)
    else:
        params = ""
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        del base_parts[-1]
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:] \
            if len(segments) > 1 else segments
    resolved = []
    for seg in segments:
        if seg == "..":
            if resolved:
                resolved.pop()
        elif seg == ".":
            continue
        else:
            resolved.append(seg)
    if segments[-1] in (".", ".."):
        resolved.append("")
    return urlunparse((scheme, netloc, "/".join(resolved) or "/", params, query, fragment))


def urldefrag(url):
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return DefragResult(defrag, frag)


# ------------------------------------------------------------------ quoting

def _encode(s, encoding, errors):
    if encoding is None:
        encoding = "utf-8"
    enc = encoding.lower().replace("_", "-")
    if enc in ("utf-8", "utf8"):
        return s.encode("utf-8")
    if enc in ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "ascii", "us-ascii"):
        limit = 128 if "ascii" in enc else 256
        out = bytearray()
        for ch in s:
            o = ord(ch)
            if o >= limit:
                if errors in ("ignore",):
                    continue
                if errors in ("replace",):
                    out.append(63)
                    continue
                raise UnicodeError("'%s' codec can't encode character %r" % (encoding, ch))
            out.append(o)
        return bytes(out)
    raise NotImplementedError("urllib.parse with encoding %r is not supported in the sandbox"
                              % (encoding,))


def _decode(b, encoding, errors):
    enc = (encoding or "utf-8").lower().replace("_", "-")
    if enc in ("utf-8", "utf8"):
        try:
            return b.decode("utf-8")
        except Exception:
            pass
        if errors == "strict":
            raise UnicodeError("'utf-8' codec can't decode bytes")
        return _utf8_lenient(b, errors)
    if enc in ("latin-1", "latin1", "iso-8859-1", "iso8859-1"):
        return "".join([chr(x) for x in b])
    if enc in ("ascii", "us-ascii"):
        out = []
        for x in b:
            if x < 128:
                out.append(chr(x))
            elif errors == "replace":
                out.append("\ufffd")
            elif errors != "ignore":
                raise UnicodeError("'ascii' codec can't decode byte 0x%02x" % x)
        return "".join(out)
    raise NotImplementedError("urllib.parse with encoding %r is not supported in the sandbox"
                              % (encoding,))


def _utf8_lenient(b, errors):
    # UTF-8 decoding that substitutes U+FFFD per maximal invalid subsequence, like CPython
    out = []
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c < 0x80:
            out.append(chr(c))
            i += 1
            continue
        if 0xC2 <= c <= 0xDF:
            need, lo, hi = 1, 0x80, 0xBF
        elif c == 0xE0:
            need, lo, hi = 2, 0xA0, 0xBF
        elif 0xE1 <= c <= 0xEC or 0xEE <= c <= 0xEF:
            need, lo, hi = 2, 0x80, 0xBF
        elif c == 0xED:
            need, lo, hi = 2, 0x80, 0x9F
        elif c == 0xF0:
            need, lo, hi = 3, 0x90, 0xBF
        elif 0xF1 <= c <= 0xF3:
            need, lo, hi = 3, 0x80, 0xBF
        elif c == 0xF4:
            need, lo, hi = 3, 0x80, 0x8F
        else:
            if errors == "replace":
                out.append("\ufffd")
            i += 1
            continue
        j = i + 1
        ok = True
        for k in range(need):
            if j >= n:
                ok = False
                break
            x = b[j]
            if k == 0:
                if not lo <= x <= hi:
                    ok = False
                    break
            elif not 0x80 <= x <= 0xBF:
                ok = False
                break
            j += 1
        if ok:
            out.append(b[i:j].decode("utf-8"))
        elif errors == "replace":
            out.append("\ufffd")
        i = j if ok else max(j, i + 1)
    return "".join(out)


def quote_from_bytes(bs, safe="/"):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = bytes([ord(c) for c in safe if ord(c) < 128])
    else:
        safe = bytes([c for c in safe if c < 128])
    ok = _ALWAYS_SAFE.union(safe)
    out = []
    for c in bs:
        if c in ok:
            out.append(chr(c))
        else:
            out.append("%%%02X" % c)
    return "".join(out)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        if errors is None:
            errors = "strict"
        string = _encode(string, encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    if ((isinstance(string, str) and " " not in string) or
            (isinstance(string, bytes) and b" " not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = " "
    else:
        space = b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


def unquote_to_bytes(string):
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    bits = bytes(string).split(b"%")
    if len(bits) == 1:
        return bytes(string)
    res = bytearray(bits[0])
    for item in bits[1:]:
        h = item[:2]
        if len(h) == 2 and chr(h[0]) in _HEX and chr(h[1]) in _HEX:
            res.append(int(h.decode(), 16))
            res.extend(item[2:])
        else:
            res.append(37)
            res.extend(item)
    return bytes(res)


def unquote(string, encoding="utf-8", errors="replace"):
    if isinstance(string, (bytes, bytearray)):
        return _decode(unquote_to_bytes(string), encoding, errors)
    if not isinstance(string, str):
        raise TypeError("a bytes-like object is required, not '%s'" % type(string).__name__)
    if "%" not in string:
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    # decode runs of ASCII (where the escapes live); keep other characters untouched
    out = []
    i = 0
    n = len(string)
    while i < n:
        j = i
        if ord(string[i]) < 128:
            while j < n and ord(string[j]) < 128:
                j += 1
            out.append(_decode(unquote_to_bytes(string[i:j]), encoding, errors))
        else:
            while j < n and ord(string[j]) >= 128:
                j += 1
            out.append(string[i:j])
        i = j
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    string = string.replace("+", " ")
    return unquote(string, encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    if isinstance(qs, (bytes, bytearray)):
        raise NotImplementedError("urllib.parse with bytes is not supported in the sandbox")
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError("Max number of fields exceeded")
    r = []
    for name_value in (qs.split(separator) if qs else []):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append("")
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace("+", " "), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace("+", " "), encoding=encoding, errors=errors)
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    parsed = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        if name in parsed:
            parsed[name].append(value)
        else:
            parsed[name] = [value]
    return parsed


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object")
    out = []

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (bytes, str)):
            out.append(k + "=" + q(v))
        else:
            try:
                len(v)
            except TypeError:
                out.append(k + "=" + q(v))
            else:
                for elt in v:
                    out.append(k + "=" + q(elt))
    return "&".join(out)
