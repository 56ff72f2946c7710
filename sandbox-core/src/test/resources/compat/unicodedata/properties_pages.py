# Character properties beyond the Latin range (unicodedata/_page_XX.py): every code point of every
# covered page, assigned or not, through each property function, compared with CPython as a
# checksum per page, plus readable samples and name lookups.
import unicodedata as U

PAGES = (0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x09, 0x1E, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26,
         0x27, 0x28, 0x29, 0x2A, 0x2B, 0x30, 0xFB, 0xFE, 0xFF, 0x1F3, 0x1F4, 0x1F5, 0x1F6, 0x1F9)


def props(ch):
    return (U.category(ch), U.combining(ch), U.bidirectional(ch), U.decomposition(ch), U.name(ch, "-"),
            U.decimal(ch, -1), U.digit(ch, -1), U.numeric(ch, -1.5))


for page in PAGES:
    total = 0
    named = 0
    for c in range(page * 256, page * 256 + 256):
        text = repr(props(chr(c)))
        if U.name(chr(c), None) is not None:
            named += 1
        # the byte sum keeps the guest fast (its per-character loops are slow); position-weighted
        total = (total * 31 + sum(text.encode()) * 3 + len(text)) % 1000003
    print("page %03X: %d named, checksum %d" % (page, named, total))

for ch in "€٣Ωж™½→∑✓＄ﬁ😀🚀\u0378\u2065":
    print("U+%04X" % ord(ch), props(ch))
for name in ("EURO SIGN", "GREEK SMALL LETTER ALPHA", "GRINNING FACE", "FULLWIDTH DIGIT ONE", "RIGHTWARDS ARROW"):
    print(name, "U+%04X" % ord(U.lookup(name)))
try:
    U.name("\u0378")
except ValueError as e:
    print("ValueError", e)
