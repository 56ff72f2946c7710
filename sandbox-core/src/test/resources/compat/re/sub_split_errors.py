import re

print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(\d)', 'a1b2c'), re.split(r'\b', 'a b'), re.split(r'x*', 'axbc'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r'(,)|(;)', 'a,b;c'), re.split(r'\s+', '  lead'), re.split('', 'ab'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site'), re.subn('a', 'b', 'aaa', 2), re.subn('z', 'y', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22'), re.sub('a', r'\n\t\\', 'xa'), re.sub('(a)', r'[\g<1>\g<0>]', 'ab'))
print(re.sub(r'(?P<x>\w)', r'<\g<x>>', 'ab'), re.sub('(a)|b', r'[\1]', 'ab'), re.sub('', '-', 'abc'), re.sub('b*', '-', 'abc'))
print(re.sub(r'\s+', ' ', '  many   spaces\there  ').strip(), re.sub('a', r'\-', 'a'), re.sub(r'(\d)(\d)', r'\2\1', '1234', count=1))
print(re.sub(r'(?m)^', '> ', 'l1\nl2'), re.sub('$', '!', 'a\n'), re.sub(r'[aeiou]', lambda m: m.group().upper(), 'education'))
print(re.escape('a.b*c'), re.escape('100% [x] {y} a-b #c ~d'), re.escape('tab\there'))
for bad in ['*a', 'a**', '(a', 'a)', '[a', r'\q', 'a{3,2}', '(?P<1>a)', r'(a)\2', '(?P<a>x)(?P<a>y)', '(?<=a+)b',
            '[z-a]', '(?P=nope)', '(?z)', 'a|*', '\\', '(?i', 'x(?i)y', '[\\w-z]', r'\x4', '(?P<a', '^*', 'a\n)']:
    try:
        re.compile(bad)
        print('compiled', bad)
    except re.error as e:
        print('error:', e, '|', e.msg, e.pos)
for tmpl in [r'\3', r'\g<x>', r'\g<1', r'\q', '\\']:
    try:
        print(re.sub('(a)', tmpl, 'a'))
    except re.error as e:
        print('error:', e)
    except IndexError as e:
        print('IndexError:', e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
print(issubclass(re.error, Exception), re.error.__name__)
