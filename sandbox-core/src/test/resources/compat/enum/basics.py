from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name.lower(), self.value)

    @property
    def warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), [c.name for c in Color], list(reversed(Color)))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.__members__)
print(list(Color.__members__), Color.RED.describe(), Color.RED.warm, Color.default())
print(repr(Color), str(Color), Color.__name__, type(Color.RED).__name__)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), isinstance(1, Color), issubclass(Color, Enum))
print(isinstance(Color.RED, (int, Color)), isinstance(3, (int, Color)))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.RED], sorted(Color, key=lambda c: -c.value))
print(type(Color.RED)(3), Color.RED.__class__.__name__, bool(Color.RED))
print("{}|{}".format(Color.RED, Color.BLUE), f"{Color.GREEN}", "%s" % Color.BLUE, format(Color.RED, '>12'))
for bad in (9, 'RED', None):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e.args)
try:
    1 in Color
except TypeError as e:
    print('TypeError', e)
try:
    class More(Color):
        X = 9
except TypeError as e:
    print('TypeError', e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH > Priority.LOW, Priority.HIGH > 2, Priority.LOW < 2)
print(Priority.MEDIUM + 1, 1 + Priority.MEDIUM, Priority.HIGH * 2, Priority.HIGH == 3, 3 == Priority.HIGH)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), min(Priority), sum(Priority))
print(isinstance(Priority.LOW, int), int(Priority.HIGH), Priority(2), {3: 'x'}[Priority.HIGH], [10, 20, 30, 40][Priority.HIGH])
print(f"{Priority.LOW}", "%d" % Priority.MEDIUM, str(Priority.LOW), format(Priority.HIGH, '03d'))


class State(Enum):
    DRAFT = auto()
    REVIEW = auto()
    DONE = auto()


class Mixed(Enum):
    A = 10
    B = auto()
    C = 'x'


print(list(State), [m.value for m in Mixed])


class Shade(StrEnum):
    LIGHT = auto()
    DARK = 'dark'


print(Shade.LIGHT, repr(Shade.LIGHT), Shade.DARK == 'dark', Shade('light'), Shade.DARK.upper(), len(Shade.DARK))


class Weekday(str, Enum):
    MON = 'mon'
    TUE = 'tue'


print(Weekday.MON, repr(Weekday.MON), Weekday.MON == 'mon', Weekday('tue').name, isinstance(Weekday.MON, str))


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)
