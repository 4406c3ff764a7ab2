# bool is a subclass of int.
print(True + 1, True + True, False - True, True * 10, -True, +True)
print(True / 2, True // 2, True % 2, True ** 10, 5 * False)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(bool.__mro__ == (bool, int, object), bool.__bases__ == (int,))
print(True == 1, hash(True) == hash(1), {1: "one", True: "true"})
print({True: "a", 1.0: "b"}, len({0, False, 0.0}))
print(sum([True, True, False, True]), max(True, 0), min(False, 1))
print(str(True), repr(False), int(True), float(False))
print(bool(0), bool(1), bool(-1), bool(10**100), bool(0.0), bool(""), bool("0"))
print(True.real, True.imag, True.numerator, True.denominator, False.conjugate())
print(["a", "b"][True], "xyz"[False])
print(f"{True}", f"{True:d}", f"{True:>6}", "%d" % True, "%s" % True, format(False, "x"))
print(True & True, True | False, True ^ True, ~True)
class Flag(int):
    pass
f = Flag(7)
print(f + 1, type(f + 1).__name__, isinstance(f, int), f == 7)
print(int.__add__(True, True), bool(Flag(0)))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True is bool(1), False is (1 == 2))
print(int("1") == True, "True" == str(True))
