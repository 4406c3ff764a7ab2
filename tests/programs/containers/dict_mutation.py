# Mutating dicts during iteration, KeyError messages, delete and re-insert order.
d = {"x": 1, "y": 2, "z": 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"x": 1, "y": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"x": 1, "y": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in list(d):
    if k == "x":
        del d[k]
print(d)
try:
    print(d["missing"])
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    del d["gone"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop("k")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1: 2}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
o = {"a": 1, "b": 2, "c": 3}
del o["a"]
o["a"] = 1
print(o, list(o))
o["b"] = 20
print(o)
o.pop("c")
o["c"] = 30
print(list(o.items()))
try:
    for v in o.values():
        o.pop("a")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for kv in o.items():
        o["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(o)
