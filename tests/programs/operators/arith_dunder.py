# Binary arithmetic dunders, NotImplemented fallback and error messages.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __sub__(self, other):
        if isinstance(other, Money):
            return Money(self.cents - other.cents)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented
    def __truediv__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents / k))
        return NotImplemented
    def __floordiv__(self, k):
        return Money(self.cents // k)
    def __mod__(self, k):
        return Money(self.cents % k)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, e, mod=None):
        if mod is None:
            return ("pow", self.cents, e)
        return ("pow3", self.cents, e, mod)
    def __lshift__(self, n):
        return Money(self.cents << n)
    def __rshift__(self, n):
        return Money(self.cents >> n)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __matmul__(self, o):
        return ("matmul", self.cents, o)

a, b = Money(150), Money(275)
print(a + b, b - a, a * 3, b / 2, b // 7, b % 7)
print(divmod(b, 10))
print(a ** 2, pow(a, 3), pow(a, 3, 5))
print(a << 2, b >> 1, a & 1, a | 1, a ^ 1)
print(a @ [1, 2])

bad = [
    lambda: a + 1,
    lambda: 1 + a,
    lambda: a - "x",
    lambda: a * 2.5,
    lambda: a / "2",
    lambda: [] @ a,
    lambda: a @ 1 if False else 1 @ a,
    lambda: divmod(1, a),
    lambda: pow(2, a),
    lambda: pow(2, 3, a),
    lambda: None + None,
    lambda: "s" - "t",
    lambda: [1] * a,
    lambda: 3 << a,
    lambda: {} | a,
    lambda: 5 % a,
    lambda: object() < 1,
]
for i, f in enumerate(bad):
    try:
        print(i, f())
    except TypeError as e:
        print(i, type(e).__name__, e)

class Plain:
    pass

for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        eval(f"Plain() {op} Plain()")
    except TypeError as e:
        print(op, e)

# Returning NotImplemented from a builtin's method call directly
print(int.__add__(3, 4), int.__add__(3, 4.0), float.__radd__(2.0, 1))
print((5).__mul__("x"), "ab".__mul__(2), [1].__add__([2]))
print(Money.__add__(a, 3))
