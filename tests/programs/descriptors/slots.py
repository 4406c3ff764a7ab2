# __slots__: fixed attribute layout, inheritance, error messages.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y)
print(hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 5
print(p.y)
print(type(P.x).__name__)
print(P.__slots__)
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)


class P3(P):
    __slots__ = ("z",)


q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError", e)


class Loose(P):
    pass  # no __slots__: gets a __dict__


l = Loose(1, 2)
l.anything = "ok"
print(l.anything, l.__dict__)


class Str(object):
    __slots__ = "only"


s = Str()
s.only = 1
print(s.only, Str.__slots__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

# slot conflicts with class variable
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)

try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError", e)

# slots with a property
class Prop:
    __slots__ = ("_v",)

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, n):
        self._v = n


pr = Prop()
pr.v = 21
print(pr.v)
try:
    pr.w = 1
except AttributeError as e:
    print("AttributeError", e)
