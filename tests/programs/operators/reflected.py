# Reflected operators, the subclass-first rule and NotImplemented chains.
log = []

class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __add__(self, o):
        log.append(f"{self!r}.__add__({o!r})")
        if isinstance(o, Base):
            return Base(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        log.append(f"{self!r}.__radd__({o!r})")
        if isinstance(o, int):
            return Base(o + self.v)
        return NotImplemented
    def __sub__(self, o):
        log.append("Base.__sub__")
        return NotImplemented
    def __rsub__(self, o):
        log.append("Base.__rsub__")
        return NotImplemented

class Derived(Base):
    def __radd__(self, o):
        log.append(f"{self!r}.__radd__({o!r})")
        return Derived(1000 + self.v)

class Sibling(Base):
    pass

def show(expr, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"TypeError: {e}"
    print(expr, "->", r, log)

show("Base+Base", lambda: Base(1) + Base(2))
show("5+Base", lambda: 5 + Base(2))
show("Base+5", lambda: Base(2) + 5)
show("Base+Derived", lambda: Base(1) + Derived(2))
show("Derived+Base", lambda: Derived(1) + Base(2))
show("Base+Sibling", lambda: Base(1) + Sibling(2))
show("Base-Base", lambda: Base(1) - Base(2))
show("Base-Derived", lambda: Base(1) - Derived(2))
show("'x'+Base", lambda: "x" + Base(1))
show("sum", lambda: sum([Base(1), Base(2)], 0))

class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __repr__(self):
        return f"Vec{self.xs}"
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(x * k for x in self.xs))
        return NotImplemented
    __rmul__ = __mul__
    def __rtruediv__(self, k):
        return Vec(*(k / x for x in self.xs))
    def __rpow__(self, base):
        return Vec(*(base ** x for x in self.xs))
    def __rmatmul__(self, o):
        return sum(a * b for a, b in zip(o, self.xs))
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __rlshift__(self, o):
        return "rlshift"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"

v = Vec(1, 2, 4)
print(v * 2, 3 * v, 0.5 * v)
print(8 / v, 2 ** v, [1, 1, 1] @ v)
print(7 // v, 7 % v, divmod(7, v), 1 << v, 1 & v, 1 | v, 1 ^ v)
try:
    v * "s"
except TypeError as e:
    print(e)
try:
    pow(2, v, 5)
except TypeError as e:
    print(e)

# int subclass with reflected method is tried first
class Meters(int):
    def __radd__(self, o):
        return f"Meters.__radd__({o})"
    def __rsub__(self, o):
        return NotImplemented
print(1 + Meters(5), Meters(5) + 1, type(Meters(5) + 1).__name__)
print(10 - Meters(3))
class F(float):
    def __rmul__(self, o):
        return "F.__rmul__"
print(2.0 * F(3.0), 2 * F(3.0), F(3.0) * 2)
