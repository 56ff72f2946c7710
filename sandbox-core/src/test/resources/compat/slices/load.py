print('abc'[::-1], 'hello world'[::2], 'héllo wörld'[::-1], 'abcdef'[4:1:-1], 'abcdef'[-2::-2], 'abc'[::1])
print(b'abcdef'[::-1], bytearray(b'abcdef')[1::2], (1, 2, 3, 4, 5)[::2], (1, 2, 3)[::-1], [1, 2, 3, 4][::-1])
print(range(10)[::-1], range(1, 20, 3)[::2], range(10)[8:2:-3], list(range(10)[::-3]))
s = 'racecar'
print(s == s[::-1], ''[::-1], 'abcdef'[10:-10:-3], 'abcdef'[-100:100:3], 'abcdef'[True::2])
class Idx:
    def __index__(self):
        return 2
print('abcdef'[Idx()::Idx()], [0, 1, 2, 3, 4][::Idx()])
for bad in [lambda: 'abc'[::0], lambda: (1, 2)[::0], lambda: 'abc'['a'::2], lambda: [1, 2]['a'::2],
            lambda: 'abc'[::'x'], lambda: (1, 2)[1.0::2], lambda: [1][::0]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
