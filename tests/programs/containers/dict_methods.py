# dict methods, |, |=, fromkeys, update forms and error messages.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"))
print(d, d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("p", 1), ["q", 2]], z=0)
d.update(k=5)
d.update(((i, i * i) for i in range(3)))
d.update(["ab", "cd"])
print(d)
class Mapping:
    def keys(self):
        return ["m1", "m2"]
    def __getitem__(self, k):
        return k + "!"
d.update(Mapping())
print(d["m1"], d["m2"], len(d))
e = d.copy()
e["new"] = 1
print(len(d), len(e), e is d, e == d)
e.clear()
print(e, bool(e))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), {}.fromkeys((1,), "v"))
class MyDict(dict):
    pass
md = MyDict.fromkeys([1, 2], "x")
print(type(md).__name__, md)
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 3}
print(x | y, y | x, x)
x |= y
print(x)
x |= [("d", 4)]
x |= {"e": 5}.items()
print(x)
print(list(x.__reversed__()), list(reversed(x)), list(reversed({})))
t(lambda: {"a": 1} | [("b", 2)])
t(lambda: {}.__or__(1))
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.get(k=1))
t(lambda: {}.pop())
t(lambda: {}.pop(1, 2, 3))
t(lambda: {}.pop("k"))
t(lambda: {}.popitem())
t(lambda: {}.popitem(1))
t(lambda: {}.setdefault())
t(lambda: {}.setdefault([], 1))
t(lambda: {}.keys(1))
t(lambda: {}.update(1, 2))
t(lambda: {}.update(1))
t(lambda: {}.update([1]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.update(["ab", "cde"]))
t(lambda: {}.update([[1]]))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys([1], 0, 1))
t(lambda: dict.fromkeys(5))
t(lambda: {}.clear(1))
t(lambda: {}.copy(1))
t(lambda: dict.get())
t(lambda: dict.get([], 1))
t(lambda: {1: 2}[3])
t(lambda: {}[[1]])
t(lambda: {(1, 2): 0}[(1, 2)])
# popitem is LIFO; deleting and re-inserting moves a key to the end
o = {"a": 1, "b": 2, "c": 3}
del o["a"]
o["a"] = 1
print(o, o.popitem(), o.popitem(), o)
# dict subclass with __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(c, c["zz"], "zz" in c, c.get("zz"), len(c))
class Default(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
dd = Default(a=1)
print(dd["x"], dd, dict.__getitem__(dd, "a"))
t(lambda: dict.__getitem__({}, "q"))
print(dict.__len__({1: 2}), dict.__contains__({1: 2}, 1), {1: 2}.__getitem__(1), MyDict(a=1) == {"a": 1})
