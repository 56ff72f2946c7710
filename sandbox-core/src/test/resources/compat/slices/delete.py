for a, b, c in [(None, None, 2), (None, None, -1), (1, None, 3), (5, 0, -2), (4, 1, 1), (10, 2, 2), (None, None, -3)]:
    x = list(range(8))
    del x[a:b:c]
    y = bytearray(b'abcdefgh')
    del y[a:b:c]
    print(x, y)
for target in ['abc', b'abc', (1, 2), range(3), 5]:
    try:
        del target[::2]
    except Exception as e:
        print(type(e).__name__, e)
try:
    z = [1, 2]
    del z[::0]
except Exception as e:
    print(type(e).__name__, e)
