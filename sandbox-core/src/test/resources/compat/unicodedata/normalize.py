import unicodedata


def cps(s):
    return " ".join("%04X" % ord(c) for c in s)


samples = ["José", "Jose\u0301", "ÅNGSTRÖM", "Straße", "naïve café", "Ĳssel ŀl ŉ ſ", "½ ¼ ¾ ² ³ ¹ µ ª º",
           "e\u0301\u0323", "a\u0323\u0302", "o\u0308\u0304", "\u00a0x\u00a8\u00b4\u00b8\u00af", "Ǆ"[:0] + "Łódź",
           "Crème Brûlée", "plain ascii", "", "\u0301a", "u\u0308\u0301"]
for s in samples:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        r = unicodedata.normalize(form, s)
        print(form, cps(s), "->", cps(r), unicodedata.is_normalized(form, s))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


print(strip_accents("Écrit à Zürich, Dvořák, Łódź"))
print("".join(c for c in unicodedata.normalize("NFKD", "Café Ünïcödé") if ord(c) < 128))
for ch in "aZ5 _é\u0301ß½²\u00a0Ł-(":
    print("%04X" % ord(ch), unicodedata.category(ch), unicodedata.combining(ch), unicodedata.name(ch, "?"),
          unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None),
          repr(unicodedata.decomposition(ch)), unicodedata.bidirectional(ch))
print(unicodedata.lookup("LATIN SMALL LETTER E WITH ACUTE") == "\u00e9", unicodedata.unidata_version)
try:
    unicodedata.normalize("NFX", "a")
except ValueError as e:
    print("ValueError:", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError:", e)
try:
    unicodedata.numeric("a")
except ValueError as e:
    print("ValueError:", e)
