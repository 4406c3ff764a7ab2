# C3 method resolution order, diamonds, and MRO errors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__))
print(type(Z.__mro__).__name__, type(Z.mro()).__name__)
print(Z.__bases__ == (K1, K2, K3), Z.__base__ is K1)
print(object.__mro__, object.__bases__, object.__base__)
print(int.__mro__, bool.__mro__)


# diamond with attribute resolution
class Top:
    def where(self):
        return "Top"


class Left(Top):
    def where(self):
        return "Left"


class Right(Top):
    def where(self):
        return "Right"

    def only_right(self):
        return "only right"


class Bottom(Left, Right):
    pass


print(names(Bottom), Bottom().where(), Bottom().only_right())

# inconsistent orders
tests = [
    lambda: type("Bad", (A, O, B), {}),
    lambda: type("Bad", (O, A), {}),
    lambda: type("Bad", (K1, K3, A, D), {}),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print("TypeError", e)

try:
    class X(Left, Right): pass
    class Y(Right, Left): pass
    class XY(X, Y): pass
except TypeError as e:
    print("TypeError", e)

try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)

try:
    class NotAClass(5): pass
except TypeError as e:
    print("TypeError", e)


# custom mro() on a metaclass
class Reversing(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [object]


class P1: 
    def f(self): return "P1"
class P2:
    def f(self): return "P2"
class R(P1, P2, metaclass=Reversing): pass
print(names(R), R().f())
print(issubclass(Bottom, Top), issubclass(Top, Bottom), Bottom.__subclasses__(), [c.__name__ for c in Top.__subclasses__()])
