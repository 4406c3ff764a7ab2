# d[k] with str keys: exact keys, equal keys built at run time, str
# subclasses on either side, hash collisions with other types, misses.


class S(str):
    pass


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


d = {"alpha": 1, "beta": 2, S("gamma"): 3, 7: "seven"}
print(d["alpha"], d["beta"], d["gamma"], d[S("alpha")], d[7])
built = "".join(["al", "pha"])
print(d[built])
for k in ["alpha", "gamma", built, "delta"]:
    try:
        print(k, d[k])
    except KeyError as e:
        print("KeyError", e)

loud = {Loud("x"): "lx"}
print(loud["x"])
loud2 = {"y": "plain"}
print(loud2[Loud("y")])

big = {f"k{i}": i for i in range(50)}
print(sum(big[f"k{i}"] for i in range(50)), big["k49"])
try:
    big["k50"]
except KeyError as e:
    print("KeyError", e)


class Missing(dict):
    def __missing__(self, key):
        return f"missing {key}"


m = Missing(a=1)
print(m["a"], m["b"])
