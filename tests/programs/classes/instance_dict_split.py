# Instance namespaces: order, deletion and re-adding, views, vars(),
# copies, non-str keys, many attributes, and popitem/clear.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p = P(1, 2)
q = P(3, 4)
print(vars(p), q.__dict__)
d = p.__dict__
p.c = 5
print(d, list(d), list(d.values()), list(d.items()))
del p.a
print(vars(p), hasattr(p, "a"))
p.a = 10
print(vars(p), p.a, p.b, p.c)
print(vars(q))

# views see later changes
r = P(1, 2)
keys = r.__dict__.keys()
vals = r.__dict__.values()
items = r.__dict__.items()
r.z = 9
print(list(keys), list(vals), list(items), len(keys))
print(list(reversed(r.__dict__)), list(reversed(items)))

# a copy is independent
s = P("x", "y")
c = s.__dict__.copy()
s.extra = 1
c["other"] = 2
print(s.__dict__, c, dict(s.__dict__) == {"a": "x", "b": "y", "extra": 1})

# non-str keys in an instance dict
t = P(1, 2)
t.__dict__[5] = "five"
t.__dict__[(1, 2)] = "pair"
print(t.__dict__, t.a)
t.q = 3
print(sorted(map(str, t.__dict__)), t.q)

# popitem / pop / clear / update / setdefault
u = P(1, 2)
u.c = 3
print(u.__dict__.popitem(), vars(u))
print(u.__dict__.pop("a"), vars(u))
u.__dict__.update(x=1, y=2)
print(vars(u), u.x)
u.__dict__.setdefault("b", 100)
u.__dict__.setdefault("w", 7)
print(vars(u))
u.__dict__.clear()
print(vars(u), hasattr(u, "b"))
u.b = 1
u.a = 2
print(vars(u))

# many attributes (past the shared-layout limit)
v = P(0, 0)
for i in range(40):
    setattr(v, f"attr{i}", i)
print(len(vars(v)), v.attr0, v.attr39, list(vars(v))[:4], list(vars(v))[-2:])
delattr(v, "attr20")
print(len(vars(v)), getattr(v, "attr21"), hasattr(v, "attr20"))

# different attribute orders in one class
class O:
    def __init__(self, flip):
        if flip:
            self.y = 1
            self.x = 2
        else:
            self.x = 3
            self.y = 4


objs = [O(i % 2) for i in range(6)]
print([list(vars(o).items()) for o in objs])
print([o.x + o.y for o in objs])

# equality and membership
print(vars(P(1, 2)) == vars(P(1, 2)), vars(P(1, 2)) == {"b": 2, "a": 1}, "a" in vars(p), 1 in vars(t))

# changing size during iteration
w = P(1, 2)
try:
    for k in w.__dict__:
        w.n = 1
except RuntimeError as e:
    print("RuntimeError:", e)

# replacing a value keeps order
w.a = "new"
print(vars(w))
w.__dict__["b"] = "newer"
print(vars(w), w.b)
# __dict__ assignment
w.__dict__ = {"k": 1}
print(vars(w), w.k)
