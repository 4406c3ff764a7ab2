# dir(), vars(), getattr with defaults, callable.
import sys

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Derived(Base):
    derived_attr = 2
    def __init__(self):
        self.inst_attr = 3
    def derived_method(self):
        pass

d = Derived()
print([n for n in dir(d) if not n.startswith("__")])
print([n for n in dir(Derived) if not n.startswith("__")])
print(dir(d) == sorted(dir(d)), "__init__" in dir(d), "__class__" in dir(Derived))
print(vars(d), sorted(k for k in vars(Derived) if not k.startswith("__")))
print(vars(d) is d.__dict__)
vars(d)["added"] = "via vars"
print(d.added)

def scope():
    a = 1
    b = "two"
    return dir(), sorted(vars())
print(scope())
print([n for n in dir() if not n.startswith("__")])
print(sorted(vars()) == sorted(globals()), vars() is globals())

for obj in (1, "s", [1], len, None):
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(d, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))

class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
ws = WithSlots()
print([n for n in dir(ws) if not n.startswith("__")])
try:
    vars(ws)
except TypeError as e:
    print(type(e).__name__, e)

print(getattr(d, "inst_attr"), getattr(d, "missing", None), getattr(Derived, "base_attr", 0))
try:
    getattr(d, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(d, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(d)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(d, "base_method"), hasattr(d, "nope"), hasattr(sys, "_getframe"))

class CallMe:
    def __call__(self):
        return "called"
print(callable(CallMe), callable(CallMe()), callable(d), callable(d.derived_method))
print(callable(print), callable(lambda: 0), callable(Derived.base_method), callable(3))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
import math
print([n for n in dir(math) if n.startswith("f")])
print("sqrt" in vars(math), type(vars(math)).__name__)
