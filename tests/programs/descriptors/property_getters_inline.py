"""Property getters that are plain Python functions (run as inline frames):
values, exceptions and tracebacks, recursion, redefinition, subclasses,
__getattr__ fallback, closures and lambdas."""
import sys


class Point:
    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @property
    def norm2(self):
        return self._x * self._x + self._y * self._y

    @property
    def broken(self):
        return 1 / 0

    @property
    def missing(self):
        return self.nope


p = Point(3, 4)
total = 0
for i in range(1000):
    total += p.x + p.norm2
print(total)

for name in ("broken", "missing"):
    try:
        getattr(p, name)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        p.broken if name == "broken" else p.missing
    except Exception as e:
        tb = e.__traceback__
        frames = []
        while tb:
            frames.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, frames)


class Sub(Point):
    @property
    def x(self):
        return -self._x


s = Sub(5, 6)
print([q.x for q in (p, s, p, s)])


class Fallback:
    def __getattr__(self, name):
        return "fallback:" + name

    @property
    def value(self):
        raise AttributeError("no value")


f = Fallback()
print(f.value, f.value)


class Deep:
    @property
    def again(self):
        return self.again


try:
    Deep().again
except RecursionError as e:
    print("RecursionError", e)


def make(k):
    class C:
        v = property(lambda self: k * 2)
        w = property(lambda self: self.v + 1)
    return C()


c = make(21)
print(c.v, c.w, c.v)


class Mutable:
    @property
    def a(self):
        return 1


m = Mutable()
print(m.a)
Mutable.a = property(lambda self: 2)
print(m.a)
del Mutable.a
m.a = 3
print(m.a)


class Counter:
    def __init__(self):
        self.n = 0

    @property
    def tick(self):
        self.n += 1
        return self.n


ct = Counter()
print([ct.tick for _ in range(5)], ct.n)


class WithDefault:
    @property
    def d(self, extra=10):
        return extra


print(WithDefault().d)
print(sys.getrecursionlimit() > 100)
