# __subclasses__, generic aliases, deletion in custom namespaces, metaclass __getattr__.
class Base:
    pass


class One(Base):
    pass


class Two(Base):
    pass


class Three(One):
    pass


print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in One.__subclasses__()], Three.__subclasses__())


def make():
    class Temp(Base):
        pass
    return Temp


t = make()
print(len(Base.__subclasses__()))
del t
import gc
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])

# generic aliases of builtin classes
alias = list[int]
print(alias, alias.__origin__ is list, alias.__args__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[Base])
print(alias([1, 2, 3]), list[int] == list[int], list[int] == list[str])
try:
    int[str]
except TypeError as e:
    print("TypeError", e)


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)


class LogMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logged()


class Body(metaclass=LogMeta):
    temp = 1
    keep = temp + 1
    del temp
    try:
        del missing
    except NameError as e:
        print("NameError", e)


print(hasattr(Body, "temp"), Body.keep, type(Body).__name__)


class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)


class Config(metaclass=Lazy):
    known = 1


print(Config.known, Config.get_port())
try:
    Config.other
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Config, "other", "dflt"))
