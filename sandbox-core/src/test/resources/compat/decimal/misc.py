from decimal import Decimal as D, InvalidOperation
import decimal

for v in ["-12.340", "0", "-0", "1E+3", "NaN", "-Infinity", "7"]:
    d = D(v)
    print(v, d.as_tuple(), d.is_zero(), d.is_signed(), d.is_nan(), d.is_finite(),
          d.is_infinite(), repr(d.copy_abs()), repr(d.copy_negate()), d.adjusted())
t = D("3.14").as_tuple()
print(t.sign, t.digits, t.exponent, t[1], len(t), list(t), t == (0, (3, 1, 4), -2))
sign, digits, exp = D("-5.5").as_tuple()
print(sign, digits, exp)
for v in ["4", "0.04", "4.00", "100", "1E+2", "2", "0.5", "1.0", "0", "-0", "144E-2", "1E-10", "15241383936"]:
    print(v, repr(D(v).sqrt()))
for v in ["123.999", "-0.5", "1E+25", "0.1", "1.797693134862315708145274237E+308", "1E+400", "-1E-400",
          "3.14159265358979323846264338327950288", "123456789012345678901234567890.75"]:
    d = D(v)
    print(v, int(d), float(d), repr(float(d)))
print(float(D("NaN")), float(D("-Infinity")), D("2.5").as_integer_ratio(), D("-0.125").as_integer_ratio())
print(D(7).as_integer_ratio(), D("1E+2").as_integer_ratio())
print(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.ROUND_HALF_EVEN, decimal.MAX_PREC)

# a ledger, as agent code writes it
entries = [("rent", "-1200.00"), ("salary", "3500.50"), ("coffee", "-3.75"), ("refund", "12.5")]
bal = D("0")
for name, amt in entries:
    bal += D(amt)
    print(format(name, "<8"), format(D(amt), ">10,.2f"), format(bal, ">12,.2f"))
print("total", bal, bal.quantize(D("0.01")), -bal, abs(-bal))
rate = D("0.035")
for year in range(1, 4):
    bal = (bal * (1 + rate)).quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)
    print(year, bal)
split = bal / 3
print(split, split.quantize(D("0.01")), split.quantize(D("0.01")) * 3)
parts = [D("33.33")] * 3
print(sum(parts), D("100") - sum(parts), D("100") / D("3") * 3)
avg = sum([D("1.10"), D("2.20"), D("3.30")]) / 3
print(avg, str(avg), repr(avg))
print(D("19.99") * 100 // 1, int(D("19.99") * 100), D("0.1") * 3 == D("0.3"))
