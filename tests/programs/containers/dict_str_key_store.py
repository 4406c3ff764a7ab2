# d[k] = v with str keys: replacing a value in place, adding keys, keys that
# only compare equal, the replaced value's finalizer, order kept.


class S(str):
    pass


class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


d = {"a": 1, "b": 2}
d["a"] = 10
d["c"] = 3
d["".join(["b"])] = 20
d[S("a")] = 100
print(d, list(d))

sub = {S("k"): 1}
sub["k"] = 2
print(sub, type(list(sub)[0]).__name__)

fin = {"x": D("first")}
fin["x"] = D("second")
print("replaced")
fin["x"] = 0
print("replaced again")

counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

big = {f"k{i}": i for i in range(40)}
for i in range(40):
    big[f"k{i}"] = -i
print(sum(big.values()), list(big)[:3])
