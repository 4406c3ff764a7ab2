# Ends with an uncaught TypeError from instantiating an abstract class.
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def read(self, key):
        ...

    @abstractmethod
    def write(self, key, value):
        ...


class Memory(Storage):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data[key]

    def write(self, key, value):
        self.data[key] = value


m = Memory()
m.write("a", 1)
print(m.read("a"))


class Partial(Storage):
    def read(self, key):
        return None


Partial()
