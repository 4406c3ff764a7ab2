# __qualname__, __module__, __doc__, __name__ of classes, nested classes and methods.
class Outer:
    """Outer docstring."""

    class Inner:
        "Inner doc"

        def method(self):
            "method doc"
            return 1

        class Deep:
            pass

    def f(self):
        def local():
            pass
        class InFunc:
            def g(self):
                pass
        return local, InFunc

    @staticmethod
    def st():
        pass

    lam = lambda self: None


print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.f.__qualname__)
local, InFunc = Outer().f()
print(local.__qualname__)
print(InFunc.__qualname__, InFunc.g.__qualname__)
print(Outer.st.__qualname__, Outer.lam.__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.method.__doc__)
print(Outer.Inner.Deep.__doc__, Outer.f.__doc__)
print(repr(Outer.Inner))
print(repr(Outer.Inner.Deep))
print(str(InFunc))


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc().__doc__)
print(Outer().__doc__)

# qualname can be set
NoDoc.__qualname__ = "Renamed.Thing"
print(NoDoc.__qualname__, NoDoc.__name__, repr(NoDoc))
NoDoc.__name__ = "Other"
print(NoDoc.__name__, NoDoc.__qualname__)
try:
    NoDoc.__qualname__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    NoDoc.__name__ = 5
except TypeError as e:
    print("TypeError", e)

# __module__ can be overridden in the body
class Moved:
    __module__ = "elsewhere"


print(Moved.__module__, repr(Moved))
print(repr(Moved()).split(" object")[0])


# class decorators
def register(cls):
    cls.registered = True
    return cls


def replace(cls):
    return "replaced " + cls.__name__


@register
class R:
    pass


@replace
class Gone:
    pass


print(R.registered, Gone)


def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls


@add_repr
@register
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Pt(1, "two"), Pt.registered)
