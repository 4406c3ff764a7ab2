# len() of dicts through deletions, growth past the small size, popitem,
# compaction and clear (small dicts count live entries, big ones keep a count).

d = {}
for i in range(6):
    d[i] = i
del d[2]
del d[4]
print(len(d), list(d), bool(d))
for i in range(10, 20):
    d[i] = i
print(len(d), list(d)[:6])
for i in range(10, 18):
    del d[i]
print(len(d), list(d))
print(d.popitem(), d.popitem(), len(d), list(d))
while d:
    d.popitem()
print(len(d), d, bool(d))
d["a"] = 1
print(len(d), d)

big = {i: str(i) for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
print(len(big), list(big)[:5])
for i in range(100):
    big.pop(i, None) if i % 2 else None
print(len(big), list(big)[:5], list(big)[-3:])
big.clear()
print(len(big), big)
big.update({"x": 1, "y": 2})
print(len(big), big)

# setdefault / pop / copies keep counts.
e = dict.fromkeys("abcdefghij", 0)
e.pop("c")
f = e.copy()
f.setdefault("z", 9)
f.setdefault("a", 7)
print(len(e), len(f), list(f))
g = {k: v for k, v in f.items() if k != "a"}
print(len(g), g == f, len({**g, **f}))


class O:
    pass


o = O()
for n in "pqrstuvwxyz":
    setattr(o, n, n)
for n in "pqrst":
    delattr(o, n)
print(len(vars(o)), list(vars(o)))
o.p = 1
print(len(vars(o)), list(vars(o))[-2:], o.p, o.z)
