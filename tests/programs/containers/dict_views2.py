# Dict views: live views, set operations, comparisons, mapping, reversal.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

d = {1: "one", 2: "two", 3: "three"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d[4] = "four"
del d[1]
print(list(k), list(v), list(i), 4 in k, "two" in v, (2, "two") in i, (2, "x") in i, [2, "two"] in i)
print(k & {2, 3, 99}, k | {0}, k - {2}, k ^ {3, 5}, {2, 7} & k, {2, 7} | k, {2, 7} - k, {2, 7} ^ k)
print(k & [3, 4, 4], [4, 9] | k, (2,) - k, sorted(i & {(2, "two"), (9, "x")}), sorted(i - {(3, "three")}), sorted(i | {(0, "z")}))
print(k == {2, 3, 4}, k == {2, 3}, k != {1}, k <= {2, 3, 4, 5}, k < {2, 3, 4}, k > {2}, k >= k, {2, 3, 4} == k)
print(i == {(2, "two"), (3, "three"), (4, "four")}, i <= i, k == [2, 3, 4], v == v, v == d.values())
print(k.isdisjoint({1, 9}), k.isdisjoint([2]), i.isdisjoint({(2, "two")}), k.isdisjoint(k))
print(list(k.__reversed__()), list(v.__reversed__()), list(i.__reversed__()))
m = k.mapping
print(type(m).__name__, m, m[2], len(m), 3 in m, m.get(9, "-"), list(m), m.keys(), m == d)
def setm():
    m[5] = 5
t(setm)
print(repr(m))
t(lambda: v | {1})
t(lambda: v & v)
t(lambda: k[0])
t(lambda: hash(k) == hash(k))
t(lambda: d.keys().isdisjoint(5))
t(lambda: {1: 2}.keys() < 5)
e = {}
ek = e.keys()
print(ek, e.values(), e.items(), list(ek), bool(ek), ek == set(), ek == {}.keys())
e["x"] = 1
print(ek, bool(ek))
# iterating a view while the dict changes size
try:
    for key in d.keys():
        d[key * 10] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
for key, val in d.items():
    print(key, val, end=" | ")
print()
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], list(nested.items()), {**nested, "z": 0})
