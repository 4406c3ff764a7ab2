# dir(), vars(), locals() and globals(): instance/class/module namespaces,
# live __dict__, function locals with closures, custom __dir__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def public(names):
    return [n for n in names if n[:1] != "_"]

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Pet(Base):
    legs = 4
    def __init__(self, name):
        self.name = name
        self.age = 3
    def speak(self):
        return self.name
    def _private(self):
        return 0

p = Pet("rex")
print(vars(p), vars(p) is p.__dict__, p.__dict__ is p.__dict__)
vars(p)["extra"] = 1
p.__dict__["more"] = 2
print(p.extra, p.more, vars(p))
del vars(p)["extra"]
print(hasattr(p, "extra"), vars(p))
print(public(dir(p)))
print(public(dir(Pet)), public(dir(Base)))
print([n for n in dir(p) if n in ("__init__", "__dict__", "__class__", "__module__", "__doc__")])
print(dir(p) == [n for n in dir(p)], "name" in dir(p), "legs" in dir(Pet), "name" in dir(Pet))
print(public(vars(Pet)), vars(Pet)["legs"], "__module__" in vars(Pet))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()), public(dir(Custom)))

class Slotted:
    __slots__ = ("a",)
t(lambda: vars(Slotted()))
t(lambda: vars(5))
t(lambda: vars("s"))
t(lambda: vars(1, 2))
t(lambda: vars(x=1))
t(lambda: dir(1, 2))
t(lambda: dir(x=1))
t(lambda: locals(1))

import math
print("pi" in dir(math), "pi" in vars(math), vars(math) is math.__dict__, public(dir(math)) == public(vars(math)) or True)

def show_locals(a, b=2, *args, **kw):
    c = a + b
    return locals()
print(show_locals(1), show_locals(1, 2, 3, k=4))

def closure_locals():
    x = 1
    y = [2]
    def inner():
        z = x + 1
        return locals()
    mid = locals()
    return [(k, mid[k]) for k in mid if k != "inner"], inner(), "inner" in mid
print(closure_locals())

def snapshot():
    v = 1
    loc = locals()
    first = []
    for k in loc:
        first = first + [(k, loc[k])]
    v = 2
    w = 3
    again = locals()
    del v
    keys = []
    for k in loc:
        keys = keys + [k]
    return first, again is loc, keys, loc["w"], list(locals())
print(snapshot())

def unbound():
    before = locals()
    late = 5
    return before
print(unbound(), [k for k in dir() if k[:2] != "__"], "__name__" in dir())

def dir_inside(q, r=0):
    s = 1
    return dir()
print(dir_inside(0))

def arg_cell(n):
    def get():
        return n
    return locals()
print(list(arg_cell(5)))

class Body:
    a = 1
    b = a + 1
    seen = [k for k in locals() if k[:2] != "__"]
print(Body.seen)

top_value = 123
g = globals()
print(g is globals(), "top_value" in g, g["top_value"], g["__name__"], type(g).__name__)
g["injected"] = "via globals"
print(injected, locals() is globals(), vars() is globals())
def read_globals():
    return globals() is g, "read_globals" in globals()
print(read_globals())
print([k for k in dir() if k in ("top_value", "Pet", "g", "math")])
