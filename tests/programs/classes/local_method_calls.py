# Method calls on a local (`x.m(...)`): the receiver is read from the local
# slot by the fused `LoadFast`+`LoadMethod`, through every kind of attribute
# the method name can resolve to, and through the caches' misses.


class A:
    def m(self, k):
        return ("A.m", k)

    @staticmethod
    def s(k):
        return ("A.s", k)

    @classmethod
    def c(cls, k):
        return (cls.__name__ + ".c", k)

    @property
    def p(self):
        return lambda k: ("A.p()", k)


class B(A):
    def m(self, k):
        return ("B.m", k)


def plain(k):
    return ("plain", k)


def calls(objs):
    out = []
    for i, o in enumerate(objs):
        out.append(o.m(i))
        out.append(o.s(i))
        out.append(o.c(i))
        out.append(o.p(i))
    return out


for row in calls([A(), B(), A(), B()]):
    print(row)

# An instance attribute holding a function shadows the class's method and
# is called without a receiver.
a = A()
a.m = plain


def call_m(o, k):
    return o.m(k)


print(call_m(A(), 1), call_m(a, 2), call_m(B(), 3), call_m(a, 4))
del a.m
print(call_m(a, 5))


# Builtin methods on locals, the receiver's type changing between calls.
def builtin_calls():
    out = []
    for x in [[3, 1], {"k": 1}, "abc", (1, 2, 1), {1, 2}, b"xy", 7, 2.5]:
        if isinstance(x, list):
            x.append(9)
            out.append(x.copy())
        elif isinstance(x, dict):
            out.append(x.get("k"))
            out.append(x.get("z", "default"))
        elif isinstance(x, str):
            out.append(x.upper())
        elif isinstance(x, tuple):
            out.append(x.count(1))
        elif isinstance(x, set):
            x.add(3)
            out.append(sorted(x))
        elif isinstance(x, bytes):
            out.append(x.hex())
        elif isinstance(x, int):
            out.append(x.bit_length())
        else:
            out.append(x.is_integer())
    return out


print(builtin_calls())


# The method is replaced on the class between calls (the cache is refilled).
def call_twice(o):
    return o.m(0)


b = B()
print(call_twice(b))
B.m = lambda self, k: ("new B.m", k)
print(call_twice(b))
del B.m
print(call_twice(b))


# A class-level callable that is not a function: no receiver is passed.
class C:
    m = staticmethod(len)
    n = len


def call_c(o):
    return o.m("four"), o.n("three")


print(call_c(C()))


# A missing method, and an unbound local receiver.
def missing(o):
    try:
        return o.nope()
    except AttributeError as e:
        return str(e)


print(missing(A()), missing(3))


def unbound(flag):
    if flag:
        o = A()
    return o.m(1)


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


# The receiver is released when the local is rebound in the call.
class Tracked:
    def __del__(self):
        print("freed")

    def rebind(self):
        return "called"


def holder():
    t = Tracked()
    r = t.rebind()
    t = None
    print("after rebinding")
    return r


print(holder())


# Each call site run many times, so the caches fill and the later calls
# take the hit paths: a class method, an instance attribute holding a
# function (no receiver), and builtin methods on locals.
def repeated(n):
    a, b = A(), A()
    b.m = plain
    d = {"k": 1}
    l = []
    s = "ab"
    out = []
    for i in range(n):
        out.append((a.m(i), b.m(i), d.get("k"), d.get(i, -i), s.upper()))
        l.append(i)
    return out[-1], len(l), l.pop(), sum(l)


print(repeated(5))
print(repeated(50))
