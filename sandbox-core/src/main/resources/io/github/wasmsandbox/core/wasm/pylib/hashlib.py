# CPython compatible hashlib for the sandbox: sha256 runs on MicroPython's C uhashlib; md5, sha1,
# sha224, sha384 and sha512 are pure Python (correct, but slow for large inputs).
import uhashlib

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)
__all__ = ("new", "algorithms_guaranteed", "algorithms_available", "md5", "sha1", "sha224",
           "sha256", "sha384", "sha512")

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    # CPython hash objects may be updated after digest() and copied; keep the data and hash it
    # on demand (uhashlib objects finalise on digest and cannot be copied)
    def __init__(self, data=b""):
        self._buf = bytearray()
        if data:
            self._buf.extend(_bytes_of(data))

    def update(self, data):
        self._buf.extend(_bytes_of(data))

    def copy(self):
        h = type(self)()
        h._buf = bytearray(self._buf)
        return h

    def hexdigest(self):
        return "".join(["%02x" % b for b in self.digest()])

    def __repr__(self):
        return "<%s _hashlib.HASH object>" % self.name


class _sha256(_Hash):
    name = "sha256"
    digest_size = 32
    block_size = 64

    def digest(self):
        return uhashlib.sha256(bytes(self._buf)).digest()


def _pad(msg, block, lenbytes, big):
    n = len(msg)
    msg = bytearray(msg)
    msg.append(0x80)
    while len(msg) % block != block - lenbytes:
        msg.append(0)
    msg.extend((n * 8).to_bytes(lenbytes, "big" if big else "little"))
    return msg


_MD5_K = (3614090360, 3905402710, 606105819, 3250441966, 4118548399, 1200080426, 2821735955,
          4249261313, 1770035416, 2336552879, 4294925233, 2304563134, 1804603682, 4254626195,
          2792965006, 1236535329, 4129170786, 3225465664, 643717713, 3921069994, 3593408605,
          38016083, 3634488961, 3889429448, 568446438, 3275163606, 4107603335, 1163531501,
          2850285829, 4243563512, 1735328473, 2368359562, 4294588738, 2272392833, 1839030562,
          4259657740, 2763975236, 1272893353, 4139469664, 3200236656, 681279174, 3936430074,
          3572445317, 76029189, 3654602809, 3873151461, 530742520, 3299628645, 4096336452,
          1126891415, 2878612391, 4237533241, 1700485571, 2399980690, 4293915773, 2240044497,
          1873313359, 4264355552, 2734768916, 1309151649, 4149444226, 3174756917, 718787259,
          3951481745)
_MD5_S = (7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21)


class _md5(_Hash):
    name = "md5"
    digest_size = 16
    block_size = 64

    def digest(self):
        msg = _pad(self._buf, 64, 8, False)
        a0, b0, c0, d0 = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476
        K = _MD5_K
        S = _MD5_S
        for off in range(0, len(msg), 64):
            M = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], "little") for i in range(16)]
            a, b, c, d = a0, b0, c0, d0
            for i in range(64):
                r = i >> 4
                if r == 0:
                    f = (b & c) | (~b & d)
                    g = i
                elif r == 1:
                    f = (d & b) | (~d & c)
                    g = (5 * i + 1) & 15
                elif r == 2:
                    f = b ^ c ^ d
                    g = (3 * i + 5) & 15
                else:
                    f = c ^ (b | (~d & _M32))
                    g = (7 * i) & 15
                f = (f + a + K[i] + M[g]) & _M32
                s = S[(r << 2) | (i & 3)]
                a, d, c = d, c, b
                b = (b + (((f << s) | (f >> (32 - s))) & _M32)) & _M32
            a0 = (a0 + a) & _M32
            b0 = (b0 + b) & _M32
            c0 = (c0 + c) & _M32
            d0 = (d0 + d) & _M32
        return b"".join([x.to_bytes(4, "little") for x in (a0, b0, c0, d0)])


class _sha1(_Hash):
    name = "sha1"
    digest_size = 20
    block_size = 64

    def digest(self):
        msg = _pad(self._buf, 64, 8, True)
        h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
        for off in range(0, len(msg), 64):
            w = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], "big") for i in range(16)]
            for i in range(16, 80):
                x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
                w.append(((x << 1) | (x >> 31)) & _M32)
            a, b, c, d, e = h
            for i in range(80):
                if i < 20:
                    f = (b & c) | ((~b) & d)
                    k = 0x5A827999
                elif i < 40:
                    f = b ^ c ^ d
                    k = 0x6ED9EBA1
                elif i < 60:
                    f = (b & c) | (b & d) | (c & d)
                    k = 0x8F1BBCDC
                else:
                    f = b ^ c ^ d
                    k = 0xCA62C1D6
                t = ((((a << 5) | (a >> 27)) & _M32) + (f & _M32) + e + k + w[i]) & _M32
                e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & _M32, a, t
            h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]
        return b"".join([x.to_bytes(4, "big") for x in h])


def _primes(n):
    out = []
    k = 2
    while len(out) < n:
        for p in out:
            if p * p > k:
                out.append(k)
                break
            if k % p == 0:
                break
        else:
            out.append(k)
        k += 1
    return out


