# Unary operators and numeric conversion protocols.
import math

class Angle:
    def __init__(self, deg):
        self.deg = deg
    def __repr__(self):
        return f"Angle({self.deg})"
    def __neg__(self):
        return Angle(-self.deg)
    def __pos__(self):
        return Angle(self.deg % 360)
    def __abs__(self):
        return abs(self.deg)
    def __invert__(self):
        return Angle(self.deg + 180)
    def __int__(self):
        return int(self.deg)
    def __float__(self):
        return float(self.deg)
    def __complex__(self):
        return complex(self.deg, 1)
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"

a = Angle(-370.75)
print(-a, +a, abs(a), ~a)
print(int(a), float(a), complex(a))
print(round(a), round(a, 2), math.trunc(a), math.floor(a), math.ceil(a))

class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

i = Index(3)
print(int(i), float(Index(2)) if hasattr(float, "x") else "skip", hex(i), bin(i), oct(i))
print(complex(Index(2)) if False else "c")
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.9), round(2.5), round(3.5), round(7.456, 1))

class BadInt:
    def __int__(self):
        return "nope"
class BadFloat:
    def __float__(self):
        return 1
class BadIndex:
    def __index__(self):
        return 1.5
class BadComplex:
    def __complex__(self):
        return 2
class NoRound:
    pass

tests = [
    ("int(BadInt())", lambda: int(BadInt())),
    ("float(BadFloat())", lambda: float(BadFloat())),
    ("hex(BadIndex())", lambda: hex(BadIndex())),
    ("complex(BadComplex())", lambda: complex(BadComplex())),
    ("round(NoRound())", lambda: round(NoRound())),
    ("math.floor(NoRound())", lambda: math.floor(NoRound())),
    ("math.trunc(NoRound())", lambda: math.trunc(NoRound())),
    ("-NoRound()", lambda: -NoRound()),
    ("+NoRound()", lambda: +NoRound()),
    ("~NoRound()", lambda: ~NoRound()),
    ("abs(NoRound())", lambda: abs(NoRound())),
    ("int(NoRound())", lambda: int(NoRound())),
    ("float(NoRound())", lambda: float(NoRound())),
    ("~1.5", lambda: ~1.5),
    ("-'s'", lambda: -"s"),
    ("abs('s')", lambda: abs("s")),
    ("hex(1.0)", lambda: hex(1.0)),
    ("bin('1')", lambda: bin("1")),
]
for label, f in tests:
    try:
        print(label, "=", f())
    except (TypeError, ValueError) as e:
        print(label, "!", type(e).__name__, e)

# int() falls back to __index__ when __int__ is missing; __trunc__ is deprecated fallback
class OnlyIndex:
    def __index__(self):
        return 42
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))

class MyNum:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)
    def __rpow__(self, b, m=None):
        return ("rpow", b, self.v, m)
print(divmod(MyNum(7), 2), divmod(7, MyNum(2)))
print(pow(MyNum(2), 5), pow(MyNum(2), 5, 7), 3 ** MyNum(4), pow(3, MyNum(4)))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(3, 4, 5), pow(2, -1, 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
print(-True, +False, ~True, abs(-True))
