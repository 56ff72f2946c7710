# Code the source rewriter must leave meaning exactly what it meant: names that look like
# keywords, brackets in strings and comments, line continuations, nested constructs.
match = {"case": [3, 1, 2]}          # `match` and `case` as plain names
case = match["case"][::-1]
print(match, case, case[::2], "s[::-1]"[::-1])
text = "title() ljust(5) {**a} [*b] %d"   # rewriter targets inside a string stay text
print(text, '# not a comment [::-1]', r'\d{2}[::-1]')
values = [1, 2, 3, 4, 5, 6]
print(values[1::2], values[::-2], values[-1:0:-2], values[:: 3], values[len(values) // 2::])
print([v for v in values][::-1][:2], (lambda s: s[::-1])("abc"))
total = (values[0] +
         values[1::2][0] +   # a comment with ( [ {
         values[-1])
print(total)
a, b = {"x": 1}, {"y": 2, "x": 3}
merged = {**a,
          **b,
          "z": [*values[:2], *"ab"]}
print(merged, sorted({*values[:3], *[9]}), (*values[:2], 0), [*range(3)])


def nested(items):
    out = []
    for item in items:
        match item:
            case {"kind": "point", "at": [x, y]} if x == y:
                out.append(f"diag {x}")
            case {"kind": "point", "at": [x, y]}:
                out.append(f"point {x},{y}")
            case [first, *rest]:
                match first:
                    case int() | float():
                        out.append(f"num-led {first!r:>4} +{len(rest)}")
                    case str(s) if s.isupper():
                        out.append(f"UPPER {s.title()}")
                    case _:
                        out.append("other list")
            case str() as s:
                out.append(s.center(9, '*'))
            case None:
                out.append("none")
            case _:
                continue
        out.append(";")
    return out


print(nested([{"kind": "point", "at": [2, 2]}, {"kind": "point", "at": [1, 2]}, [1.5, 2], ["AB c"],
              ["x"], "mid", None, 42]))
width, price, name = 12, 1234.5, "widget"
print(f"{name:>{width}}|{price:,.2f}|{price=}|{name!r:^{width + 2}}|{'lit'}|{{braces}}")
print(f"{name.title()!s:<8}" f"{len(name)}" "plain" f'{price:_.1f}', 'x' 'y')
print("%-8s|%8.2f|%5.1f%%|%(k)s" % (name, 2.675, 12.25, {"k": 1}) if False else "%-8s|%8.3f" % (name, 2.675))
print("{:>8}|{:,}|{!r}".format(name, 10**6, name), "{0[1]} {1.real}".format("ab", 3))
s = "Hello World"
print(s.swapcase(), s.casefold(), s.zfill(13), s.rjust(13, '.'), (255).bit_length(), (0.5).as_integer_ratio())
nums = list(range(10))
nums[::3] = ["x"] * 4
del nums[1::4]
print(nums)