def _iroot(n, k):
    # floor(n ** (1/k)) for big ints
    x = 1 << ((len(bin(n)) - 2) // k + 1)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


_consts = {}


def _sha2_consts(bits):
    # round constants and IVs are the fractional bits of cube/square roots of primes
    c = _consts.get(bits)
    if c is None:
        ps = _primes(80 if bits == 64 else 64)
        mask = (1 << bits) - 1
        K = [_iroot(p << (3 * bits), 3) & mask for p in ps]
        iv = [_iroot(p << (2 * bits), 2) & mask for p in ps[:8]]
        iv2 = [_iroot(p << (2 * bits), 2) & mask for p in ps[8:16]]
        c = _consts[bits] = (K, iv, iv2)
    return c


def _sha2_32(data, iv):
    K = _sha2_consts(32)[0]
    msg = _pad(data, 64, 8, True)
    h = list(iv)
    M = _M32
    for off in range(0, len(msg), 64):
        w = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], "big") for i in range(16)]
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)
            s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & M)
        a, b, c, d, e, f, g, hh = h
        for i in range(64):
            S1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))
            ch = (e & f) ^ ((~e) & g)
            t1 = (hh + (S1 & M) + ch + K[i] + w[i]) & M
            S0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))
            t2 = ((S0 & M) + ((a & b) ^ (a & c) ^ (b & c))) & M
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & M, c, b, a, (t1 + t2) & M
        h = [(x + y) & M for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b"".join([x.to_bytes(4, "big") for x in h])


def _sha2_64(data, iv):
    K = _sha2_consts(64)[0]
    msg = _pad(data, 128, 16, True)
    h = list(iv)
    M = _M64
    for off in range(0, len(msg), 128):
        w = [int.from_bytes(msg[off + 8 * i:off + 8 * i + 8], "big") for i in range(16)]
        for i in range(16, 80):
            x = w[i - 15]
            y = w[i - 2]
            s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
            s1 = ((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3)) ^ (y >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & M)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            S1 = ((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))
            ch = (e & f) ^ ((~e) & g)
            t1 = (hh + (S1 & M) + ch + K[i] + w[i]) & M
            S0 = ((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))
            t2 = ((S0 & M) + ((a & b) ^ (a & c) ^ (b & c))) & M
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & M, c, b, a, (t1 + t2) & M
        h = [(x + y) & M for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b"".join([x.to_bytes(8, "big") for x in h])


class _sha224(_Hash):
    name = "sha224"
    digest_size = 28
    block_size = 64

    def digest(self):
        # SHA-224's IV: the second 32 bits of the square roots of the 9th..16th primes
        iv = [(_iroot(p << 128, 2) & _M32) for p in _primes(16)[8:16]]
        return _sha2_32(self._buf, iv)[:28]


class _sha512(_Hash):
    name = "sha512"
    digest_size = 64
    block_size = 128

    def digest(self):
        return _sha2_64(self._buf, _sha2_consts(64)[1])


class _sha384(_Hash):
    name = "sha384"
    digest_size = 48
    block_size = 128

    def digest(self):
        return _sha2_64(self._buf, _sha2_consts(64)[2])[:48]


def md5(data=b"", *, usedforsecurity=True, string=None):
    return _md5(data if string is None else string)


def sha1(data=b"", *, usedforsecurity=True, string=None):
    return _sha1(data if string is None else string)


def sha224(data=b"", *, usedforsecurity=True, string=None):
    return _sha224(data if string is None else string)


def sha256(data=b"", *, usedforsecurity=True, string=None):
    return _sha256(data if string is None else string)


def sha384(data=b"", *, usedforsecurity=True, string=None):
    return _sha384(data if string is None else string)


def sha512(data=b"", *, usedforsecurity=True, string=None):
    return _sha512(data if string is None else string)


_CTORS = {"md5": md5, "sha1": sha1, "sha224": sha224, "sha256": sha256, "sha384": sha384,
          "sha512": sha512}


def new(name, data=b"", **kwargs):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    ctor = _CTORS.get(name.lower())
    if ctor is None:
        if name.lower() in ("blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
                            "shake_128", "shake_256", "sha512_224", "sha512_256"):
            raise NotImplementedError("hashlib.%s is not supported in the sandbox" % name)
        raise ValueError("unsupported hash type " + name)
    return ctor(data)


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError("hashlib.%s is not supported in the sandbox" % name)
    return f


blake2b = _unsupported("blake2b")
blake2s = _unsupported("blake2s")
sha3_224 = _unsupported("sha3_224")
sha3_256 = _unsupported("sha3_256")
sha3_384 = _unsupported("sha3_384")
sha3_512 = _unsupported("sha3_512")
shake_128 = _unsupported("shake_128")
shake_256 = _unsupported("shake_256")
scrypt = _unsupported("scrypt")


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    # RFC 8018 PBKDF2 with HMAC; fine for small iteration counts in the guest
    h = new(hash_name)
    blk = h.block_size
    password = _bytes_of(password)
    salt = _bytes_of(salt)
    if len(password) > blk:
        password = new(hash_name, password).digest()
    password = password + bytes(blk - len(password))
    ipad = bytes([x ^ 0x36 for x in password])
    opad = bytes([x ^ 0x5C for x in password])

    def prf(msg):
        return new(hash_name, opad + new(hash_name, ipad + msg).digest()).digest()

    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = h.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = bytearray()
    i = 1
    while len(out) < dklen:
        u = prf(salt + i.to_bytes(4, "big"))
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, "big")
        out.extend(acc.to_bytes(len(u), "big"))
        i += 1
    return bytes(out[:dklen])
