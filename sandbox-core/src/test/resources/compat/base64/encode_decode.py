import base64

data = b"The quick brown fox jumps over the lazy dog"
b64 = base64.b64encode(data).decode("ascii")
print(b64, base64.b64decode(b64) == data, base64.b64decode(b64.encode()) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe binary"), base64.urlsafe_b64decode(b"-__-IGJpbmFyeQ=="))
print(base64.standard_b64encode(b"hi"), base64.standard_b64decode("aGk="))
print(base64.b32encode(b"hello"), base64.b32decode(b"NBSWY3DP"), base64.b16encode(b"hi!"), base64.b16decode(b"686921"))
print(base64.b64encode(b""), base64.b64encode(b"a"), base64.b64encode(b"ab"), base64.b64encode(b"abc"))
print(base64.b64encode(b"\x00\xff" * 40))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
print(base64.b64encode(b"ab?>", altchars=b"-_"), base64.b64decode("YWI_Pg==", altchars="-_"))
for bad in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("a!bc", validate=True), lambda: base64.b32decode(b"ABC"),
            lambda: base64.b16decode(b"zz"), lambda: base64.b64encode("text")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import binascii
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"), binascii.b2a_base64(b"hi"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error", e, isinstance(e, ValueError))
