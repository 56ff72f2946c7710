table = str.maketrans('abc', 'xyz', 'd')
print(sorted(table.items()))
print('abcdef'.translate(table), 'abc'.translate({97: 'AA', 98: None}), 'abc'.translate('XYZ' * 40))
print('hello'.translate(str.maketrans({'l': 'L', 'o': None, 104: 72})))
print('hi'.maketrans('h', 'j') == str.maketrans('h', 'j'), 'é'.translate({233: 'e'}))
import string
print('Hello, World!'.translate(str.maketrans('', '', string.punctuation)))
for bad in [lambda: 'abc'.translate({97: 1.5}), lambda: 'abc'.translate({97: -1}), lambda: 'abc'.translate({97: 0x110000}),
            lambda: str.maketrans('ab'), lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}),
            lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, 'c'), lambda: str.maketrans('a', 1),
            lambda: str.maketrans('a', 'b', 1), lambda: str.maketrans()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
