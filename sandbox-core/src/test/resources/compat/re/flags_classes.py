import re


def j(lst):
    return '|'.join(lst)


print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.findall('hello', 'HeLLo', re.I))
print(re.search(r'^b', 'a\nb', re.M), re.search(r'^b', 'a\nb'), re.search(r'a.b', 'a\nb', re.S), re.search('a.b', 'a\nb'))
print(re.findall(r'^\w+$', 'one\ntwo\nthree', re.MULTILINE), re.findall(r'\w+$', 'one\ntwo\n'))
print(re.search(r'x$', 'x\n'), re.search(r'x\Z', 'x\n'), re.search(r'\Ax', 'yx'), re.findall(r'$', 'a\nb\n'))
print(re.findall(r'''\d+  # number
                    \s* [a-z]+  # unit''', '10 kg, 5m', re.VERBOSE))
print(re.findall(r'(?x) a b c # comment', 'abc'), re.findall(r'(?x)[ ]a', ' a'))
print(re.compile('a', re.I | re.M), re.I | re.M, re.compile('x').flags, re.compile('(?i)x'), re.compile('x', re.A))
print(repr(re.I), str(re.S), re.IGNORECASE == 2, re.compile('a', re.X | re.A | re.S))
print(re.findall(r'[a-c]+', 'xxabcabx'), re.findall(r'[^a-c\s]+', 'ab de fc'), re.findall(r'[\d.]+', 'v1.2 and 3'))
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[a-]', 'a-b'), re.findall(r'[\]\\]', r'a]\b'), re.findall(r'[^]]', 'a]'))
print(re.findall(r'\bfoo\b', 'foo foobar afoo foo.'), re.findall(r'\Boo\B', 'foo zoom'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'\s+', 'a \t\nb\x0bc\x1cd'), re.findall(r'\S+', ' ab  c '), re.findall(r'\W+', 'a, b!c'), re.findall(r'\D+', 'a1b22'))
print(j(re.findall(r'\w+', 'naïve café straße ÉCOLE Ωmega 東京 x_1')), j(re.findall(r'\d', '1٣۴')))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'[a-z]+', 'Straße ÉCOLE', re.I))
print(j(re.findall(r'é', 'É é', re.I)), j(re.findall(r'ß', 'SS ß ẞ', re.I)), j(re.findall('k', 'K k \u212a', re.I)), j(re.findall('[k]', '\u212a', re.I)))
print(j(re.findall(r'[a-z]', '\u212a\u017f', re.I)), re.findall(r'[a-z]', '\u212a', re.I | re.A), re.findall(r'(?i:a)b', 'Ab AB'))
print(re.findall(r'(?-i:a)b', 'ab Ab aB', re.I), re.findall(r'\x41\u0042\U00000043\101\0', 'ABCA\x00'))
print(re.findall(r'.', 'a\nb'), re.findall(r'(?s).', 'a\nb'), re.findall(r'[.]', 'a.b'))
print(re.search(r'(?<=\$)\d+', 'cost $45'), re.search(r'foo(?!bar)', 'foobar foobaz').span(), re.search(r'(?<!a)b', 'abcb').span())
print(re.findall(r'(?=(\w\w))', 'abcd'), re.search(r'(?<=(a))b', 'ab').groups(), re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(\w+) \1', 'hey hey'), re.match(r'(?P<w>\w+) (?P=w)', 'ha ha'), re.match(r'(a)\1', 'aA', re.I))
print(re.match(r'(?#comment)a', 'a'), re.findall(r'\$\d+\.\d\d', 'pay $10.50 or $3.99'))
