from decimal import Decimal, InvalidOperation

for s in ["0", "-0", "1.50", "  12.345  ", "+7", "-0.000", "1e3", "1E-3", "2.5e+10", "-1.2E-12",
          ".5", "5.", "1_000.25", "_1", "1__0", "in_f", "NaN", "-nan", "Infinity", "-inf", "+INF", "sNaN", "nan123",
          "0E+5", "123456789012345678901234567890.123", "1e-7", "0.000001", "0.0000001",
          "\t42\n"]:
    d = Decimal(s)
    print(repr(s), str(d), repr(d))

for bad in ["", "abc", "1.2.3", "1e", "e5", "--1", "_", "1 _", "1 2", "0x10"]:
    try:
        Decimal(bad)
        print("no error", bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)

for i in [0, 7, -42, 10**30, -(10**25) + 1, True]:
    print(repr(Decimal(i)))

for f in [0.1, 0.5, -0.0, 1.0, 100.0, 1e20, 2.675, 1.1, -3.75, 1e-5, float("inf"), float("nan"),
          123456.789]:
    print(repr(f), repr(Decimal(f)), str(Decimal.from_float(f)))

for t in [(0, (1, 2, 5), -2), (1, (4, 0), 3), (0, (), 0), (1, (0,), 'F'), (0, (), 'n'),
          [0, [3, 1, 4], -2]]:
    print(repr(Decimal(t)))

for bad in [(2, (1,), 0), (0, (1, 10), 0), (0, (1,), 'x'), (0, (1,)), (0, (1,), 1.5)]:
    try:
        Decimal(bad)
    except ValueError as e:
        print("ValueError", e)

for bad in [[1], {}, None, 1j]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(Decimal(Decimal("3.140")), Decimal())
