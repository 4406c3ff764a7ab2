# Function attributes: names, defaults, docs, dict.
def plain(a, b=1, *, c=2, d):
    """Plain function."""
    return (a, b, c, d)

print(plain.__name__, plain.__qualname__, plain.__module__, plain.__doc__)
print(plain.__defaults__, plain.__kwdefaults__)
print(type(plain).__name__, callable(plain))

def outer():
    def inner():
        pass
    class Local:
        def meth(self):
            pass
    return inner, Local.meth
inner, meth = outer()
print(inner.__qualname__, meth.__qualname__, meth.__name__)

class Cls:
    def m(self):
        "method doc"
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(Cls.m.__qualname__, Cls.s.__qualname__, Cls.c.__qualname__, Cls().m.__qualname__)
print(Cls.m.__doc__, Cls().m.__doc__, Cls().m.__name__, Cls.c.__func__.__name__)

# changing defaults changes calls
plain.__defaults__ = (100,)
plain.__kwdefaults__ = {"c": "C", "d": "D"}
print(plain(0))
plain.__defaults__ = None
try:
    plain(0)
except TypeError as e:
    print(type(e).__name__, e)
plain.__kwdefaults__ = None
try:
    plain(0, 1)
except TypeError as e:
    print(type(e).__name__, e)

# renaming
plain.__name__ = "renamed"
plain.__qualname__ = "Some.renamed"
print(plain.__name__, plain.__qualname__)
for attr, val in [("__name__", 5), ("__qualname__", None)]:
    try:
        setattr(plain, attr, val)
    except TypeError as e:
        print(type(e).__name__, e)
plain.__doc__ = "new doc"
plain.__module__ = "elsewhere"
print(plain.__doc__, plain.__module__)

# arbitrary attributes live in __dict__
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls, counter.__dict__)
counter.__dict__["tag"] = "x"
print(counter.tag, sorted(vars(counter)))
del counter.tag
print(hasattr(counter, "tag"), getattr(counter, "tag", "gone"))
try:
    counter.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del counter.nothing
except AttributeError as e:
    print(type(e).__name__, e)

lam = lambda: None
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
def gen():
    "generator doc"
    yield 1
print(gen.__doc__, gen.__name__, gen().__name__, gen().__qualname__)
print(len.__name__, len.__qualname__, len.__module__, callable(len), callable(5))
print(Cls.__module__, Cls.__name__, Cls.__qualname__, Cls.__doc__)
