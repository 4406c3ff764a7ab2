# int / float / bool-like subclasses: arithmetic returns plain builtins, repr, overrides.
class MyInt(int):
    pass
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${int(self)}"
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__

m = MyInt(7)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(m * m).__name__, type(abs(m)).__name__)
print(m == 7, hash(m) == hash(7), isinstance(m, int), type(m).__name__, m.bit_length(), MyInt("ff", 16), MyInt())
print(type(m // 2).__name__, type(m << 1).__name__, type(+m).__name__, type(int(m)).__name__, type(m.real).__name__)
print(bool(MyInt(0)), bool(MyInt(3)), [10, 20][MyInt(1)], range(MyInt(3)), f"{m:>4}", "%d" % m, hex(m))
print(m.__class__.__name__, divmod(m, 2), type(divmod(m, 2)[0]).__name__, pow(m, 2), round(m), type(round(m)).__name__)

cash = Money(5)
print(cash, repr(cash), cash + 10, 10 + cash, sum([Money(1), Money(2)]), type(sum([Money(1), Money(2)])).__name__)
print(cash * 2, type(cash * 2).__name__, cash - 1, [cash], f"{cash}", f"{cash!r}", f"{cash:d}")

class Prob(float):
    def __new__(cls, v):
        if not 0 <= v <= 1:
            raise ValueError(f"probability out of range: {v}")
        return super().__new__(cls, v)
    def complement(self):
        return Prob(1 - self)
p = Prob(0.25)
print(p, repr(p), p.complement(), type(p.complement()).__name__, type(p * 2).__name__, p * 2, p.is_integer())
print(p == 0.25, hash(p) == hash(0.25), round(p, 1), int(Prob(1.0)), float(p), type(float(p)).__name__)
try:
    Prob(2)
except ValueError as e:
    print("ValueError:", e)
try:
    Prob("x")
except TypeError as e:
    print("TypeError:", e)

class Flag(int):
    def __bool__(self):
        return int(self) > 10
print(bool(Flag(5)), bool(Flag(50)), "yes" if Flag(0) else "no", not Flag(11))
class Bits(int):
    def __new__(cls, *bits):
        v = 0
        for b in bits:
            v = v * 2 + b
        obj = super().__new__(cls, v)
        obj.width = len(bits)
        return obj
    def __repr__(self):
        return f"Bits({self:0{self.width}b})"
b = Bits(1, 0, 1, 1)
print(b, repr(b), int(b), b.width, b + 0, [Bits(1), Bits(0, 0)])
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, int), True + True, type(True + 1).__name__, MyInt(True), type(MyInt(True)).__name__)
class C(complex):
    pass
print(C(1, 2), type(C(1, 2) + 1).__name__, C(3).real)
try:
    MyInt("z")
except ValueError as e:
    print("ValueError:", e)
