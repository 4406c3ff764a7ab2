# reversed() over dict views (needs dict.keys/values/items).
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
for v in [{}.keys(), {}.values(), {}.items()]:
    print(type(reversed(v)).__name__)
r = reversed(d.items())
print(next(r))
del d["a"]
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed({}.keys())), list(reversed({1: 2}.values())))
