# Instance creation after __init__ / __new__ change on a class or its bases.


class Base:
    def __init__(self, x):
        self.x = x


class C(Base):
    pass


def show(o):
    print(type(o).__name__, sorted(vars(o).items()) if hasattr(o, "__dict__") else None)


for i in range(3):
    show(C(i))


def init2(self, x):
    self.y = x * 10


Base.__init__ = init2
show(C(4))
C.__init__ = lambda self, x: setattr(self, "z", -x)
show(C(5))
del C.__init__
show(C(6))
del Base.__init__
try:
    C(7)
except TypeError as e:
    print("TypeError", e)
show(C())


def new(cls, *a):
    o = object.__new__(cls)
    o.made_by_new = a
    return o


C.__new__ = new
show(C())
del C.__new__
show(C())


class Other:
    def __init__(self):
        self.other = True


def odd_new(cls, *a):
    return Other()


C.__new__ = staticmethod(odd_new)
show(C())
del C.__new__


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError", e)

import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...


class B(A):
    def __init__(self):
        self.b = 1


try:
    B()
except TypeError as e:
    print("TypeError", e)
B.f = lambda self: 1
B.__abstractmethods__ = frozenset()
show(B())
B.__abstractmethods__ = frozenset({"g"})
try:
    B()
except TypeError as e:
    print("TypeError", e)


class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 3


s = S()
print(s.a, hasattr(s, "__dict__"))


class E(Exception):
    def __init__(self, m):
        super().__init__(m)
        self.m = m


for i in range(3):
    e = E(i)
    print(repr(e), e.args, e.m)


class I(int):
    def __init__(self, v):
        self.tag = v


for i in range(2):
    print(I(i) + 1, I(i).tag)
