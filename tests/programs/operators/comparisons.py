# Rich comparisons, reflection, default identity equality, __ne__ derivation.
trace = []

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        trace.append(f"{self}.__eq__")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        trace.append(f"{self}.__lt__")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    # total ordering by hand
    def __le__(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else r or self == other
    def __gt__(self, other):
        r = self.__le__(other)
        return r if r is NotImplemented else not r
    def __ge__(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else not r

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a == c, a != c, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, c]))
trace.clear()
print(a == 3, trace)
trace.clear()
print(3 == a, trace)
trace.clear()
print(a != "x", trace)

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p, p in [q, p], [p].count(q))
print(Plain.__eq__(p, q), Plain.__ne__(p, p), Plain.__eq__(p, p))

for f in [lambda: p < q, lambda: p >= 1, lambda: 1 < p, lambda: a < 1, lambda: "s" <= a,
          lambda: [1] < (1,), lambda: None > None, lambda: {1: 2} < {1: 2}, lambda: 1j < 2j,
          lambda: sorted([p, q])]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

# reflection: a < b falls back to b > a
class Low:
    def __gt__(self, o):
        return "Low.__gt__"
    def __le__(self, o):
        return "Low.__le__"
print(1 < Low(), 1 >= Low(), Low() > 1)

# subclass reflected comparison goes first
class A:
    def __lt__(self, o):
        return "A.__lt__"
    def __eq__(self, o):
        return "A.__eq__"
class B(A):
    def __gt__(self, o):
        return "B.__gt__"
    def __eq__(self, o):
        return "B.__eq__"
print(A() < B(), B() > A(), A() == B(), B() == A())

# __ne__ derived from __eq__ inverts; explicit __ne__ wins
class E:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == getattr(o, "k", None)
    __hash__ = None
class N(E):
    def __ne__(self, o):
        return "custom ne"
print(E(1) != E(1), E(1) != E(2), N(1) != N(1), E(1) != N(1))
# __eq__ returning non-bool
class Weird:
    def __eq__(self, o):
        return [1]
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1, not Weird() == 1, Weird() in [1])
# chained comparison evaluates middle once
calls = []
def mid():
    calls.append(1)
    return 5
print(1 < mid() < 10, 1 < mid() > 10, len(calls))
print(a < b < Version(2), Version(3) > b > a)
