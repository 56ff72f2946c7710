# Large dicts: growth well past any small-table size, removal from the front, the middle and the
# end, popitem/insert cycles (which leave dead index slots behind), copies of a module's constant
# dict, global and attribute dicts, and keys whose __eq__ changes the dict being searched.
import math

big = {}
for i in range(50000):
    big[i * 7 % 50021] = i
for i in range(0, 50000, 3):
    del big[i * 7 % 50021]
print(len(big), list(big.items())[:5], list(big.items())[-5:])
while len(big) > 30000:
    big.popitem()
for i in range(1000):
    big.pop(next(iter(big)))
print(len(big), list(big)[:3], sum(big.values()) % 1000003)
for i in range(40000):
    big["s%d" % i] = i
print(len(big), big["s39999"], big.get(3 * 7 % 50021), list(big)[-2:])

cycle = {i: i for i in range(10)}
for i in range(50000):
    cycle.popitem()
    cycle[i + 100] = i
print(len(cycle), list(cycle.items())[-3:])

front = {i: i for i in range(3000)}
for i in range(2990):
    del front[i]
print(front)

# removed keys at the end, then popitem: the last live pair, not the last position used
tail = {i: str(i) for i in range(100)}
for i in range(90, 100):
    del tail[i]
print(tail.popitem(), tail.popitem(), len(tail))
tail[5] = "again"  # re-adding a key that is present keeps its place
del tail[6]
tail[6] = "moved"  # re-adding a removed key puts it last
print(list(tail)[:8], list(tail)[-2:], tail.popitem())
while tail:
    tail.popitem()
tail["fresh"] = 1
print(tail)

# many removals and re-adds in a fixed-size dict squeeze the removed pairs out in place
churn = {i: i for i in range(64)}
for i in range(64, 5000):
    del churn[i - 64]
    churn[i] = i
print(len(churn), list(churn)[:3], list(churn)[-3:])

constants = math.__dict__.copy()
constants["extra"] = 1
print(constants["pi"] == math.pi, "sqrt" in constants, constants.get("nope"), constants["extra"])

for i in range(2000):
    globals()["g%d" % i] = i
print(g1999, len([k for k in globals() if k.startswith("g")]))


class Bag:
    pass


bag = Bag()
for i in range(500):
    setattr(bag, "a%d" % i, i)
print(bag.a499, len(bag.__dict__), list(bag.__dict__)[-1])


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


keyed = {Key(i): i for i in range(30)}
print(len(keyed), keyed[Key(7)], Key(31) in keyed, keyed.get(Key(29)))
del keyed[Key(4)]
print(len(keyed), [k.v for k in keyed][:6], keyed[Key(5)])


class Meddler:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if len(self.d) < 40:
            for i in range(100, 140):
                self.d[i] = i
        return False


meddled = {i: i for i in range(-20, 0)}  # past the small-map size, so the hash index serves it
meddled[Meddler(meddled)] = 1
meddled[Meddler(meddled)] = 2
print(len(meddled), sorted(v for v in meddled.values())[:3], list(meddled.values())[-3:])
print({True: 1, 1: 2, 1.0: 3}, {(1, 2): "a", (1, 2.0): "b"})
try:
    {}[[1]] = 1
except TypeError:
    print("unhashable key refused")
