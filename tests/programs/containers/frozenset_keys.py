# frozenset hashing and use as dict keys / set members.
f1 = frozenset([1, 2, 3])
f2 = frozenset({3, 2, 1})
print(f1 == f2, hash(f1) == hash(f2), f1 is not f2, type(f1).__name__)
d = {f1: "first"}
d[f2] = "second"
d[frozenset()] = "empty"
print(len(d), d[frozenset([2, 1, 3])], d[frozenset()])
nested = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(nested), sorted([sorted(x) for x in nested]))
print(sorted(f1 | {9}), type(f1 | {9}).__name__, type({9} | f1).__name__, sorted(f1 & {1, 5}))
print(sorted(f1 - {1}), sorted(f1 ^ frozenset([3, 4])), f1 <= {1, 2, 3, 4}, f1.isdisjoint([7]))
print(frozenset() == set(), hash(frozenset()) == hash(frozenset([])), frozenset("aab") == frozenset("ab"))
try:
    f1.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset([1, 2]) in {frozenset([2, 1]): 0}, {1, 2} == frozenset([1, 2]))
try:
    {{1, 2}: 0}
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset(range(5))
print(sorted(fs.union([10])), sorted(fs.intersection(range(3, 9))), fs.copy() == fs, len(fs))
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    groups.setdefault(frozenset(word), []).append(word)
for key in sorted(groups, key=lambda k: sorted(k)):
    print(sorted(key), groups[key])
