# Assignment expressions inside comprehensions at module level bind module globals (CPython);
# MicroPython's compiler refuses them, so the rewriter routes them through _sandbox_bind.
import re

values = [4, 11, 7, 23, 2, 18]
print([y for x in values if (y := x * x) > 50], y)

total = 0
running = [total := total + v for v in values]
print(running, total)

words = ["alpha", "beta", "gamma"]
lengths = {w: (n := len(w)) for w in words}
print(lengths, n)

print(any((hit := re.match(r"g(\w+)", w)) for w in words), hit.group(1))
print(sum(last := v for v in values), last)

matrix = [[1, 2], [3, 4]]
flat = [[cell := c * 10 for c in row] for row in matrix]
print(flat, cell)

for row in matrix:
    doubled = [(d := c * 2) for c in row]
print(doubled, d)

if (count := len(values)) > 3:
    print("plain walrus at module level", count)


def inside():
    return [z for z in range(5) if (k := z * z) > 3], k  # function scope: MicroPython's own


print(inside())
pick = lambda xs: [q for x in xs if (q := x) > 1]  # a lambda's own scope: left as written
print(pick([1, 2, 3]))
