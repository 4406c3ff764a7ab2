# Arithmetic, reflected and in-place operators, NotImplemented fallback,
# rich comparisons and their reflection, __hash__/__eq__ rules, truthiness.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.x) if isinstance(o, int) else NotImplemented
    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x if isinstance(o, V) else NotImplemented
    def __le__(self, o):
        return self.x <= o.x
    def __hash__(self):
        return hash(self.x)
    def __len__(self):
        return abs(self.x)
    def __matmul__(self, o):
        return self.x * o.x


class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self


a, b = V(2), V(5)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, -a, abs(V(-4)), a @ b)
print(a == V(2), a != V(2), a < b, b > a, a <= b, b >= a, sorted([b, a, V(1)]))
print({a: "two"}[V(2)], len(V(-3)), bool(V(0)), bool(V(1)))
acc = Acc()
acc += 1
acc += 2
print(acc.items)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)
try:
    a < 3
except TypeError as e:
    print(e)
print(a == 3, 3 == a)


class NoEq:
    pass


class OnlyEq:
    def __eq__(self, o):
        return True


print(NoEq().__hash__ is not None, OnlyEq.__hash__)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)


class Falsy:
    def __bool__(self):
        return False


class BadBool:
    def __bool__(self):
        return 1


print(not Falsy(), "yes" if Falsy() else "no")
try:
    bool(BadBool())
except TypeError as e:
    print(e)


class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ wins"


print(V(1) + Sub(2))


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], bin(Idx()), range(10)[Idx()], "abc"[Idx()])
