# Attribute stores that add a name to an instance (`self.x = ...` in
# `__init__`) take a cached layout transition after the first instance;
# everything that should stop them from doing so still must.


class P:
    def __init__(self, a, b, order=True):
        if order:
            self.a = a
            self.b = b
        else:
            self.b = b
            self.a = a


def show(o):
    print(type(o).__name__, vars(o), list(vars(o)))


ps = [P(i, -i, order=i % 3 != 0) for i in range(7)]
for p in ps:
    show(p)

# Each instance keeps its own values after many appends along one layout.
print(sum(p.a for p in ps), sum(p.b for p in ps))


# A class that starts without `__setattr__` and later gets one.
class Q:
    def __init__(self, x):
        self.x = x
        self.y = x * 2


for i in range(3):
    show(Q(i))


def setattr_hook(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


Q.__setattr__ = setattr_hook
show(Q(5))
del Q.__setattr__
show(Q(6))


# A data descriptor for the name added to the class after instances exist.
class R:
    def __init__(self, v):
        self.v = v
        self.w = v


show(R(1))
show(R(2))


class Loud:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return obj.__dict__.get("_" + self.name, "unset")

    def __set__(self, obj, value):
        print("Loud.__set__", self.name, value)
        obj.__dict__["_" + self.name] = value


R.w = Loud("w")
r = R(3)
show(r)
print(r.w)
del R.w
show(R(4))


# Subclasses share the `__init__` (and its store sites) with the base.
class S(R):
    pass


show(S(7))
show(R(8))
show(S(9))


# `__slots__` instances and instances whose namespace is a dict object.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a + 1


for i in range(3):
    s = Slotted(i)
    print(s.a, s.b)


class D:
    def __init__(self, n):
        self.first = n
        self.second = n


d0 = D(0)
d0.__dict__["zzz"] = 1
show(d0)
d1 = D(1)
show(d1)
d1.__dict__.clear()
d1.__init__(2)
show(d1)

# Deleting an attribute and storing it again.
d2 = D(3)
del d2.first
d2.first = 4
show(d2)
show(D(5))


# Values that are the last reference to an object with `__del__`.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class Holder:
    def __init__(self, x):
        self.x = x


h = Holder(Noisy("a"))
h.x = Noisy("b")
h = Holder(Noisy("c"))
h = None
print("end")
