from decimal import (Decimal as D, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, InvalidOperation)

modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_05UP]
vals = ["2.345", "2.355", "-2.345", "-2.355", "2.3450001", "0.005", "-0.005", "2.301", "2.351",
        "1.999", "0", "-0.004", "7", "2.5", "-2.5", "3.5", "0.05"]
for m in modes:
    print(m, [str(D(v).quantize(D("0.01"), rounding=m)) for v in vals])
    print(m, [str(D(v).quantize(D("1"), m)) for v in vals])
print([str(D(v).quantize(D("0.01"))) for v in vals])
print(D("1234.5678").quantize(D("1E+2")), D("1234.5678").quantize(D("1E+2"), ROUND_UP))
print(D("1.5").quantize(D("0.0001")), D("12").quantize(D("0.00")), D("1E+3").quantize(D(1)))
print(D("0.0001").quantize(D("10"), ROUND_UP), D("-0.0001").quantize(D("10"), ROUND_CEILING))
print(D("123.456").quantize(D(".1")), D("-0").quantize(D("0.01")), D("Infinity").quantize(D("Inf")))
try:
    D("1").quantize(D("1e-30"))
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    D("1").quantize(D("Infinity"))
except InvalidOperation as e:
    print("InvalidOperation", e)
for v in ["2.5", "3.5", "-2.5", "2.4999", "1E+3", "-0.5", "12.345"]:
    d = D(v)
    print(v, d.to_integral_value(), d.to_integral_value(ROUND_HALF_UP), d.to_integral(ROUND_FLOOR),
          d.to_integral_exact(ROUND_CEILING), int(d), float(d))
for v in ["1.2300", "0.00", "-120.0", "1E+2", "100", "5", "-0.000100", "123456789012345678901234567890"]:
    print(v, repr(D(v).normalize()))
