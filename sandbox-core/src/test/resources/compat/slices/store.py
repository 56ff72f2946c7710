x = list(range(10))
x[::2] = [0] * 5
print(x)
n = 30
sieve = [True] * n
for i in range(2, 6):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(range(i * i, n, i))
print([i for i in range(2, n) if sieve[i]])
y = list(range(6))
y[::-1] = y
print(y)
z = list('abcdef')
z[1:3:1] = 'XYZW'
z[5:2:1] = [4]
print(z)
b = bytearray(b'abcdef')
b[::2] = b'XYZ'
print(b)
b[::2] = b''
print(b)
b = bytearray(b'abcdef')
b[4:1:-1] = [65, 66, 67]
print(b)
for target, value in [(list('abcdef'), [1]), (list('abcdef'), 5), (bytearray(b'abcdef'), b'x'),
                      (bytearray(b'abcdef'), 'ab'), (bytearray(b'abcdef'), 7), ('abc', 'x'), ((1, 2), [1]),
                      (list('abc'), [])]:
    try:
        target[::2] = value
        print(target)
    except Exception as e:
        print(type(e).__name__, e)
try:
    x[::0] = []
except Exception as e:
    print(type(e).__name__, e)
