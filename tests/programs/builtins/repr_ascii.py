# repr() and ascii() of builtin values and simple classes.
vals = [1, -2.5, 1e100, 1j, "s", "it's", b"b", bytearray(b"ba"), None, True, [1, "a"], (1,), (),
        {"k": [1]}, set(), frozenset(), range(3), slice(1, 2), Ellipsis, NotImplemented, [[], [[]]],
        {1: {2: {3: ()}}}, float("nan"), -0.0, 2**70, "é\n", [None, ...]]
for v in vals:
    print(repr(v), ascii(v))
print(repr(int), repr(str), repr(type(None)), repr(ValueError), repr(ValueError("bad")), repr(KeyError("k")))
print(repr(Exception()), repr(Exception(1, "two")), repr(StopIteration()), repr(ZeroDivisionError("x")))
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "just str"
    def __repr__(self):
        return "S<é>"
print(repr(R()), str(R()), ascii(S()), str(S()), [R(), S()], f"{S()!r}", "%r" % R())
l = [1]
l.append(l)
d = {"a": 1}
d["self"] = d
print(repr(l), repr(d))
print(ascii("日本"), ascii(b"\xff"), ascii("\x00"), ascii("plain"), ascii(["ñ"]))
print(repr(1.0), repr(10.0**16), repr(-1e-300), repr(123.0), repr(0.1 + 0.2))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
