class R:
    def __init__(s, x): s.x = x
    def random(s):
        s.x = (s.x * 1103515245 + 12345) % 2147483648
        return s.x / 2147483648
    def randint(s, a, b): return a + int(s.random() * (b - a + 1))
random = R(5)

vals = [2.675, 1.005, 0.125, 0.375, 2.5, -2.675, 1234.5678, 0.1+0.2, 1e-7, 123456789.123456789, 5e-324, 1.7976931348623157e308, -0.001, 0.5, 1.5, 2.345, 3.14159265358979, 1e15+0.5, 4503599627370495.5]
for v in vals:
    print([round(v, n) for n in (0, 1, 2, 3, 5, 10, 17, 20, -1, -2, -5)], round(v))
tot = 0
out = []
for i in range(3000):
    x = random.random() * 10 ** random.randint(-3, 8)
    if random.random() < 0.5:
        x = round(x, random.randint(0, 4)) + 5 * 10 ** -random.randint(1, 6)
    out.append(round(x, random.randint(-3, 12)))
print(hash(tuple(out)) if False else sum(out), out[:20])
print(ascii('héllo ☃ 😀'), ascii(['é']), ascii(1))
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '^5'), format(1234567, ','), format(None), format([1]))
try: format(None, '>5')
except TypeError as e: print(e)
print(pow(3, -1, 7), pow(2, 10, 1000), pow(2, 10))
try: pow(2, -1, 4)
except ValueError as e: print(e)
print(list(zip([1,2],[3,4], strict=True)))
for a in ([1,2],[3]), ([1],[3,4]), ([1,2],[1,2],[1]), ([1,2],[1,2],[1,2,3]):
    try: print(list(zip(*a, strict=True)))
    except ValueError as e: print(e)
print('a', 'b', sep='-', end='!\n', flush=True)
print(sorted([(1,'b'),(0,'z'),(1,'a'),(0,'y')]*3, key=lambda p: p[0]))
print(sorted([(1,'b'),(0,'z'),(1,'a'),(0,'y')]*3, key=lambda p: p[0], reverse=True))
print(sorted(range(40), key=lambda x: x % 3, reverse=True))
print(sorted(['b', 'a', 'c'], reverse=True), sorted([3, 1, 2]), sorted([1.0, 1, True]), sorted([]), sorted('hello'))
try: sorted([{}, {}], key=lambda d: d)
except TypeError as e: print('TypeError')
class V:
    def __init__(self, v): self.v = v
    def __vars__(self): pass
print(vars(V(3)))
