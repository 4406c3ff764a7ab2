# __instancecheck__ / __subclasscheck__ on metaclasses.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Dog:
    def bark(self):
        return "woof"


print(isinstance(Duck(), Quacker))
print(isinstance(Dog(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Dog, Quacker))
print(isinstance(Duck(), (int, Quacker)))
print(issubclass(Dog, (Quacker, Dog)))
# exact type match short-circuits __instancecheck__
q = Quacker()
print(isinstance(q, Quacker))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(7) if isinstance(x, EvenNumber)])
print(isinstance("2", EvenNumber))


# truthiness of the result is used
class Truthy(type):
    def __instancecheck__(cls, obj):
        return [obj]

    def __subclasscheck__(cls, sub):
        return ""


class T(metaclass=Truthy):
    pass


print(isinstance(0, T), issubclass(int, T), issubclass(T, T))


# errors raised inside the hooks propagate
class Raising(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("no instance checks")


class R(metaclass=Raising):
    pass


try:
    isinstance(1, R)
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(R(), R))

# argument validation for isinstance/issubclass
for call in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1),
             lambda: isinstance(1, (int, 1)), lambda: isinstance(1), lambda: issubclass(int, (str, 2))):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
