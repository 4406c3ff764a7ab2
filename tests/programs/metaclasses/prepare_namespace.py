# __prepare__ with custom namespace objects.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return Recording()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls


class Rec(metaclass=OrderedMeta, tag=1):
    z = 1
    a = 2

    def m(self):
        pass

    z = 3
    b = 4


print(Rec.field_order, Rec.z)


# A namespace that rejects duplicates
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()


class Fine(metaclass=StrictMeta):
    x = 1
    y = 2


print(Fine.x, Fine.y)
try:
    class Dup(metaclass=StrictMeta):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError", e)


# Namespace with default values (auto-numbering, like enum)
class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0

    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        self.counter += 1
        self[key] = self.counter
        return self.counter


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()


class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE


print(Color.RED, Color.GREEN, Color.BLUE)

# __prepare__ returning a non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class X(metaclass=BadPrep):
        pass
except TypeError as e:
    print("TypeError", e)
print(type.__prepare__("N", ()))
