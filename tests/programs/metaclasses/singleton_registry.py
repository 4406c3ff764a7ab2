# Singletons and registries built with metaclasses.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("Config init", name)
        self.name = name


class Other(metaclass=Singleton):
    pass


a = Config("first")
b = Config("second")
print(a is b, a.name, Other() is Other(), Other() is a)
print(len(Singleton._instances))


class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = ns.get("key", name.lower())
            if key in mcls.registry:
                raise ValueError(f"duplicate plugin key {key!r}")
            mcls.registry[key] = cls
        return cls

    def __iter__(cls):
        return iter(sorted(cls.registry))

    def __len__(cls):
        return len(cls.registry)

    def __getitem__(cls, key):
        return cls.registry[key]

    def __contains__(cls, key):
        return key in cls.registry


class Plugin(metaclass=PluginMeta):
    def run(self):
        return type(self).__name__ + " ran"


class Alpha(Plugin):
    pass


class Beta(Plugin):
    key = "b"


class Gamma(Beta):
    pass


print(list(Plugin), len(Plugin), "b" in Plugin, "zeta" in Plugin)
print(Plugin["gamma"]().run())
try:
    class Again(Plugin):
        key = "alpha"
except ValueError as e:
    print("ValueError", e)
try:
    Plugin["zeta"]
except KeyError as e:
    print("KeyError", e)
print(sorted(Plugin.registry))


# class-level operator overloading through the metaclass
class Addable(type):
    def __add__(cls, other):
        return type(cls.__name__ + other.__name__, (cls, other), {})

    def __repr__(cls):
        return f"<class {cls.__name__} via Addable>"

    def __bool__(cls):
        return cls.__name__ != "Empty"


class X(metaclass=Addable):
    def x(self):
        return "x"


class Y(metaclass=Addable):
    def y(self):
        return "y"


XY = X + Y
print(XY, XY().x(), XY().y(), [k.__name__ for k in XY.__mro__])
print(repr(X), str(Y), bool(X))
Empty = Addable("Empty", (), {})
print(bool(Empty), f"{Empty}")
