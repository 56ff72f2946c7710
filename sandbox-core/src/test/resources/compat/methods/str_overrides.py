# methods MicroPython has but gets wrong: ASCII-only case mapping and classes, center without fillchar
for w in ['héllo wörld', 'ΣΑΣ ΟΔΟΣ', 'Straße', 'ǅ', 'ABC', 'abc', '', 'ǅa', 'Ab', '١٢', '²', '\u3000 ', 'ⅰ']:
    print(ascii(w), w.upper(), w.lower(), w.isupper(), w.islower(), w.isalpha(), w.isdigit(), w.isspace())
print('Name'.center(12, '~'), '|' + 'ab'.center(7) + '|', '[' + 'abc'.center(6, '*') + ']', b'ab'.center(5, b'-'))
print('|'.join(map(str.upper, ['é', 'ß', 'x'])), str.center('ab', 6, '.'))
for bad in [lambda: 'ab'.center(5, 'xy'), lambda: 'ab'.center(), lambda: 'é'.upper(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
