print('{name} is {age:>4} years; {name!r}'.format_map({'name': 'Bob', 'age': 7}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} and {b}'.format_map(Default(a=1)))
print('{x:{w}.{p}f}|{{literal}}'.format_map({'x': 3.14159, 'w': 8, 'p': 2}))
print('{a[0]} {a[1]} {d[k]} {o.real}'.format_map({'a': [5, 6], 'd': {'k': 'v'}, 'o': 3}))
class Loud:
    def __getitem__(self, key):
        return key.upper()
print('{hello} {world}'.format_map(Loud()))
for fmt, mapping in [('{a} {b}', {'a': 1}), ('{}', {}), ('{0}', {}), ('a}', {}), ('{a', {'a': 1}), ('{a!x}', {'a': 1}),
                     ('{a:{b:{c:{d}}}}', {'a': 1, 'b': 2, 'c': 3, 'd': 4}), ('{a}', 5)]:
    try:
        print(fmt.format_map(mapping))
    except KeyError as e:
        print('KeyError', e.args)
    except Exception as e:
        print(type(e).__name__, e)
