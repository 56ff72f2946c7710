# repr() of str prints a character as-is when CPython's str.isprintable() holds for it, and
# escapes it otherwise: the same code serves repr, print of containers, %r, !r and f-strings.
samples = [
    "é", "naïve café", "Ünïcödé", "\x80\x9f", "\xa0", "\xad", "\xa1\xbf\xd7\xf7\xff",
    "日本語テキスト", "한국어", "中文，标点。", "😀👍🏽", "e\u0301", "a\u0300\u0316",
    "\x00\x07\x1b\x7f", "tab\there\nnew\rline", "\u200b", "\u2028\u2029", "\ufeff", "\u00ad",
    "\ue000", "\U000f0000", "\U0010ffff", "\ufffe", "\u0378", "\U000e0001", "\u061c",
    "\u2060\u2061", "\u3000", "\u1680", "\U0001f600", "\u0378\u0379", "'\"", "it's", "\\",
    "ß", "Ω≈ç√∫", "\u0600", "\U00010000", "\U0001d400",
]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(samples[:6])
print({"clé": "valeur", "日本": ["é", "\xa0"]})
print(("é",), {"ü"}, "%r|%s" % ("ñ", "ñ"), "{!r}".format("ø"), f"{'ç'!r}")
