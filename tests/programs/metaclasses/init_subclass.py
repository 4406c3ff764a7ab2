# __init_subclass__ with keyword arguments and __class_getitem__.
class Plugin:
    kinds = []

    def __init_subclass__(cls, /, kind=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        cls.priority = priority
        Plugin.kinds.append((cls.kind, priority))


class Csv(Plugin, kind="csv", priority=2):
    pass


class Json(Plugin):
    pass


class StrictJson(Json, priority=5):
    pass


print(Plugin.kinds)
print(Csv.kind, Json.kind, StrictJson.kind, StrictJson.priority)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


try:
    class Bad2(Plain, flag=True):
        pass
except TypeError as e:
    print("TypeError", e)


# __init_subclass__ is implicitly a classmethod
class Tracker:
    subclasses = []

    def __init_subclass__(cls):
        Tracker.subclasses.append(cls.__name__)


class T1(Tracker): pass
class T2(T1): pass
print(Tracker.subclasses)


# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


class SubBox(Box):
    pass


print(Box[int], SubBox[str], Box["x"], Box[1, 2])
try:
    Box()[int]
except TypeError as e:
    print("TypeError", e)
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)
print(list[int], dict[str, int])


# __class_getitem__ is implicitly a classmethod too
class Gen:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)


print(Gen[int, str])
