# More shapes agents write, each touching a rewrite rule inside another construct.
import functools
from dataclasses import dataclass


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        print(f"-> {fn.__name__}({', '.join(map(repr, args))}{', ' if kwargs else ''}"
              f"{', '.join(f'{k}={v!r}' for k, v in kwargs.items())})")
        return fn(*args, **kwargs)
    return inner


@dataclass
class Shape:
    kind: str
    size: float = 1.0

    def describe(self, width=8, label=lambda s: f"<{s:^6}>"):
        match self:
            case Shape(kind="circle", size=r) if r > 1:
                return f"{label('big'):>{width}} circle r={r:.1f}"
            case Shape(kind=k, size=s):
                return f"{label(k[:3]):>{width}} {k.title()} s={s:g}"


@logged
def area(shape, scale=1):
    match shape.kind, scale:
        case ("circle", 1):
            return round(3.14159 * shape.size ** 2, 3)
        case ("square" | "box", n) if isinstance(n, int):
            return shape.size ** 2 * n
        case _:
            return None


for s in [Shape("circle", 2.0), Shape("square", 1.5), Shape("blob")]:
    print(s.describe(), area(s), area(s, scale=2))

rev = True
data = list(range(8))
print(data[::-1 if rev else 1], [row[::2] for row in [data, data[1:]]], data[::3])
w, p, x = 10, 3, 2.0 / 3
print(f"{x:{w}.{p}f}|{x:<{w}.{p + 1}}|{f'{x:.2f}':>{w}}|{'nested ' + f'{w:03d}'}")
print(rb'\d+' + b'!', Rb"raw", f'''multi
line {w!r:>3} "quoted" {'inner'}''', F"{w:#x}")
text = """match this: not a statement
case closed"""
print(text.splitlines()[1].title(), "%s|%5.2f|%-4d|%%" % ("s", 2.675, 7))
try:
    match int("x"):
        case _:
            pass
except ValueError as e:
    # the type only: MicroPython words int()'s message differently (README, limits)
    print("ValueError", type(e).__name__)
totals = {}
for name, amount in [("a", 1.005), ("b", 2.5), ("a", 0.125)]:
    totals = {**totals, name: totals.get(name, 0) + amount}
print({k: f"{v:.2f}" for k, v in totals.items()}, [*totals], (*totals.values(),))


def running(xs):
    total = 0
    return [total := total + v for v in xs], total


print(running([1, 2, 3]), "{:>6}|{:<6}|{:^6.1%}".format("r", "l", 0.256), "{0[1]}{1:,}".format("xy", 12345))
