words = ['123', '١٢٣', '½', 'Ⅻ', '²', '3.5', '', 'abc', 'a b', 'abc123', 'éa1', '_x', '1x', 'x1', 'ℕ',
         'a·', 'Ⅰ', '\t', '\u00ad', 'Hello World', 'Hello world', 'HELLO', 'ǅemal', 'Σίσυφος', 'héllo', 'ascii']
for w in words:
    print(ascii(w), w.isascii(), w.isprintable(), w.isidentifier(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.istitle())
print(sum(1 for w in words if w.isdecimal()), ' '.join([w for w in words if w.isidentifier()]))
