class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " the " + self.kind + " says " + self.speak()
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def speak(self):
        return "Yip"
class Cat(Animal):
    kind = "cat"
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    def speak(self):
        return "Meow"
for a in (Animal("generic"), Dog("Rex"), Puppy("Bit"), Cat("Tom", True)):
    print(a.describe())
c = Cat("Kit", False)
print(c.name, c.indoor)
print(isinstance(c, Cat), isinstance(c, Animal), isinstance(c, Dog), isinstance(c, object))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(isinstance(Puppy("p"), (Cat, Dog)))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([k.__name__ for k in Puppy.__mro__])
print(Puppy.kind, Puppy("x").kind)
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class NoOverride(Animal):
    pass
n = NoOverride("plain")
print(n.describe(), type(n).__name__)
try:
    Cat("only name")
except TypeError as e:
    print(type(e).__name__, e)
print(type(c) is Animal, type(c) is Cat)
print(isinstance(True, int), issubclass(bool, int))
