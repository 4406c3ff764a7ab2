# pow() with two and three arguments (modular inverse), bin/oct/hex with
# __index__, and format() through the format-spec machinery.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(2, 100), pow(-1, 10**20))
print(pow(2, 10, 1000), pow(3, -1, 11), pow(3, -2, 7), pow(3, -2, -7), pow(2, 3, -5), pow(-2, 3, 5))
print(pow(2**100, 2**100, 10**9 + 7), pow(2, 0, 1), pow(2, 0, -1), pow(True, 2, 3), pow(7, 2**64, 13))
print(pow(base=2, exp=3, mod=5), pow(2, 3, None), pow(2, -1, 1), pow(0, -1, 1), pow(10**20, -1, 10**9 + 7))
print(pow(-3, -1, 10**30 + 3), pow(123456789, 987654321, 2**61 - 1), pow(5, 3, 2**64 + 1), pow(-1, 0.5))
print(pow(2, 3, mod=5), pow(exp=2, base=5), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(1.5, 2), pow(2, 0.5, None))
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), 2 ** P())
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(6, -1, 9))
t(lambda: pow(2.0, 3, 4))
t(lambda: pow(2, 3, 4.0))
t(lambda: pow(2, 3.0, 4))
t(lambda: pow(1j, 2, 3))
t(lambda: pow(2, 3, 1j))
t(lambda: pow(0, -1))
t(lambda: pow(0.0, -1))
t(lambda: pow("a", 2))
t(lambda: pow("a", 2, 3))
t(lambda: pow(2, "a", 3))
t(lambda: pow(2))
t(lambda: pow())
t(lambda: pow(2, 3, 4, 5))
t(lambda: pow(2, 3, foo=5))
t(lambda: pow(2, 3, base=3))
t(lambda: pow(2, exp=3, base=3))

print(bin(255), oct(255), hex(255), hex(-1), bin(0), oct(-(2**40)), hex(2**70), oct(-8), bin(-5))
print(hex(True), bin(False), hex(-2**63), bin(2**63), oct(0), hex(10**30), bin(-(2**65)), hex(2**63 - 1))
class Idx:
    def __index__(self):
        return 42
class BadIdx:
    def __index__(self):
        return "no"
print(bin(Idx()), oct(Idx()), hex(Idx()))
class MyInt(int):
    pass
print(hex(MyInt(255)), bin(MyInt(-3)))
t(lambda: hex(1.5))
t(lambda: hex("a"))
t(lambda: bin())
t(lambda: oct(1, 2))
t(lambda: hex(x=1))
t(lambda: bin(BadIdx()))
t(lambda: hex(None))

print(format(3.14159, ".2f"), format("ab", ">5"), format(10), format([1, 2]), format(None, ""), format(True, "d"))
print(format(255, "x"), format(255, "#b"), format(1234567, ","), format(0.5, "%"), format(-3, "+05d"), format("x", "^5"))
print(format(1e100, "e"), format(12, "08.3f"), format(True), format(2**70, "_"), format(3 + 4j, ".1f"), format(1.5))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F(), "abc"), format(F()), "{:xyz}".format(F()) if hasattr(str, "format") else "F[xyz]")
class BadF:
    def __format__(self, spec):
        return 5
t(lambda: format(1, 2))
t(lambda: format())
t(lambda: format(1, "d", "x"))
t(lambda: format(1, format_spec="d"))
t(lambda: format(1, "q"))
t(lambda: format(object(), "x"))
t(lambda: format("s", "d"))
t(lambda: format(BadF()))
t(lambda: format(1.5, "d"))
