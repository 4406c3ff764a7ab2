# __getattribute__, __getattr__ fallback, __setattr__, __delattr__.
class Tracing:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return super().__getattribute__(name)

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        if name == "frozen":
            raise AttributeError("frozen is read-only")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


t = Tracing()
print(t.a)
print(t.dyn_hello)
t.b = 2
print(t.b)
del t.b
try:
    t.b
except AttributeError as e:
    print("AttributeError", e)
try:
    t.frozen = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.missing
except AttributeError as e:
    print("AttributeError", e)
print(t.log)
print(getattr(t, "dyn_x"), getattr(t, "nope", "default"))
print(hasattr(t, "dyn_q"), hasattr(t, "zzz"))


# __getattr__ is only consulted on AttributeError
class Picky:
    def __getattribute__(self, name):
        if name == "bad":
            raise KeyError("not an attribute error")
        if name == "missing":
            raise AttributeError("really missing")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name


p = Picky()
print(p.missing)
print(p.other)
try:
    p.bad
except KeyError as e:
    print("KeyError", e)
print(hasattr(p, "missing"))
try:
    hasattr(p, "bad")
except KeyError as e:
    print("KeyError from hasattr", e)


# __getattr__ raising something other than AttributeError
class Loud:
    def __getattr__(self, name):
        raise LookupError(name)


try:
    getattr(Loud(), "x", None)
except LookupError as e:
    print("LookupError", e)

# __getattr__ on a property that raises AttributeError
class Prop:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return "rescued " + name


print(Prop().broken)
