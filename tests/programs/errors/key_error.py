ages = {"ann": 31, "bob": 27}
print(ages["ann"], ages.get("cid"), ages.get("cid", 0))
for key in ("zed", 42, (1, 2), "", None):
    try:
        ages[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    ages.pop("nobody")
except KeyError as e:
    print("pop:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    set().remove(3)
except KeyError as e:
    print("set.remove:", e)
try:
    del ages["ghost"]
except KeyError as e:
    print("del:", e)
counts = {}
for w in "a b a c".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print("failing lookup with an int key")
counts[1]
