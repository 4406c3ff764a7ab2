# dict basics: insertion order, update, setdefault, get, pop, popitem, fromkeys.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
d.update({"d": 4, "a": 20})
d.update([("e", 5)], f=6)
d.update(g=7)
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", "default"), d["c"])
print(d.setdefault("a", 999), d.setdefault("h", []), d)
d["h"].append(1)
print(d["h"])
print(d.pop("a"), d.pop("nope", "dflt"), d.pop("nope", None), d)
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", [1, 2])))
print({i: i * i for i in range(5)}, {k: v for k, v in [("p", 1), ("q", 2)] if v > 1})
print("a" in d, "b" in d, 10 in d, len({}), bool({}), bool({0: 0}))
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2)
d3 = {}
d3[(1, 2)] = "tuple"
d3[None] = "none"
d3[frozenset([1])] = "fs"
d3[2.5] = "float"
print(d3[(1, 2)], d3[None], d3[frozenset({1})], d3[2.5], len(d3))
c = d.copy()
c["new"] = 1
print(len(d), len(c), d == c, {"a": 1, "b": 2} == {"b": 2, "a": 1})
d.clear()
print(d)
