import hashlib

message = "The quick brown fox jumps over the lazy dog"
data = message.encode("utf-8")
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(" ", getattr(hashlib, name)().hexdigest()[:32], hashlib.new(name, b"abc").hexdigest()[:32])
h = hashlib.sha256()
for chunk in (b"part1-", b"part2-", b"part3"):
    h.update(chunk)
print("incremental:", h.hexdigest()[:16], "==", hashlib.sha256(b"part1-part2-part3").hexdigest()[:16])
c = h.copy()
c.update(b"more")
print(h.hexdigest()[:16], c.hexdigest()[:16], h.digest()[:4], h.hexdigest() == h.hexdigest())
m = hashlib.md5(b"a" * 1000)
m.update(bytearray(b"xyz"))
print(m.hexdigest(), hashlib.sha1(b"\x00" * 200).hexdigest(), hashlib.sha512(b"x" * 130).hexdigest()[:40])
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 10).hex())
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
