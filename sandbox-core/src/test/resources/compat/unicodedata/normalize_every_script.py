# unicodedata.normalize beyond the Latin range (the full tables of unicodedata/_norm.py): blocks of
# code points from many scripts through all four forms, compared with CPython as checksums, plus
# the cases that test an implementation: Hangul by formula, canonical reordering of marks,
# composition exclusions, singletons, blocked compositions, ligatures and full-width forms.
import unicodedata

BLOCKS = [(0xA0, 0x250), (0x370, 0x400), (0x400, 0x530), (0x590, 0x700), (0x900, 0x9FF), (0xE00, 0xF00),
          (0x1E00, 0x2000), (0x2000, 0x2200), (0x2460, 0x2500), (0x3000, 0x3100), (0x3200, 0x3400),
          (0xAC00, 0xAC60), (0xD7A0, 0xD7B0), (0xF900, 0xF960), (0xFB00, 0xFB50), (0xFE30, 0xFE70),
          (0xFF00, 0xFFF0), (0x1D400, 0x1D500), (0x1F100, 0x1F250), (0x2F800, 0x2F840)]

for first, last in BLOCKS:
    sums = []
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        total = 0
        length = 0
        for start in range(first, last, 16):
            text = "".join(chr(c) for c in range(start, min(start + 16, last)))
            out = unicodedata.normalize(form, text)
            length += len(out)
            for ch in out:
                total = (total * 7 + ord(ch)) % 1000003
        sums.append("%s %d/%d" % (form, length, total))
    print("U+%04X-U+%04X" % (first, last - 1), ", ".join(sums))

samples = [
    "\uFB01nance \uFB02ow",  # ligatures
    "\uFF28\uFF45\uFF4C\uFF4C\uFF4F\uFF01 \uFF11\uFF12\uFF13",  # full-width
    "\u1100\u1161\u11A8 \u1100\u1161 \uAC00\u11A8 \u1112\u1161\u11AB\u1100\u1173\u11AF",  # Hangul jamo
    "a\u0316\u0301\u0300 q\u0307\u0323 e\u0301\u0327",  # marks in non-canonical order
    "\u0958 \u0915\u093C \u2ADC \u0F73",  # composition exclusions
    "\u212B \u2126 \u212A \u0340 \u0374 \u037E",  # singletons
    "\u00C5\u0301 a\u0308\u0301 \u1E9B\u0323",  # compositions, some blocked
    "\u2460 \u00BD \u2153 \u33A1 \u2122 \u2161 \u00B2 x\u2082",  # compatibility forms
    "\U0001D400\U0001D41A \U0001F130 \u3300 \u32A4",
]
for text in samples:
    row = []
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        out = unicodedata.normalize(form, text)
        row.append(" ".join("%X" % ord(ch) for ch in out))
        row.append(str(unicodedata.is_normalized(form, text)))
    print(" | ".join(row))
