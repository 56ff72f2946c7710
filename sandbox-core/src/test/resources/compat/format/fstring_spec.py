# f-string fields with a format spec go through __format__ and the full mini-language
import datetime
from decimal import Decimal
from fractions import Fraction
import enum

d = datetime.date(2024, 3, 9)
t = datetime.datetime(2024, 3, 9, 14, 5, 7)
print(f"{d:%Y-%m-%d} {t:%H:%M:%S} {d:%d/%m/%y} [{d}] [{t:}]")
print(f"{Decimal('1.5'):.2f} {Decimal('1234567.125'):,.2f} {Decimal('-0.5'):>8} {Decimal('2.675'):.2f}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {-1234567:,} {1234567:_x} {0.125:.2f} {2.675:.2f} {0.375:.2f}")
print(f"{9.995:} {9.995:.3} {0.1 + 0.2:} {1e16:>8} {1e-05:} {123.0:.3} {12.0:.3}")
print(f"{0.5:%} {0.123456:.1%} {1:.0%} {-0.0:z.1f} {-0.001:z.2f} {-0.0:+}")
print(f"{42:08b} {255:#x} {255:#X} {255:#o} {65:c} {1234:09,} {-42:=+8} {3:^7}|")
print(f"{True:d} {True:>6} {False:x} {'abc':*^9} {'abc':.2} {'abc':>{2 + 3}}")

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        return format(self.cents / 100, spec or '.2f')

m = Money(123456)
print(f"{m} {m:short} {m:,.2f} {m:>12,.2f}")

class Color(enum.Enum):
    RED = 1

class Level(enum.IntEnum):
    HIGH = 3

print(f"{Color.RED:>12}|{Level.HIGH:03d}|{Level.HIGH:>4}|")
width, prec = 10, 3
print(f"{3.14159265:{width}.{prec}f}|{3.14159265:<{width}.{prec}e}|{'x':{'>'}{width}}|")
value = 7.25
print(f"{value=}", f"{value = :.1f}", f"{value!r:>8}", f"{'q'!r:^7}", f"{value=!s}")
print(f"{Fraction(1, 3)}", f"{[1, 2]!s:>10}", f"{None!r:>6}")
for bad in ['d', ',s', '=5', 'z', '.2d', 'xx', '+c', ',_']:
    for v in [1.5, 'text', 7]:
        try:
            print(bad, repr(v), f"{v:{bad}}")
        except (ValueError, TypeError) as e:
            print(bad, repr(v), type(e).__name__, e)
for v in [None, object(), [1], Fraction(1, 3)]:
    try:
        print(f"{v:>5}")
    except TypeError as e:
        print(type(e).__name__, e)

class Bad:
    def __format__(self, spec):
        return 5

try:
    print(f"{Bad():x}")
except TypeError as e:
    print(type(e).__name__, e)
