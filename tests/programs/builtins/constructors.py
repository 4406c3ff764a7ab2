# Type constructors called directly.
print(int("5"), int(), int(2.9), int("-0b101", 0), int(" 42\n"), int(True))
print(str(5), str(), str(1.5), str([1]), str(b"x"), str(None))
print(list("ab"), list(), list((1, 2)), list(range(3)), list({"a": 1}), list({"x": 1}.items()))
print(dict(a=1), dict(), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", "12")))
print(tuple([1, 2]), tuple(), tuple("hi"), tuple(range(2)), tuple({"k": 0}))
print(sorted(set([3, 1, 3])), set(), sorted(set("hello")), sorted(frozenset((2, 1))))
print(bool(), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0))
print(float(), float("1.5"), float(2), float("-inf"), float(" 1e3 "), float(True))
print(bytes(), bytes(2), bytes([65, 66]), bytes("é", "utf-8"), bytearray(b"ab"))
print(complex(), complex(1), complex(1, 2), complex("1+1j"), range(3), slice(2), type(object()).__name__)
print(int.__name__, str.__name__, list.__name__, dict.__name__, tuple.__name__, set.__name__, bool.__name__)
print(int("10") + int(3.5), str(1) + str(2), list("a") + list("b"), tuple("a") + tuple("b"))
for bad in [lambda: int("x"), lambda: float("y"), lambda: list(5), lambda: dict([1, 2]), lambda: dict([("a",)]),
            lambda: tuple(None), lambda: set(1), lambda: bool(1, 2), lambda: str(1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
