# KeyError with one argument prints its repr in str(), print(), f-strings and the traceback's
# last line; other exceptions, and KeyError with zero or several arguments, print as before.
import sys

e = KeyError("k")
print(str(e), repr(e), e.args)
print(e)
print(f"{e}|{e!s}|{e!r}", "%s" % e, "{}".format(e))
print(str(KeyError(1)), str(KeyError(None)), str(KeyError("")), str(KeyError("it's")))
print(str(KeyError()), repr(KeyError()), str(KeyError("a", "b")), repr(KeyError("a", "b")))
print(str(KeyError(("x",))), str(KeyError(("x", 1))), str(KeyError(["l"])), str(KeyError({"d": 1})))
print(str(KeyError(KeyError("inner"))), repr(KeyError(KeyError("inner"))))
print(str(KeyError("é")), str(KeyError(1.5)), str(KeyError(0.1 + 0.2)))
print(str(ValueError("v")), repr(ValueError("v")), str(IndexError("i")), str(LookupError("l")))
print(repr(ValueError()), repr(TypeError("a", 2)), repr(RuntimeError(None)))


class MissingKey(KeyError):
    pass


print(str(MissingKey("m")), repr(MissingKey("m")))
print([KeyError("k"), ValueError("v")])

for key in ["missing", 3, ("t", 1)]:
    try:
        {}[key]
    except KeyError as err:
        print("caught:", err, "|", repr(err), "|", err.args)

try:
    {"a": 1}["b"]
except LookupError as err:
    print(type(err).__name__, err)


def last_line(code):
    try:
        exec(code)
    except Exception as err:
        return "%s: %s" % (type(err).__name__, err)


print(last_line("{}['x']"))
print(last_line("raise KeyError('y', 2)"))
print(last_line("raise MissingKey('z')"))
sys.stdout.flush()
