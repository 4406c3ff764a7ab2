# Attribute and global lookups that change between executions of the same
# instruction: each loop runs one code location against changing state.

def get_len(x):
    return len(x)

print(get_len("abc"))
len = lambda x: 42          # a global now shadows the builtin
print(get_len("abc"))
del len                     # and the builtin shows through again
print(get_len("abc"))

def read_counter():
    return counter

for i in range(3):
    counter = i * 10
    print(read_counter())
del counter
try:
    read_counter()
except NameError as e:
    print("NameError", e)
for k in range(20):         # many new globals: the dict grows and rehashes
    globals()[f"g{k}"] = k
counter = "back"
print(read_counter())


class A:
    def m(self):
        return "A.m"
    x = "class x"


def show(o):
    return o.m(), o.x


a = A()
print(show(a))
a.x = "instance x"
print(show(a))
a.m = lambda: "instance m"
print(show(a))
del a.m, a.x
print(show(a))
A.m = lambda self: "patched"
print(show(a))


class D:
    def __get__(self, obj, cls):
        return "data descriptor"

    def __set__(self, obj, value):
        print("D.__set__", value)


a.__dict__["x"] = "shadow"
print(show(a))
A.x = D()                   # a data descriptor now wins over the instance dict
print(show(a))
a.x = 5
print(a.__dict__)


class B:
    def m(self):
        return "B.m"
    x = "B.x"


objs = [A(), B(), A(), B()]
print([show(o) for o in objs])
a.__class__ = B
print(show(a))


def setx(o, v):
    o.x = v


b = B()
for v in range(3):
    setx(b, v)
print(b.x, b.__dict__)


def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


B.__setattr__ = logging_setattr
setx(b, 99)
print(b.x)


def get_y(o):
    return o.y


class C:
    y = 1


c = C()
print(get_y(c))
C.__getattribute__ = lambda self, name: f"getattribute {name}"
print(get_y(c))
del C.__getattribute__
print(get_y(c))
C.__getattr__ = lambda self, name: f"getattr {name}"
del C.y
print(get_y(c))


class Slotted:
    __slots__ = ("y",)


s = Slotted()
try:
    get_y(s)
except AttributeError as e:
    print("AttributeError", e)
s.y = "slot"
print(get_y(s))
print([get_y(o) for o in (c, s, c)])


class P:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        if self._v < 0:
            raise AttributeError("negative")
        return self._v * 10


def get_v(o):
    return o.v


p = P()
print([get_v(p) for _ in range(3)])
p.__dict__["v"] = "instance dict"
print(get_v(p))
P.v = "plain class attribute"
print(get_v(p))
del p.__dict__["v"]
print(get_v(p))
P.v = property(lambda self: "new property")
print(get_v(p))
P.v = property(P.v_getter) if hasattr(P, "v_getter") else property(lambda self: P_v(self))
P_v = lambda self: 1 / 0 if self._v < 0 else "ok"
p._v = -1
try:
    print(get_v(p))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
except AttributeError as e:
    print("AttributeError", e)
P.v = property(lambda self: (_ for _ in ()).throw(AttributeError("from getter")))
P.__getattr__ = lambda self, name: f"__getattr__ {name}"
print(get_v(p))
