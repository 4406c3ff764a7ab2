# vars() and dir() of a simple class instance (public names only).
class Pet:
    legs = 4
    def __init__(self, name):
        self.name = name
        self.age = 3
    def speak(self):
        return self.name + " speaks"
    def _private(self):
        return 0
p = Pet("rex")
print(vars(p))
p.color = "brown"
print(vars(p), p.__dict__ is vars(p))
vars(p)["extra"] = 1
print(p.extra)
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Pet) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print("upper" in dir(""), "append" in dir(list), "__len__" in dir([]), dir(p) == sorted(dir(p)))
print(sorted([k for k in vars(Pet) if not k.startswith("__")]))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
import math
print([n for n in dir(math) if n.startswith("is")], "pi" in vars(math))
