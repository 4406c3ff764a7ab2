# More namespace edge cases: __class__ assignment, __getattr__/__setattr__
# overrides, __dict__ cleared or replaced with non-str keys, __slots__ with
# __dict__, data descriptors against the namespace, many attributes.
class A:
    def __init__(self):
        self.x = 1
        self.y = [1, 2]
class B(A):
    pass
a = A()
a.__class__ = B
print(type(a).__name__, a.x, vars(a))
name = "".join(["dyn", "amic"])
setattr(a, name, 5)
print(a.dynamic, getattr(a, "dyn" + "amic"), getattr(a, "nope", "dflt"))
class G:
    def __getattr__(self, n):
        return "ga:" + n
g = G(); g.real = 1
print(g.real, g.fake)
class S:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)
s = S(); s.v = 3
print(s.v, s.__dict__)
class SS:
    def __init__(self):
        super().__setattr__("q", 9)
print(SS().q)
o = A()
o.__dict__.clear()
print(hasattr(o, "x"), vars(o))
o.z = 3
print(vars(o))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("v")
except ValueError as e:
    e.extra = 1
    print(e.__dict__, e.extra)
class M:
    pass
ms = [M() for _ in range(3)]
for i, m in enumerate(ms):
    for j in range(20 + i * 10):
        setattr(m, f"a{j}", j)
print([len(vars(m)) for m in ms], ms[2].a39)
m = M()
m.a = 1
print(m.__dict__ == {"a": 1}, list(m.__dict__.items()))
del m.a
m.a = 2
m.b = 3
print(m.__dict__)
class W:
    __slots__ = ("x", "__dict__")
w = W(); w.x = 1; w.y = 2
print(w.x, w.y, w.__dict__)
class P:
    @property
    def v(self): return "prop"
p = P()
try:
    p.v = 1
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["v"] = "inst"
print(p.v)

class R: pass
r = R(); r.k = 1
wr = lambda: r
print(wr().k)
print(sorted(k for k in dir(r) if not k.startswith("__")))
class N:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __hash__(self):
        return hash(self.n)
print(len({N(1), N(1), N(2)}))
x = N(1)
x.__dict__ = {"n": 5, 7: "seven"}
print(x.n, x.__dict__)
