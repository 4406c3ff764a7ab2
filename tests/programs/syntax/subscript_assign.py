lst = [0, 1, 2, 3, 4]
lst[0] = "a"
lst[-1] = "e"
print(lst)
d = {}
d["x"] = 1
d[(1, 2)] = "tuple key"
d[3] = [1]
d[3].append(2)
print(d)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
try:
    lst[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abc")
ba[0] = 65
print(ba)
try:
    ba[1] = 300
except ValueError as e:
    print(type(e).__name__, e)
d2 = {}
d2[1, 2] = "tuple key without parens"
d2[(3,)] = "one-tuple"
d2[None] = "none key"
d2[1.5] = "float key"
print(d2, d2[1, 2])
d2[1, 2] += "!"
print(d2[(1, 2)])
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
idx = [0, 1, 2]
vals = ["a", "b", "c"]
vals[idx[-1]] = vals[idx[0]]
print(vals)
