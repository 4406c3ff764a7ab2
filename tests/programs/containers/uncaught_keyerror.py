# Looks up several keys, then dies with an uncaught KeyError.
ages = {"ann": 31, "bob": 27}
for name in ["ann", "bob"]:
    print(name, ages[name])
print(sorted(ages.items()))
print(ages.get("carl"), ages.get("carl", 0))
try:
    ages["dora"]
except KeyError as e:
    print("caught:", repr(e))
ages["carl"] = 40
del ages["carl"]
print(ages)
def lookup(d, keys):
    return [d[k] for k in keys]
print(lookup(ages, ["bob", "ann"]))
print(lookup(ages, ["ann", "carl"]))
print("not reached")
