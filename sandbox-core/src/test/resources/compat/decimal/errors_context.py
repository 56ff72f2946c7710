import decimal
from decimal import (Decimal as D, getcontext, localcontext, Context, InvalidOperation,
                     DivisionByZero, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR)

print(repr(getcontext()))
print(getcontext().prec, getcontext().rounding)
for f in [lambda: D(1) / 0, lambda: D(0) / D(0), lambda: D(5) // 0, lambda: D(5) % 0,
          lambda: D(0) % 0, lambda: D("abc"), lambda: D("1E+40") // D("1E-5"),
          lambda: D("Infinity") - D("Infinity"), lambda: D(0) ** 0, lambda: D(-4).sqrt(),
          lambda: D("sNaN") + 1, lambda: D("Infinity") * 0]:
    try:
        print(f())
    except DivisionByZero as e:
        print("DivisionByZero", e, e.args)
    except InvalidOperation as e:
        print("InvalidOperation", e, e.args)
try:
    D(1) / D(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError caught", e)
try:
    D("x")
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
for f in [lambda: D(1) + 1.5, lambda: D(1) - 0.5]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
for f in [lambda: int(D("NaN")), lambda: int(D("-Infinity"))]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D("123456.789") + 0, D(2).sqrt(), ctx.prec)
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3), D("9.99999") * 1)
print(D(1) / D(3), getcontext().prec)
with localcontext(prec=4, rounding=ROUND_HALF_UP) as ctx:
    print(D("2.5") / 1, D("1.23456") + 0, D("2.00005").quantize(D("1.000")), ctx.rounding)
with localcontext(Context(prec=3)) as ctx:
    print(D(100) / 7, ctx.prec)
c = getcontext()
old = c.prec
c.prec = 6
print(D(22) / D(7), D("1234567") * 1, D("1234567"))
c.prec = old
c.rounding = ROUND_HALF_UP
print(D("2.675").quantize(D("0.01")), D("0.125").quantize(D(".01")))
c.rounding = "ROUND_HALF_EVEN"
for bad in [0, -1]:
    try:
        c.prec = bad
    except ValueError as e:
        print("ValueError", e)
try:
    c.rounding = "nearest"
except TypeError as e:
    print("TypeError", e)
with localcontext(rounding=ROUND_FLOOR):
    print(D(1) - D(1), -D(0), D("-0") + D("0"))
ctx2 = Context(prec=10)
print(ctx2.prec, ctx2.rounding, ctx2.create_decimal("3.14159265358979"), D("3.14159265358979"))
traps = getcontext().traps
traps[DivisionByZero] = False
print(D(1) / 0, D(-5) / 0)
traps[DivisionByZero] = True
print(getcontext().flags[DivisionByZero])
print(issubclass(InvalidOperation, decimal.DecimalException), issubclass(decimal.DecimalException, ArithmeticError))
