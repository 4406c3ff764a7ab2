# Dict lookups with str and int keys take a path that compares natively;
# keys of other types with an equal hash must still be compared properly.


class S(str):
    calls = 0

    def __eq__(self, other):
        S.calls += 1
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


d = {S("spam"): 1, "eggs": 2}
print(d["spam"], d.get("spam"), "spam" in d, S.calls > 0)
d["spam"] = 10
print(len(d), d["spam"], [type(k).__name__ for k in d])
print(d.setdefault("spam", 99), d.setdefault("ham", 3), d)


class Always:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq called with", other)
        return other == "x" or other == 5


a = Always(hash("x"))
b = Always(hash(5))
e = {a: "A", b: "B"}
print(e.get("x"), e.get(5), e.get("y"), e.get(6))
e["x"] = "new"
print(len(e), e[a])

# int / float / bool keys are the same key when equal.
f = {1: "one", 2.0: "two", True: "t"}
print(f, f[1.0], f[2], f.get(True), 1 in f, 2 in f, 3 in f)
f[2] = "deux"
print(f)
g = {True: "yes"}
g[1] = "un"
print(g, g.get(1), g.get(1.0), g.get(0))
big = 2**70
h = {big: "big", -1: "m1", -2: "m2"}
print(h[2**70], h[-1], h[-2], h.get(0))

# Replacing a value whose finalizer uses the same dict.
class Fin:
    def __del__(self):
        print("del sees", sorted(k for k in box))


box = {"k": Fin(), "j": 1}
box["k"] = 2
print(box)
box2 = {1: Fin()}
box = box2
box2[1] = 0
print(box2)

# Many keys (indexed table) with colliding-looking content.
t = {}
for i in range(200):
    t[f"w{i}"] = i
    t[i] = -i
print(sum(t[f"w{i}"] for i in range(200)), sum(t[i] for i in range(200)), len(t))
for i in range(0, 200, 3):
    del t[f"w{i}"]
print(len(t), t.get("w3"), t.get("w4"), t.get(3))

# dict.get / setdefault argument errors keep CPython's messages.
for call in (lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.get(k=1),
             lambda: {}.setdefault(), lambda: {}.setdefault(1, 2, 3), lambda: dict.get(1, 2),
             lambda: [].append(), lambda: [].append(1, 2), lambda: list.append((), 1),
             lambda: {}.get([])):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)


class D(dict):
    pass


dd = D(a=1)
print(dd.get("a"), dd.get("b", 0), dd.setdefault("c", 5), dd)


class L(list):
    pass


ll = L()
ll.append(3)
print(ll)
