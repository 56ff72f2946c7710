# CPython compatible binascii for the sandbox (base64, hex and crc32 parts).
import ubinascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_REV = None


def _buf(data, what="a bytes-like object"):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_buf(data):
    if isinstance(data, str):
        for ch in data:
            if ord(ch) > 127:
                raise ValueError("string argument should contain only ASCII characters")
        return data.encode()
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def b2a_base64(data, *, newline=True):
    data = _buf(data)
    out = ubinascii.b2a_base64(data)
    if not newline:
        out = out[:-1]
    return out


def a2b_base64(data, *, strict_mode=False):
    global _REV
    data = _ascii_buf(data)
    if _REV is None:
        _REV = {}
        for i, c in enumerate(_B64):
            _REV[c] = i
    rev = _REV
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    n = len(data)
    if strict_mode and n and data[0] == 61:
        raise Error("Leading padding not allowed")
    i = 0
    while i < n:
        c = data[i]
        if c == 61:
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i + 1 < n:
                    raise Error("Excess data after padding")
                return bytes(out)
            i += 1
            continue
        v = rev.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            i += 1
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            left = 0
            quad = 0
        i += 1
    if quad != 0:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                        "1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _buf(data)
    out = ubinascii.hexlify(data)
    if sep is None or not data:
        return out
    if isinstance(sep, str):
        sep = sep.encode()
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    step = abs(bytes_per_sep) * 2
    if step == 0:
        return out
    groups = []
    if bytes_per_sep > 0:
        start = len(out) % step
        if start:
            groups.append(out[:start])
        for k in range(start, len(out), step):
            groups.append(out[k:k + step])
    else:
        for k in range(0, len(out), step):
            groups.append(out[k:k + step])
    return sep.join(groups)


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii_buf(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102):
            raise Error("Non-hexadecimal digit found")
    return ubinascii.unhexlify(data)


a2b_hex = unhexlify


def crc32(data, crc=0):
    return ubinascii.crc32(_buf(data), crc) & 0xFFFFFFFF


def crc_hqx(data, value):
    value &= 0xFFFF
    for b in _buf(data):
        value ^= b << 8
        for _ in range(8):
            if value & 0x8000:
                value = ((value << 1) ^ 0x1021) & 0xFFFF
            else:
                value = (value << 1) & 0xFFFF
    return value
