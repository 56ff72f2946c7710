from enum import Enum, Flag, IntFlag, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity > 9.8, Planet((3.303e+23, 2.4397e6)))


class Base(Enum):
    def label(self):
        return self.name.title() if False else self.name.lower()


class Animal(Base):
    CAT = 1
    DOG = 2


print(Animal.CAT.label(), isinstance(Animal.DOG, Base), issubclass(Animal, Base), list(Animal))


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    @classmethod
    def names(cls):
        return [m.name for m in cls] + [len(cls), cls['ACTIVE'].value]

    def __str__(self):
        return self.value


print(Status('ACTIVE'), Status('Inactive').name, repr(Status.ACTIVE), Status.names(), Status.ACTIVE.names())
try:
    Status(5)
except ValueError as e:
    print('ValueError', e)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


p = Perm.R | Perm.X
print(p, repr(p), p.value, p.name, list(p), len(p), bool(p & Perm.W), Perm.W in Perm.RW)
print(list(Perm), len(Perm), Perm(3) is Perm.RW, repr(Perm(0)), str(Perm(0)), ~Perm.R, Perm.R ^ Perm.RW)
print(Perm.__members__)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A | 8, repr(Bits.A | 8), repr(Bits(8)), Bits.B & 3, repr(Bits.B & 3))
print(int(Bits.C), Bits.C + 1, isinstance(Bits.A, int), Bits.A in (Bits.A | Bits.C), repr(~Bits.A))

Animal2 = Enum('Animal2', 'ANT BEE CAT')
print(list(Animal2), Animal2.BEE.value, Animal2(3))
Size = Enum('Size', [('S', 'small'), ('L', 'large')])
print(list(Size), Size('large'))
