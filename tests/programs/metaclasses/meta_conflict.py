# Metaclass conflicts and winner selection.
class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class C(metaclass=M3):
    pass


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError", e)

# the most derived metaclass wins
class AC(A, C):
    pass


print(type(AC).__name__)


class CA(C, A):
    pass


print(type(CA).__name__)

# explicit metaclass that is less derived than a base's metaclass
class Explicit(C, metaclass=M1):
    pass


print(type(Explicit).__name__)

try:
    class Bad(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    type("Bad", (A, B), {})
except TypeError as e:
    print("TypeError", e)


# a plain function as a metaclass
def func_meta(name, bases, ns, **kw):
    print("func_meta", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return {"name": name, "keys": sorted(ns)}


class Thing(metaclass=func_meta, opt=True):
    x = 1


print(type(Thing).__name__, Thing["name"])


class Combined(M1, M2):
    pass


class D(A, B, metaclass=Combined):
    pass


print(type(D).__name__, [k.__name__ for k in type(D).__mro__])

# metaclass keyword combined with other keywords for __init_subclass__
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Sub(Base, metaclass=M1, color="red"):
    pass


print(type(Sub).__name__)
try:
    class Bad2(Base, metaclass=M1, nonsense=1, **{"metaclass": M2}):
        pass
except TypeError as e:
    print("TypeError", e)
