for w in [0, 2, 5, True]:
    print(repr('ab'.ljust(w)), repr('ab'.rjust(w, '*')), repr('-42'.zfill(w)), repr('+7'.zfill(w)))
print('x'.ljust(3, 'é') + '|', '42'.zfill(5), '-'.zfill(3), 'abc'.zfill(2), ''.zfill(3))
print(repr('a\tbc\td\n\tx'.expandtabs()), repr('a\tbc\r\tx'.expandtabs(4)), repr('a\tb'.expandtabs(tabsize=2)), repr('a\tb'.expandtabs(0)))
print('test_case'.removeprefix('test_'), 'test_case'.removeprefix('x'), 'file.py'.removesuffix('.py'), 'abc'.removesuffix(''))
for bad in [lambda: 'ab'.ljust(5, 'xy'), lambda: 'ab'.ljust(5, 1), lambda: 'ab'.rjust('5'), lambda: 'ab'.ljust(),
            lambda: 'ab'.ljust(5, fillchar='x'), lambda: 'ab'.zfill(), lambda: 'ab'.zfill(1.5),
            lambda: 'ab'.expandtabs('x'), lambda: 'ab'.expandtabs(1, 2), lambda: 'abc'.removeprefix(1),
            lambda: 'abc'.removesuffix(b'c')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
