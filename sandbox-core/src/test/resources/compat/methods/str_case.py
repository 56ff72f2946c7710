print('hello world'.title(), "they're bill's friends".title(), 'HELLO wORLD'.capitalize())
print('ǆemal ǅ Ǆ'.title(), 'ǉubljana'.capitalize(), 'ßtraße'.title(), 'ﬁsh ﬂow'.title())
print('İstanbul'.capitalize(), 'xİ'.capitalize(), 'éCOLE'.capitalize(), 'ŉ'.title())
print('ΣΑΣ ΟΔΟΣ'.capitalize(), 'ὈΔΥΣΣΕΎΣ'.title(), 'ΑΣ.Σ'.swapcase(), 'Σ'.swapcase(), 'aΣ\u0301b'.swapcase())
print('Straße'.casefold(), 'ΣΑΣ'.casefold(), 'ﬃ'.casefold(), 'HeLLo'.casefold() == 'hello', 'ᾳ ᾼ'.casefold())
print('Hello World ǅ'.swapcase(), ''.title(), ''.capitalize(), '123abc'.capitalize(), 'a1b2'.title())
print('|'.join(map(str.title, ['ab cd', 'éa', 'x-y_z'])))
print(' '.join(sorted(['b', 'A', 'c', 'B', 'ä'], key=str.casefold)))
print([w.capitalize() for w in 'the quick brown fox'.split()])
for bad in [lambda: 'x'.title(1), lambda: str.title(), lambda: str.title(5), lambda: 'x'.casefold(x=1),
            lambda: 'x'.nosuchmethod(), lambda: str.nosuchmethod]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
