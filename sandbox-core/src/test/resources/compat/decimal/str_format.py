from decimal import Decimal as D

for s in ["0", "0.0", "1E+1", "1e0", "12E-7", "0.000001", "0.0000001", "-0.0000001", "123E+3",
          "1.23E-8", "100", "1.0E+2", "0E-8", "0E+2", "-0E-2", "5E-6", "5E-7", "1234567.8900",
          "NaN", "-sNaN12", "Infinity", "-Infinity"]:
    d = D(s)
    print(s, str(d), repr(d), d.adjusted(), d.as_tuple())
specs = [",.2f", ".2f", ">10.2f", "<10.2f", "^11.1f", "=+12,.3f", "010.2f", "012,.2f", ",", "",
         ".3", "e", ".2e", "E", ".2%", "%", "g", ".4g", "G", "+.1f", " .1f", "z.2f", "*^15,.2f",
         "f", ".0f", "10", "-<8"]
for v in ["1234567.891", "-0.005", "0", "1E+5", "0.000012345", "-98765.4321", "2.675", "NaN",
          "-Infinity", "1e-10"]:
    print(v, [format(D(v), s) for s in specs])
print(format(D("1234.5"), ",.2f") + "|" + format(D("-3.10"), ">12"))
for bad in ["x", ".f", "_.2f", "<010.2f", ".2d"]:
    try:
        format(D(1), bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print("%s %r" % (D("1.10"), D("-2E+3")))
print(str(D("1.10")) + " EUR", [D("1.1"), D("2")], {"a": D("0.10")})
