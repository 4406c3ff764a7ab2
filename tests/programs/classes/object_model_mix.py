class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class D(B, C):
    def f(self): return "D" + super().f()
print(D().f(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class X(A, D): pass
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw.get("flag", 0)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__)
        return super().__call__(*a, **k)
class M(metaclass=Meta, flag=7):
    def __init__(self, v): self.v = v
m = M(3)
print(m.v, M.added, type(M).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class S1(Base, tag="one"): pass
class S2(Base): pass
print(Base.subs)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class H:
    x = Desc()
h = H(); h.x = 4
print(h.x, H.x.name)
class Sl:
    __slots__ = ("a", "b")
s = Sl(); s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print(e)
print(hasattr(s, "__dict__"))
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try:
    Ab()
except TypeError as e:
    print(e)
T = type("T", (A,), {"y": 5})
print(T().f(), T.y, T.__name__)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
print(Eq.__hash__ is None)
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
    def __index__(self): return self.v
    def __bool__(self): return self.v != 0
n = Num(2); n += 3
print(n, 1 + Num(1), Num(1) + Num(2), sorted([Num(3), Num(1)]), [10,20,30][Num(1)], bool(Num(0)))
class Ga:
    def __getattr__(self, name): return name.upper()
print(Ga().hello)
class MyList(list):
    def append(self, x): super().append(x * 2)
ml = MyList([1]); ml.append(5); print(ml, len(ml), isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, k): return k * 2
print(MyDict(a=1)["zz"])
class MyInt(int):
    def __str__(self): return "MyInt!"
print(MyInt(5) + 1, str(MyInt(5)), repr(MyInt(5)))
print(A.__qualname__, A.__module__, A().__class__.__name__)
class Cm:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Cm():
    raise ValueError("x")
print("after")
