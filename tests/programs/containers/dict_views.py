# keys/values/items views, their set operations, | and |=.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it), len(k))
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted(it & {("a", 1), ("b", 9)}), sorted(it - {("a", 1)})[:2])
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}), k > {"a"})
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
e = {"c": 30, "e": 5}
print(d | e)
print(e | d)
d |= e
print(d)
d |= [("f", 6)]
print(d)
try:
    d | [("g", 7)]
except TypeError as e:
    print(type(e).__name__, e)
print(d.keys() == d.keys(), d.values() == d.values(), d.items() == d.items())
for key, val in d.items():
    print(key, val, end="; ")
print()
print(sum(d.values()), max(d, key=d.get), sorted(d, key=lambda x: -d[x])[:3])
print(dict(d.items()) == d, list(zip(d.keys(), d.values())) == list(d.items()))
m = d.keys().mapping
print(type(m).__name__, m["a"])
