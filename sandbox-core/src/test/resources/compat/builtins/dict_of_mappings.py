# dict() copies any mapping, dict subclasses included (MicroPython reads them as pairs)
from collections import Counter, OrderedDict, defaultdict, ChainMap
counts = Counter("mississippi")
print(dict(counts), dict(counts, extra=1), dict(OrderedDict(b=2, a=1)))
dd = defaultdict(list)
dd["x"].append(1)
print(dict(dd), dict(ChainMap({"a": 1}, {"b": 2})), dict([("k", "v")]), dict(a=1), dict())


class Mapping:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, key):
        return key * 2


print(dict(Mapping()), dict({"z": 0}), dict(zip("ab", [1, 2])))
try:
    dict(5)
except TypeError:
    print("TypeError")
