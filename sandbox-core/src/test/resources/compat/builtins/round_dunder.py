from decimal import Decimal
from fractions import Fraction
print(round(Decimal('2.675'), 2), round(Decimal('7.5')), round(Fraction(7, 2)), round(Fraction(22, 7), 2), round(2.675, 2), round(7), round(True), round(1e20, -5))
class R:
    def __round__(self, n=None): return ('r', n)
print(round(R()), round(R(), 3))
