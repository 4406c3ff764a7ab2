# abc.ABC, ABCMeta and abstractmethod.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class HalfDone(Shape):
    def area(self):
        return 0


print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(type(Shape).__name__, isinstance(Shape, ABCMeta), Shape.area.__isabstractmethod__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))


# abstract properties, classmethods and staticmethods
class Resource(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def build(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


try:
    Resource()
except TypeError as e:
    print("TypeError", e)


class File(Resource):
    @property
    def name(self):
        return "file"

    @classmethod
    def build(cls):
        return cls()

    @staticmethod
    def version():
        return 2


f = File.build()
print(f.name, f.version(), File.__abstractmethods__)


# an ABC with one abstract method
class Single(ABC):
    @abstractmethod
    def only(self):
        pass


try:
    Single()
except TypeError as e:
    print("TypeError", e)


# concrete ABC subclass with no abstract methods can be built
class Concrete(ABC):
    def hello(self):
        return "hi"


print(Concrete().hello(), Concrete.__abstractmethods__)


# super() call to the abstract implementation is allowed
class Impl(Single):
    def only(self):
        return ("impl", super().only())


print(Impl().only())
