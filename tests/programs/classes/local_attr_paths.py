# Attribute loads and stores through a local variable: hits, misses,
# properties, __setattr__/__getattr__, non-instances, unbound locals.
import math


class P:
    def __init__(self, x):
        self.x = x          # a new attribute
        self.x = x + 1      # an existing one

    @property
    def double(self):
        return self.x * 2


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "missing:" + name


def loads(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out


def stores(objs):
    for i, o in enumerate(objs):
        o.x = i * 10
    return [o.x for o in objs]


class Q(P):
    pass


ps = [P(1), Q(2), P(3)]
print(loads(ps))
print(stores(ps))
p = ps[0]
print(p.double, p.x)
lg = Logged()
lg.a = 5
print(lg.a, lg.b)
m = math
print(m.floor(2.5))
C = P
C.k = 7
print(C.k, p.k)


def missing(o):
    try:
        return o.nope
    except AttributeError as e:
        return str(e)


print(missing(p))
print(missing(3))


def unbound():
    try:
        return u.x
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    u = 1


unbound()


def store_readonly(o):
    try:
        o.real = 5
    except AttributeError as e:
        print("AttributeError", e)


store_readonly(5)


class S:
    __slots__ = ("a",)


s = S()
s.a = 1
print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError", e)


def fail_line(o):
    return o.missing_attr


fail_line(p)
