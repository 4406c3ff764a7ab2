# dict subclasses: __missing__, overridden __getitem__ vs dict.get, __setitem__.
class Defaulting(dict):
    def __missing__(self, key):
        print("  missing", key)
        return f"<{key}>"

d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d), d)
print(isinstance(d, dict), type(d).__name__, type(d) is dict, dict(d), type(d.copy()).__name__)

class Counter(dict):
    def __missing__(self, key):
        return 0
words = "the cat and the hat and the bat".split()
c = Counter()
for w in words:
    c[w] += 1
print(sorted(c.items()), c["dog"], "dog" in c)

class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["x"] = 1
u["Y"] = 2
print(u, u["x"], u["X"], u.get("x"), u.get("X"), list(u), u.setdefault("z", 3), u)
u.update(k=5)
print(u, Upper(a=1))
try:
    u["missing"]
except KeyError as e:
    print("KeyError", e)

class Logged(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.reads = 0
    def __getitem__(self, k):
        self.reads += 1
        return dict.__getitem__(self, k)
lg = Logged({"a": 1}, b=2)
print(lg["a"], lg["b"], lg.reads, lg.__dict__, lg)
lg.extra = "attr"
print(lg.extra, vars(lg), sorted(lg.keys()))
print("{a}-{b}".format_map(lg), lg.reads)

class NoMissing(dict):
    pass
nm = NoMissing(k=1)
try:
    nm["q"]
except KeyError as e:
    print("KeyError", e)
class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    MissingRaises()["k"]
except LookupError as e:
    print(type(e).__name__, e)

class Ordered(dict):
    def __repr__(self):
        return "Ordered(" + super().__repr__() + ")"
o = Ordered([(2, "b"), (1, "a")])
print(o, str(o), o == {1: "a", 2: "b"}, o | {3: "c"}, type(o | {3: "c"}).__name__)
o |= {0: "z"}
print(o, type(o).__name__)
print(Ordered.fromkeys("ab", 0), type(Ordered.fromkeys("ab")).__name__)
print(Defaulting.__mro__)
e = Defaulting()
print(e.pop("a", "dflt"), bool(e), e == {}, hash(frozenset(Defaulting(q=1))) == hash(frozenset({"q"})))
