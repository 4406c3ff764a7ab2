# divmod() and round(): ints, big ints, floats, half-to-even rounding,
# ndigits in both directions, __divmod__/__round__ hooks and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3), divmod(True, 2))
print(divmod(10**20, 7), divmod(-10**20, 7), divmod(2**64, -3), divmod(-2**63, -1), divmod(7, 10**30))
print(divmod(17.5, 5), divmod(-7, 2.0), divmod(7.5, -2), divmod(-0.0, 1.0), divmod(5.0, float("inf")))
print(divmod(-5.0, float("inf")), divmod(1e300, 1e-300)[1], divmod(6, 1.5), divmod(2**60, 0.5))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 0.0))
t(lambda: divmod(10**30, 0))
t(lambda: divmod("a", 1))
t(lambda: divmod(1 + 2j, 1))
t(lambda: divmod(1))
t(lambda: divmod(1, 2, 3))
t(lambda: divmod(1, 2, x=1))
t(lambda: divmod(2**2000, 1.0))

class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(D(), 3), divmod(3, D()))
class NI:
    def __divmod__(self, other):
        return NotImplemented
t(lambda: divmod(NI(), 1))

print(round(3.7), round(-3.7), round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(-1.25, 1), round(0.125, 2), round(1e22, 2))
print(round(123.456, -1), round(123.456, -3), round(-123.456, -5), round(1.5e300, -300), round(9.5e307, -308))
print(round(5e-324, 400), round(-5e-324, 323), round(1.0, True), round(7.0, 0), round(-0.0, 1), round(-0.4))
print(round(5.5, 2**70), round(5.5, -2**70), round(-5.5, -2**70), round(2.5, None), type(round(2.5, None)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(-12350, -2), round(15, -1))
print(round(5, -1), round(25, -1), round(35, -1), round(-25, -1), round(7, 3), round(7, 0), round(7))
print(round(12345678901234567890123, -5), round(2**100, -1), round(2**63 - 1, -18), round(-2**63, -18))
print(round(10**30 + 5, -1), round(999, -3), round(499, -3), round(500, -3), round(1500, -3), round(5, 2**70))
print(round(-10**40, -39), round(True), round(False, 3), round(1e300), round(-2.0**70))
print(round(0.1 + 0.2, 1), round(1 / 3, 5), round(2 / 3, 10), round(1e-10, 12), round(123456.789, -2))

class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 2), round(R(), None), round(number=R(), ndigits=-1))
class MyFloat(float):
    pass
class MyInt(int):
    pass
print(round(MyFloat(2.5)), round(MyFloat(2.567), 1), round(MyInt(1250), -2), divmod(MyInt(7), 2))
t(lambda: round("x"))
t(lambda: round([1]))
t(lambda: round(float("inf")))
t(lambda: round(float("-inf")))
t(lambda: round(float("nan")))
t(lambda: round(float("nan"), 2))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(1.5, "a"))
t(lambda: round(1, 1.5))
t(lambda: round())
t(lambda: round(1, 2, 3))
t(lambda: round(1.5, number=2))
t(lambda: round(1, foo=2))
