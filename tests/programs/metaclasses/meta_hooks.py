# Metaclass __new__/__init__/__call__ and the order they run in.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("constructed", type(obj).__name__)
        return obj


class Base(metaclass=Meta):
    def __new__(cls, *args, **kwargs):
        print("Base.__new__", cls.__name__)
        return super().__new__(cls)

    def __init__(self, value=None):
        print("Base.__init__", value)
        self.value = value


class Child(Base, flavor="sweet"):
    def extra(self):
        return self.value


print(type(Base).__name__, type(Child).__name__, Child.created_by)
c = Child(5)
print(c.extra())
b = Base(value="kw")
print(b.value)
print(isinstance(Child, Meta), isinstance(c, Child), isinstance(Child, type))
print(Meta.__mro__ == (Meta, type, object))


# __call__ that bypasses __init__
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class Raw(metaclass=NoInit):
    def __init__(self):
        raise AssertionError("never")


r = Raw(1, 2)
print(r.args, type(r).__name__)


# __init__ returning non-None from __call__ path: type.__call__ checks
class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError", e)


# __new__ returning another type skips __init__
class Other:
    pass


class Weird:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("never printed")


print(type(Weird()).__name__)
