# Instance namespaces kept inline (no dict object) until something needs
# the dict itself: every way of reaching the dict must see a live view.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# __dict__ identity and liveness after attribute stores
p = P(1, 2)
d = p.__dict__
print(d, d is p.__dict__, d is vars(p))
p.z = 3
p.x = 10
print(d, p.__dict__)
d["w"] = 4
print(p.w, sorted(vars(p)))
del d["x"]
print(hasattr(p, "x"), d)

# vars() on a fresh instance, then attributes added afterwards
q = P(5, 6)
v = vars(q)
q.extra = "e"
print(v, v is q.__dict__)

# del obj.attr (inline namespace), then re-adding
r = P(1, 2)
del r.x
print(r.__dict__, hasattr(r, "x"))
r.x = 7
print(r.__dict__, r.x, r.y)
try:
    del r.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(r.gone)
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ replaced by assignment: the new dict is the namespace
s = P(1, 2)
nd = {"a": 1}
s.__dict__ = nd
print(s.__dict__ is nd, s.a, hasattr(s, "x"))
nd["b"] = 2
print(s.b)
s.c = 3
print(nd)
try:
    s.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

# same class, different attribute orders
class Q:
    pass


a = Q()
a.one = 1
a.two = 2
b = Q()
b.two = 2
b.one = 1
for o in (a, b, a, b):
    print(o.one, o.two, list(vars(o)))

# many attributes (past the shared layout limit)
m = Q()
for i in range(40):
    setattr(m, "attr%d" % i, i)
print(len(vars(m)), m.attr0, m.attr39, sum(getattr(m, "attr%d" % i) for i in range(40)))
m2 = Q()
for i in range(40):
    setattr(m2, "attr%d" % i, -i)
print(m2.attr35, list(vars(m2))[-1])

# non-str keys put in through the dict
k = Q()
k.x = 1
k.__dict__[5] = "five"
print(k.x, k.__dict__)


# __slots__ classes have no namespace
class S:
    __slots__ = ("a", "b")


s1 = S()
s1.a = 1
print(s1.a, hasattr(s1, "__dict__"))
try:
    s1.c = 3
except AttributeError as e:
    print("AttributeError:", e)


class SD(S):
    pass


sd = SD()
sd.a = 1
sd.z = 26
print(sd.a, sd.z, sd.__dict__)


# subclasses of builtins
class MyList(list):
    pass


ml = MyList([1, 2])
ml.tag = "t"
print(ml, ml.tag, ml.__dict__)


class MyInt(int):
    pass


mi = MyInt(5)
mi.unit = "kg"
print(mi + 1, mi.unit, vars(mi))


# exceptions with attributes
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyErr("bad", 42)
except MyErr as e:
    e.more = "m"
    print(e, e.code, e.more, e.__dict__, e.args)

ke = KeyError("k")
ke.note = 1
print(ke.__dict__, ke.note)

# copy-like patterns through the dict
src = P(1, 2)
src.z = 3
dst = P.__new__(P)
dst.__dict__.update(src.__dict__)
print(dst.x, dst.y, dst.z, vars(dst))
dst2 = Q()
dst2.__dict__.update({"p": 1, "q": 2})
dst2.r = 3
print(vars(dst2), dst2.p)

# attribute stores after the dict was materialised keep the same dict
t = P(1, 2)
td = t.__dict__
for i in range(5):
    t.x = i
    setattr(t, "k%d" % i, i)
print(td is t.__dict__, td)

# dir() sees inline attributes
u = P(1, 2)
print([n for n in dir(u) if not n.startswith("_")])
print(repr(getattr(u, "x")), u.__dict__.get("y"))

# class attributes shadowed by instance attributes
class C:
    x = "class"


c = C()
print(c.x)
c.x = "inst"
print(c.x, C.x)
del c.x
print(c.x)
