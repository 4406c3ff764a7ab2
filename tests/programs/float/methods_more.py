# float methods: hex/fromhex, as_integer_ratio, rounding dunders, explicit dunders.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 0.5, -1.75, 3.0, 1e16, 1e-5, 123.456, 2.0 ** -1074, 2.0 ** 1023, 7e22]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x)
for s in ["1", "-1.8", "0x.1", "0X1P-1", "  0x1.4p3\n", "0x1.fffffffffffff8p1023", "0x1.ffffffffffffe8p1023",
          "0x0.00000000000008p-1022", "0x1.00000000000017p0", "-inf", "+INFINITY", "NaN", "0x1p-1074", "0x1p-1076",
          "0x1.8p-1074", "0x2p-1075", "0x123456789abcdef0p-64", "1e"]:
    t(lambda: float.fromhex(s))
for bad in ["", " ", "0x", "x1", "0x1p", "0x1p+", "0x1.2.3", "0x1 2", "0x1p1e", "++0x1", "0x1p99999", "0x1p-99999", "infx"]:
    t(lambda: float.fromhex(bad))
t(lambda: float.fromhex(b"0x1"))
t(lambda: float.fromhex())
t(lambda: float.fromhex("1", "2"))
t(lambda: (1.5).hex(1))
t(lambda: float.hex(2))
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1234.5678, -1234.5678, 1e300, 5e-324, 0.1]:
    print(repr(x), x.__round__(), x.__round__(None), x.__round__(0), x.__round__(1), x.__round__(2), x.__round__(-2), x.__trunc__(), x.__floor__(), x.__ceil__())
print((1.5).__round__(400), (1.5).__round__(-400), (-1.5).__round__(-400), (2.5).__round__(10**30), (123.0).__round__(-10**30))
print(float("inf").__round__(3), float("nan").__round__(3), float("inf").__round__(-400))
t(lambda: (1.7976931348623157e308).__round__(-308))
t(lambda: float("inf").__round__())
t(lambda: float("nan").__trunc__())
t(lambda: float("-inf").__floor__())
t(lambda: (1.5).__round__("x"))
t(lambda: (1.5).__round__(1, 2))
t(lambda: (1.5).__trunc__(1))

x = 7.5
print(x.__add__(2), x.__radd__(2), x.__sub__(2.5), x.__rsub__(2.5), x.__mul__(True), x.__truediv__(3), x.__rtruediv__(3))
print(x.__floordiv__(2), x.__rfloordiv__(20), x.__mod__(2), x.__rmod__(20), x.__divmod__(2), x.__rdivmod__(20))
print(x.__pow__(2), x.__rpow__(2), (-8.0).__pow__(1 / 3), (2.0).__pow__(-1), x.__pow__(2, None))
print(x.__neg__(), x.__pos__(), (-x).__abs__(), x.__bool__(), (0.0).__bool__(), x.__int__(), x.__float__())
print(x.__eq__(7.5), x.__eq__(7), (7.0).__eq__(7), x.__ne__(2**70), x.__lt__(10**400), x.__gt__(True), x.__le__(7.5), x.__ge__(8))
print(x.__add__("a"), x.__eq__("7.5"), x.__lt__(None), x.__mul__([1]), x.__add__(1j))
print(x.__hash__() == hash(7.5), (2.0).__hash__(), x.__repr__(), x.__format__(".3f"), x.__format__(""), x.__getnewargs__())
print(x.conjugate(), x.real, x.imag, float.conjugate(1.25), (1e300).__float__())
t(lambda: (1.0).__truediv__(0))
t(lambda: (1.0).__floordiv__(0.0))
t(lambda: (1.0).__mod__(0))
t(lambda: (1.0).__divmod__(0))
t(lambda: (0.0).__pow__(-1))
t(lambda: (10.0).__pow__(400))
t(lambda: (2.0).__pow__(2, 3))
t(lambda: (2.0).__rpow__(2, 3))
t(lambda: (1.0).__add__(10**400))
t(lambda: float.__add__(1, 2.0))
t(lambda: float.__lt__("a", 1))
t(lambda: (1.0).__add__())

class F(float):
    pass
f = F(2.5)
print(f + 1, f * 2, f.__round__(), f.hex(), f.is_integer(), f.as_integer_ratio(), -f, f == 2.5, hash(f) == hash(2.5))
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), repr(F(1.0)), str(F(0.1)), bool(F(0.0)))
