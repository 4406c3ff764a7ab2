# Functions as descriptors, bound methods, classmethod/staticmethod objects.
class A:
    def f(self, x):
        return ("f", type(self).__name__, x)

    @classmethod
    def c(cls, x):
        return ("c", cls.__name__, x)

    @staticmethod
    def s(x):
        return ("s", x)


class B(A):
    pass


a = A()
b = B()
m = a.f
print(m(1))
print(m.__self__ is a, m.__func__ is A.f)
print(m.__name__, m.__qualname__)
print(a.f == a.f, a.f is a.f, a.f == b.f, a.f != A().f)
print(hash(a.f) == hash(a.f))
print(A.f(b, 2))
print(A.f.__get__(b, B)(3))
print(A.f.__get__(None, A) is A.f)
bound = A.__dict__["f"].__get__(a)
print(bound(4))
print(A.c(5), B.c(6), b.c(7))
print(A.c.__self__ is A, B.c.__self__ is B, b.c.__self__ is B)
print(A.c.__func__ is A.__dict__["c"].__func__)
print(A.s(8), b.s(9))
print(A.s is A.__dict__["s"].__func__)
cm = A.__dict__["c"]
sm = A.__dict__["s"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__get__(None, B)(10))
print(cm.__get__(b)(11))
print(sm.__get__(None, A)(12))
print(sm(13))
print(callable(sm), callable(cm))
print(isinstance(cm, classmethod), isinstance(sm, staticmethod))

# functions stored on instances are not bound
a.g = lambda x: ("plain", x)
print(a.g(14))

# method equality and bound method repr of builtin-ish pieces
class K:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    def meth(self):
        return 1


k1, k2 = K(), K()
print(k1.meth == k2.meth)  # different __self__ identity -> False in 3.12
print(k1.meth == k1.meth)

# calling with wrong args
try:
    a.f()
except TypeError as e:
    print("TypeError", e)
try:
    A.f(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    A.s()
except TypeError as e:
    print("TypeError", e)
try:
    classmethod()
except TypeError as e:
    print("TypeError", e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print("TypeError", e)
