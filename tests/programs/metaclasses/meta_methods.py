# Metaclass methods vs classmethods vs instance access.
class Meta(type):
    def describe(cls):
        return "Meta.describe for " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    shared = "meta attr"

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def __len__(cls):
        return 42

    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


class Model(metaclass=Meta):
    shared = "class attr"

    @classmethod
    def create(cls):
        return "Model.create for " + cls.__name__

    def inst(self):
        return "inst"


class User(Model):
    pass


print(User.describe(), User.upper_name, User.create())
print(User.shared, Model.shared)
print(repr(User), len(User))
print(User.auto_thing)
u = User()
print(u.create(), u.inst())
for name in ("describe", "upper_name", "auto_x"):
    try:
        getattr(u, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    User.nothing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(User, "describe"), hasattr(u, "describe"))
print("describe" in dir(Meta), "describe" in dir(User))
print(type(User).describe(User))
print(Meta.describe(Model))


# data descriptor on the metaclass overrides class dict
class RO(type):
    @property
    def version(cls):
        return "meta version"


class V(metaclass=RO):
    version = "class version"


print(V.version, V().version)
try:
    V.version = 2
except AttributeError as e:
    print("AttributeError", e)


# __setattr__ on the metaclass guards class attributes
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("const_"):
            raise AttributeError(f"cannot rebind {name}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name}")


class Consts(metaclass=Frozen):
    const_pi = 3


Consts.other = 1
print(Consts.other)
for op in ("set", "del"):
    try:
        if op == "set":
            Consts.const_pi = 4
        else:
            del Consts.other
    except AttributeError as e:
        print("AttributeError", e)
print(Consts.const_pi, Consts.other)
