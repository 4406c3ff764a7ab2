# Calling descriptor methods by hand, unbound super, and odd descriptors.
import abc


class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class Host:
    d = DelOnly()
    s = SetOnly()

    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value


h = Host()
del h.d
try:
    h.d = 5
except AttributeError as e:
    print("AttributeError", e)
h.s = 7
try:
    del h.s
except AttributeError as e:
    print("AttributeError", e)

p = Host.__dict__["v"]
print(p.__get__(h, Host), p.__get__(None, Host) is p)
p.__set__(h, 42)
print(h.v)
try:
    p.__delete__(h)
except AttributeError as e:
    print("AttributeError", e)
ro = property(lambda self: 0)
try:
    ro.__set__(h, 1)
except AttributeError as e:
    print("AttributeError", e)

# object.__setattr__ / __getattribute__ / __delattr__ called directly
object.__setattr__(h, "extra", 3)
print(object.__getattribute__(h, "extra"))
object.__delattr__(h, "extra")
print(hasattr(h, "extra"))
for call in (lambda: object.__setattr__(h, "x"), lambda: object.__setattr__(h, 1, 2),
             lambda: object.__delattr__(h), lambda: object.__getattribute__(h, "nope")):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


# unbound super bound by hand
class A:
    def hi(self):
        return "A.hi"


class B(A):
    def hi(self):
        return "B.hi"


u = super(B)
bound = u.__get__(B())
print(bound.hi(), bound.__self_class__ is B, u.__get__(None, B) is u)
try:
    u.hi
except AttributeError as e:
    print("AttributeError", e)


# __isabstractmethod__ on wrappers
@abc.abstractmethod
def f(self):
    pass


print(property(f).__isabstractmethod__, classmethod(f).__isabstractmethod__,
      staticmethod(f).__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
print(type(f.__get__(h)).__name__, f.__get__(None, Host) is f)
print(classmethod(f).__get__(h).__self__ is Host, staticmethod(f).__get__(h) is f)
try:
    f.__get__()
except TypeError as e:
    print("TypeError", e)
