# __getattr__/__getattribute__/__setattr__/__delattr__, descriptors, data vs
# non-data precedence, bound methods.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattr__(self, name):
        return f"<missing {name}>"


o = Logged()
o.a = 1
del o.a
print(o.log, o.a, o.zzz)


class Upper:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return name.upper()
        return object.__getattribute__(self, name)


u = Upper()
u.y = 3
print(u.xyz, u.y)


class NonData:
    def __get__(self, obj, owner):
        return "non-data"


class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        obj.__dict__["stored"] = value


class Holder:
    nd = NonData()
    d = Data()


h = Holder()
h.__dict__["nd"] = "instance wins"
h.__dict__["d"] = "instance loses"
print(h.nd, h.d, Holder.nd)
h.d = 5
print(h.__dict__["stored"])


class Meth:
    def m(self):
        return self
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "static"


mm = Meth()
bound = mm.m
print(bound.__self__ is mm, bound.__func__ is Meth.m, bound() is mm, Meth.c(), mm.c(), Meth.s(), mm.s())
print(getattr(mm, "nope", "default"), hasattr(mm, "m"), callable(bound))
try:
    getattr(mm, "nope")
except AttributeError as e:
    print(e)
try:
    del mm.nope
except AttributeError as e:
    print(e)


class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        self._v = value
    @v.deleter
    def v(self):
        self._v = None


p = P()
p.v = 4
print(p.v, P.v.__doc__)
try:
    p.v = -1
except ValueError as e:
    print(e)
del p.v
print(p.v)
try:
    P.v.fset(p, -2)
except ValueError as e:
    print("via fset:", e)
