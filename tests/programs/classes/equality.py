class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount == other.amount and self.currency == other.currency
    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"
a = Money(5, "USD")
b = Money(5, "USD")
c = Money(5, "EUR")
print(a == b, a != b, a is b)
print(a == c, a != c)
print(a == 5, a != "x")
print(a in [c, b], [a, c].index(b), [a, b, c].count(Money(5, "USD")))
print(Money.__hash__)
try:
    {a}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p1 = Plain()
p2 = Plain()
print(p1 == p1, p1 == p2, p1 != p2)
class AlwaysEqual:
    def __eq__(self, other):
        print("AlwaysEqual.__eq__ called")
        return True
print(AlwaysEqual() == 3)
print(3 == AlwaysEqual())
print(AlwaysEqual() != 3)
class Reflected:
    def __eq__(self, other):
        print("Reflected.__eq__", type(other).__name__)
        return NotImplemented
print(Reflected() == Reflected())
r = Reflected()
print(r == r)
class Version:
    def __init__(self, major, minor):
        self.t = (major, minor)
    def __eq__(self, other):
        return self.t == other.t
    def __lt__(self, other):
        return self.t < other.t
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print([v.t for v in sorted(vs)])
print(Version(1, 0) < Version(1, 1), Version(2, 0) > Version(1, 9))
print(max(vs).t, min(vs).t)
