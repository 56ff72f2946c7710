class Grid:
    def __getitem__(self, key):
        return ('get', key.start, key.stop, key.step)
    def __setitem__(self, key, value):
        print('set', key.start, key.stop, key.step, value)
    def __delitem__(self, key):
        print('del', key.start, key.stop, key.step)
g = Grid()
print(g[1:10:2], g[::-1], g['a'::None])
g[::2] = 'v'
del g[5::-1]
class Doubled(list):
    pass
d = Doubled([1, 2, 3, 4])
print(d[::2], type(d[::2]).__name__, d[::-1])
class Word(str):
    pass
print(Word('stressed')[::-1])
