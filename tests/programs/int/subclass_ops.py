# Subclasses of int/float/complex/bytes/bytearray and user classes mixing with builtins.
class Flag(int):
    def __repr__(self):
        return "Flag(%s)" % int.__repr__(self)
class Plain(int):
    pass
class F(float):
    pass
class Money(float):
    def __str__(self):
        return "$" + float.__repr__(round(self, 2) if False else float(self))
class C(complex):
    pass
class BA(bytearray):
    pass
class B(bytes):
    pass

print(repr(Flag(3)), str(Flag(3)), Flag(3) + Flag(4), Flag(3) == 3, {Flag(1): "a"}[1], {1: "a"}[Flag(1)])
print(Plain(5) < 6.5, 6.5 > Plain(5), Plain(2) ** -1, Plain(7).__divmod__(2), 1.5 + Plain(2), Plain(2) + 1.5)
print(f"{Plain(255):x} {Plain(3)} {Flag(2)!r} {Flag(2)}", F(1.5) + 1, repr(F(1.5)), Money(3), str(Money(3)))
print(f"{Money(3)}", f"{Money(3):.1f}", Money(2) * 2, C(1, 2) * 2, repr(C(1, 2)), C(1, 2) == 1 + 2j)
print(BA(b"abc"), repr(BA(b"ab")), BA(b"abc") + b"d", BA(b"abc")[0], len(BA(b"abc")), BA(3), BA(b"x").upper())
print(B(b"x") * 3, B(b"x") == b"x", b"x" in B(b"xyz"), B(b"%s") % b"a", bytes(B(b"q")), bytearray(B(b"q")), B([65, 66]))
print(int(Plain(4)), float(Plain(4)), complex(Plain(4)), abs(Plain(-3)), -Plain(3), +Plain(3), ~Plain(3))
print(bool(Plain(0)), bool(F(0.0)), bool(BA()), isinstance(Plain(1), int), Plain.__mro__)
print(hash(F(1.5)) == hash(1.5), hash(C(1, 0)) == hash(1), Plain(3).real, Plain(3).imag, F(2.5).real, C(1, 2).imag)
print(Plain(10) // Plain(3), Plain(10) % Plain(3), Plain(10) / Plain(4), Plain(1) << 3, Plain(8) >> 1, Plain(6) & 3)
print([1, 2, 3][Plain(1)], range(Plain(3)), b"ab" * Plain(2), Plain("12"), Plain("ff", 16), F("1.5"), C("1+2j"))
print(Plain(3) < Plain(4), Plain(3) >= 3.0, F(2.5) < Plain(3), C(1, 0) == Plain(1), Plain(7) != F(7.0))

class R:
    def __radd__(self, o):
        return ("radd", o)
    def __rmul__(self, o):
        return ("rmul", o)
    def __rsub__(self, o):
        return ("rsub", o)
    def __lt__(self, o):
        return "R.lt"
    def __gt__(self, o):
        return "R.gt"
class I:
    def __index__(self):
        return 2
print(b"a" + R(), b"a" * R(), b"ab" * I(), bytearray(b"a") + R(), 5 + R(), 5.5 * R(), 1j - R(), True + R())
print(5 < R(), R() < 5, 2.5 > R(), b"a" < R())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"a" + "b")
t(lambda: b"a" * 1.5)
t(lambda: Plain(1) + "x")
t(lambda: F(1.0) < "x")
t(lambda: 1j < C(1, 1))
t(lambda: Plain(1) / 0)
t(lambda: F(1.0) // 0)
