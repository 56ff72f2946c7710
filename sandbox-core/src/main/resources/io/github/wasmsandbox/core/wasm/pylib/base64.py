# CPython 3.11 compatible base64 for the sandbox (replaces the partial frozen one).
# base85/ascii85 are not supported.
import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        for ch in s:
            if ord(ch) > 127:
                raise ValueError("string argument should contain only ASCII characters")
        return s.encode()
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _tr(data, frm, to):
    # bytes.translate is missing in the guest
    m = {}
    for a, b in zip(frm, to):
        m[a] = b
    return bytes([m.get(c, c) for c in data])


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _tr(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _tr(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _tr(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_tr(s, b"-_", b"+/"))


_B32 = {"32": b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "32hex": b"0123456789ABCDEFGHIJKLMNOPQRSTUV"}


def _b32encode(alphabet, s):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + bytes(5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], "big")
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            out.append(alphabet[(c >> shift) & 31])
    pad = {1: 6, 2: 4, 3: 3, 4: 1}.get(leftover, 0)
    if pad:
        out[-pad:] = b"=" * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _tr(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    rev = {}
    for i, c in enumerate(alphabet):
        rev[c] = i
    l = len(s)
    end = l
    while end > 0 and s[end - 1] == 61:
        end -= 1
    s = s[:end]
    padchars = l - len(s)
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = rev.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) + v
        decoded.extend(acc.to_bytes(5, "big"))
    if l % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and decoded:
        acc <<= 5 * padchars
        last = acc.to_bytes(5, "big")
        leftover = (43 - 5 * padchars) // 8
        decoded = decoded[:-5] + last[:leftover]
    return bytes(decoded)


def b32encode(s):
    return _b32encode(_B32["32"], s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32["32"], s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32["32hex"], s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32["32hex"], s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


def encodebytes(s):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    s = bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError("base64.%s is not supported in the sandbox" % name)
    return f


a85encode = _unsupported("a85encode")
a85decode = _unsupported("a85decode")
b85encode = _unsupported("b85encode")
b85decode = _unsupported("b85decode")
z85encode = _unsupported("z85encode")
z85decode = _unsupported("z85decode")
