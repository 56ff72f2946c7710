# list.sort keeps equal keys in their order (MicroPython's own is an unstable quicksort)
records = [("fruit", "banana"), ("veg", "leek"), ("fruit", "apple"), ("veg", "bean"), ("fruit", "fig")] * 3
by_kind = list(records)
by_kind.sort(key=lambda r: r[0])
print(by_kind)
nums = [3, -9, 6, 4, -1, -1, 5, 2, 8, -3, 0, 7]
nums.sort(key=lambda x: x % 3)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
words = "the quick brown fox jumps over the lazy dog again and again".split()
words.sort(key=len)
print(words)
plain = [5, 3, 9, 1]
plain.sort()
print(plain, plain.sort() is None)
for bad in [lambda: [3, 1].sort(lambda x: x), lambda: [3, 1].sort(cmp=None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    [1, "a"].sort()
except TypeError as e:
    # the type only: MicroPython words mixed-type comparison errors its own way (README, limits)
    print("TypeError")
class Box:
    def __init__(self):
        self.items = []
    def sort(self, how):
        return "box sorted " + how
print(Box().sort("up"))
