from string import Template
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b c-d', '-'), repr(string.capwords('  x  ')))
t = Template('$who likes ${what}; $$5 ok')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
print(t.substitute({'who': 1, 'what': 2}, what='kw'))
try:
    t.substitute(who='a')
except KeyError as e:
    print('KeyError', e)
try:
    Template('ok\n  $ bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('$a $ $b').safe_substitute(a=1))
class P(Template):
    delimiter = '%'
print(P('%x and %{y}%%').substitute(x=1, y=2))
class Q(Template):
    idpattern = '[a-z]+'
print(Q('$abc1 $ABC').safe_substitute(abc='v', ABC='w'))
print(Template('$x ${y} $x $$z').get_identifiers(), Template('$x').is_valid(), Template('$ x').is_valid())
print(t.template)
