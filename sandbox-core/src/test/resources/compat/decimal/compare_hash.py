from decimal import Decimal as D, InvalidOperation

a, b = D("1.10"), D("1.1")
print(a == b, a != b, a < b, a <= b, a > D("1.09"), a >= 2, D("2") == 2, D("2.0") == 2, D(2) != 3)
print(D("0.5") == 0.5, D("0.1") == 0.1, D(0.1) == 0.1, D("1.5") < 2.0, D("-0") == 0, D("0") == D("-0.00"))
print(D("NaN") == D("NaN"), D("NaN") != 1, D("Infinity") > 10**50, D("-Infinity") < D("-1E+999"))
print(D("1E+3") > D("999.99"), D("-1E+3") < D("-999.99"), D("0.001") > 0, D("-5") < D("-4.9999"))
print(D("1") == "1", D("1") != "1", D(1) == None)
print(sorted([D("3.5"), D("-1"), D("2.25"), D("0"), D("10"), D("2.250")]))
print(max([D("1.5"), D("2.75"), D("-3")]), min(D("1.5"), D("1.50")), max(D(3), D("2.9")))
print(hash(D(5)) == hash(5), hash(D("5.000")) == hash(5), hash(D("-7E+2")) == hash(-700),
      hash(D("0.5")) == hash(0.5), hash(D("1.50")) == hash(D("1.5")), hash(D("-0")) == hash(0))
s = {D("1.0"), D("1"), D("1.00"), 1, D("2.5"), D("2.50")}
print(len(s), sorted(s))
d = {D("10"): "ten"}
print(d[10], d.get(D("10.0")), D("1.5") in [1, 1.5], D(3) in {3: 0})
for op in ["<", ">", "<=", ">="]:
    try:
        print(eval("D('NaN') " + op + " 1"))
    except InvalidOperation as e:
        print(op, "InvalidOperation", e)
try:
    D(1) < "a"
except TypeError as e:
    print("TypeError")
print(bool(D("0")), bool(D("-0.00")), bool(D("0.01")), bool(D("NaN")))
print(D(3).compare(D("3.0")), D(1).compare(2), D(5).compare(D(4)), D("1.5").same_quantum(D("2.5")))
from fractions import Fraction as F
print(D("0.25") == F(1, 4), D("0.1") == F(1, 10), D("0.3") < F(1, 3), D("0.34") > F(1, 3), D("-1") <= F(-1), D(2) != F(2), D("Infinity") > F(10**9))
print(hash(D("0.25")) == hash(F(1, 4)), F(1, 4) == D("0.25"), D("NaN") == F(1, 2))
