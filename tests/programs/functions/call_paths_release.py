# Edge cases of the call and return paths: when a returning frame's locals
# are released (finalizers), constructors run inline, and isinstance on
# builtin values.
import abc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holds_last(name):
    x = Noisy(name)
    y = 5
    print("in holds_last", x.name, y)
    return y


def holds_shared(obj):
    z = obj
    print("in holds_shared", z.name)
    return 1


print("ret", holds_last("a"))
keep = Noisy("b")
print("ret", holds_shared(keep))
print("still alive", keep.name)
del keep


def two_locals_last():
    a = Noisy("first")
    b = Noisy("second")
    return None


two_locals_last()
print("after two_locals_last")


def shared_then_last(s):
    t = Noisy("t")
    return s


print(shared_then_last("str-value"))


def closure_maker():
    v = Noisy("cell")

    def inner():
        return v.name

    return inner


f = closure_maker()
print(f())
del f
print("after closure")


# Constructors run inline.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


p = Point(1)
q = Point(1, y=2)
print(p.x, p.y, q.x, q.y)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class OtherNew:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        print("never")


print(OtherNew(21))


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self):
        print("init abstract")


try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)


class Concrete(Abstract):
    def f(self):
        return 1


c = Concrete()
print(c.f())


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print(Slotted(3).a)


class WrongArgs:
    def __init__(self, a):
        self.a = a


try:
    WrongArgs()
except TypeError as e:
    print("TypeError:", e)
try:
    WrongArgs(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


d = Deep(50)
n = 0
while d is not None:
    n += 1
    d = d.child
print("depth", n)

# Builtin constructors.
print(str(5), float("2.5"), int("7"), tuple([1, 2]), list((3,)), bool(0))


class MyStr(str):
    pass


print(type(MyStr("x")).__name__, MyStr("ab") + "c")


# isinstance on builtin values.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return True


class Anything(metaclass=Meta):
    pass


for v in [None, True, 3, 2**80, 1.5, "s", b"b", (1,), [1], {1: 2}, {1}]:
    print(
        type(v).__name__,
        isinstance(v, int),
        isinstance(v, (list, tuple)),
        isinstance(v, object),
        isinstance(v, (str, (dict, set))),
        isinstance(v, Anything),
        isinstance(v, (float, Anything)),
    )
print(isinstance(True, int), isinstance(1, bool), isinstance(MyStr("q"), str))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, (int, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance("x", (str, 2))
    print("short-circuit ok")
except TypeError as e:
    print("TypeError:", e)
