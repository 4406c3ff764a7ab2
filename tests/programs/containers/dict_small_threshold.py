# Dicts around the size where the index table appears (small dicts are
# searched linearly): growth, deletion, popitem, compaction, colliding keys.


class K:
    """Keys with a chosen hash; equality by value."""

    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return f"K({self.v})"


d = {}
for i in range(20):
    d[f"k{i}"] = i
    assert all(d[f"k{j}"] == j for j in range(i + 1)), i
    assert f"k{i + 1}" not in d
print(len(d), list(d)[:3], list(d)[-3:])

for i in range(0, 20, 2):
    del d[f"k{i}"]
print(len(d), list(d))
for i in range(0, 20, 2):
    d[f"k{i}"] = -i
print([d[f"k{i}"] for i in range(20)])

e = {i: i * i for i in range(12)}
while e:
    k, v = e.popitem()
    assert all(e[j] == j * j for j in e), k
    assert k not in e
print("popitem ok", e)
for i in range(10):
    e[i] = i
    e[-i - 100] = i
print(len(e), e.get(5), e.get(-105), e.get(50))

# -1 and -2 hash alike; True/1/1.0 are one key.
f = {-1: "a", -2: "b", True: "t", 1.0: "f"}
print(f, f[-1], f[-2], f[1])

c = {}
for i in range(12):
    c[K(i, 7)] = i
print([c[K(i, 7)] for i in range(12)], K(99, 7) in c)
del c[K(3, 7)]
print(K(3, 7) in c, len(c), c.get(K(11, 7)))

g = {k: k for k in "abcdefghij"}
for k in "abcdefgh":
    del g[k]
g["z"] = 1
print(g, "i" in g, "a" in g)


class Obj:
    pass


o = Obj()
for i in range(12):
    setattr(o, f"a{i}", i)
for i in range(0, 12, 3):
    delattr(o, f"a{i}")
print(sorted(vars(o).items()), getattr(o, "a4"), hasattr(o, "a3"))
o.a3 = "back"
print(list(vars(o))[-1], o.a3)
