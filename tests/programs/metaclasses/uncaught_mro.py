# Ends with an uncaught MRO error.
class Animal:
    pass


class Mammal(Animal):
    pass


class Pet(Animal):
    pass


class Dog(Mammal, Pet):
    pass


print([c.__name__ for c in Dog.__mro__])


class Weird(Animal, Dog):
    pass
