for b in [b'hello world', b'HeLLo', b'abc\xff', b'']:
    print(b.title(), b.capitalize(), b.swapcase(), b.isascii(), b.isalnum(), b.istitle())
print(b'ab'.ljust(5, b'-'), bytearray(b'ab').rjust(5), b'-3'.zfill(4), b'a\tb'.expandtabs(4))
print(b'abc'.removeprefix(b'a'), bytearray(b'abc').removesuffix(b'bc'), b'abc'.translate(bytes.maketrans(b'ab', b'xy'), b'c'))
print(b'\x01\xff'.hex(), bytes.fromhex('01ff'), bytearray(b'Hi').title())
for bad in [lambda: b'ab'.ljust(5, 'x'), lambda: b'abc'.removeprefix('a'), lambda: b'abc'.translate(b'x'),
            lambda: bytes.maketrans(b'a', b'bc')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
