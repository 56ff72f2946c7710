from fractions import Fraction

a = Fraction(3, 4)
b = Fraction(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0)
print(repr(a + b), repr(Fraction(6, -4)), repr(Fraction(0, 5)), Fraction(10, 2), repr(Fraction(10, 2)))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, a // 1, 7 // a, a % 1, 7 % a)
print(a + 0.5, 0.5 + a, a * 2.0, a / 0.25, a ** 0.5, 2 ** Fraction(1, 2), 2 ** Fraction(3), Fraction(1, 2) ** Fraction(2))
print(float(a + b), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)))
print(Fraction(-7, 2).__floor__(), Fraction(-7, 2).__ceil__(), Fraction(7, 3).__round__(2), Fraction(12345, 1).__round__(-2))
for s in ["0.125", "-7/21", " 3/4 ", "1e-3", "1.5E2", "-.5", "1.", "1_000/3", "+3", "12_3.4_5e1_0", "\t5\n"]:
    print(repr(s), repr(Fraction(s)))
for s in ["abc", "", "1 /2", "2e", ".", "1.5/2", "3/-4", "0x10", "1__0", "1/0"]:
    try:
        print(repr(Fraction(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(3.14159).limit_denominator(1000))
print(Fraction(2.5), Fraction(-0.0), Fraction(1e-300).limit_denominator(), Fraction(1, 3).limit_denominator(2))
print(Fraction.from_float(0.75), Fraction(1, 3).as_integer_ratio(), Fraction(Fraction(1, 3), Fraction(2, 5)))
import math
print(Fraction(math.pi).limit_denominator(10), Fraction(math.pi).limit_denominator(113), Fraction(math.pi).limit_denominator())
print(a < b, a > b, a <= Fraction(6, 8), a == 0.75, a == Fraction(3, 4), a != 1, a < 1, a > 0.7, Fraction(2, 1) == 2)
print(Fraction(1, 2) < float("inf"), Fraction(1, 2) == float("nan"), Fraction(1, 2) > float("-inf"))
print(sorted([Fraction(1, 3), Fraction(1, 4), Fraction(1, 2), Fraction(-1, 5)]), max(Fraction(1, 3), Fraction(2, 7)))
print(sum(Fraction(1, n) for n in range(1, 11)), sum([Fraction(1, 2), Fraction(1, 3)], Fraction(0)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), {Fraction(1, 2): "half"}[0.5], {2: "two"}[Fraction(2)])
print(a.numerator, a.denominator, bool(Fraction(0)), bool(a), abs(Fraction(-3, 7)), -a, +a)
print(float(Fraction(10 ** 30 + 1, 3 * 10 ** 12)), float(Fraction(1, 10 ** 400)), float(Fraction(2 ** 60 + 1, 2 ** 61)))
for bad in [lambda: Fraction(1, 0), lambda: a / 0, lambda: Fraction(0) ** -1, lambda: Fraction(1.5, 2),
            lambda: Fraction(float("nan")), lambda: Fraction(float("inf")), lambda: a + "x", lambda: a * "x",
            lambda: a < "x", lambda: a.limit_denominator(0), lambda: Fraction([1]), lambda: 5 / Fraction(0)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
