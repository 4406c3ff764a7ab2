# Constructors whose __init__ runs inline, and attributes added to new
# instances through the store caches: orders that differ between
# instances, deletions, subclasses, __slots__, and __init__ returning a
# value.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, i * 2) for i in range(5)]
print([(p.x, p.y) for p in pts])


class Varying:
    def __init__(self, flip):
        if flip:
            self.b = "b"
            self.a = "a"
        else:
            self.a = "a"
            self.b = "b"
        self.c = flip


for flip in (False, True, False, True):
    v = Varying(flip)
    print(flip, vars(v), list(vars(v)))


class Grows:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"f{i}", i)
        self.last = n


for n in (0, 3, 9, 2):
    g = Grows(n)
    print(n, sorted(vars(g).items()))


class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w


print([(c.v, c.w) for c in (Child(1, 2), Child(3, 4))])
print(vars(Base(5)), vars(Child(6, 7)))


class Deleting:
    def __init__(self):
        self.a = 1
        self.b = 2
        del self.a
        self.a = 3


for _ in range(3):
    d = Deleting()
    print(vars(d))


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self, p, q):
        self.p = p
        self.q = q


s = Slotted(1, 2)
print(s.p, s.q)


class ReturnsValue:
    def __init__(self):
        self.ok = True
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


class ReturnsNone:
    def __init__(self, x):
        self.x = x
        return None


print(ReturnsNone(8).x)


class WithSetattr:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


print(WithSetattr().a)


def make(n):
    # The constructor's result used at once, in an expression.
    return [Point(i, -i).x + Point(-i, i).y for i in range(n)]


print(make(4))


class TempInInit:
    # A local that is the last reference to its object when __init__
    # returns: the frame is cleared the slow way, and the call still
    # evaluates to the new object.
    def __init__(self, n):
        scratch = [n] * 3
        self.total = sum(scratch)


class Noisy:
    def __del__(self):
        print("Noisy freed")


class FinalizerInInit:
    def __init__(self):
        temp = Noisy()
        self.ok = "yes"


print([TempInInit(i).total for i in range(3)])
print(FinalizerInInit().ok)
