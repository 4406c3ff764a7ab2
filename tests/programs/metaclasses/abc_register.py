# ABC.register virtual subclasses with isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod


class Sized(ABC):
    @abstractmethod
    def size(self):
        ...


class Stack:
    def __init__(self):
        self.items = []

    def size(self):
        return len(self.items)


print(isinstance(Stack(), Sized), issubclass(Stack, Sized))
r = Sized.register(Stack)
print(r is Stack)
print(isinstance(Stack(), Sized), issubclass(Stack, Sized))
print(Sized in Stack.__mro__)


class BigStack(Stack):
    pass


print(issubclass(BigStack, Sized), isinstance(BigStack(), Sized))


# register as a class decorator
@Sized.register
class Queue:
    pass


print(Queue.__name__, issubclass(Queue, Sized))

# builtins can be registered
Sized.register(list)
print(isinstance([], Sized), isinstance((), Sized))


# registering on an ABC hierarchy
class Container(ABC):
    pass


class Bag(Container):
    pass


Bag.register(dict)
print(issubclass(dict, Bag), issubclass(dict, Container), isinstance({}, Container))

# __subclasshook__
class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Conn:
    def close(self):
        pass


print(issubclass(Conn, Closeable), isinstance(Conn(), Closeable), issubclass(int, Closeable))

# errors
try:
    Sized.register(5)
except TypeError as e:
    print("TypeError", e)


class Derived(Sized):
    def size(self):
        return 0


try:
    Derived.register(Sized)
except RuntimeError as e:
    print("RuntimeError", e)
print(Sized.register(Derived) is Derived)
try:
    issubclass(5, Sized)
except TypeError as e:
    print("TypeError", e)
print(isinstance(5, Sized), issubclass(bool, Sized))
