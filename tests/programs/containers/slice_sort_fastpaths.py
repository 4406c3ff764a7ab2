# Edge cases for the list-slice, sort-key and str fast paths.

# Slice assignment from a temporary list, from itself, from a shared list.
perm = [3, 1, 4, 0, 2, 5, 7, 6]
k = perm[0]
while k:
    perm[: k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
a = list(range(6))
a[:] = a
print(a)
a[1:3] = a
print(a)
b = [10, 20]
a[0:2] = b
b.append(30)
print(a, b)
a[2:4] = [7, 8, 9]
print(a)
a[1:1] = [0]
print(a)
a[3:6] = []
print(a)
a[::-1] = list(range(len(a)))
print(a)
try:
    a[::2] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
except ValueError as e:
    print("ValueError:", e)
a[5:1] = ["x"]
print(a)
t = (1, 2, 3, 4, 5)
print(t[::-1], t[3::-1], t[-1:-4:-1], t[10::-1], t[:2:-1], t[::-2], t[1:100], t[-100:2])
l = list(range(10))
print(l[::-1], l[7::-1], l[-3::-3], l[5:2:-1], l[2:5:-1], l[::3], l[100::-1])
print(l[True:5], l[1:-1:2], l[-1:-100:-4])


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


print(l[Idx(2):Idx(8):Idx(3)], "abcdef"[Idx(-1)::Idx(-2)])
big = 10**30
print(l[-big:big], l[big:-big:-1], l[::big])
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)

# Sorting with tuple keys: ties, NaN, mixed types, reverse, stability.
nan = float("nan")
rows = [(2, "b", 1.5), (1, "a", nan), (2, "a", 0.5), (1, "a", 2.0), (2, "b", -0.0), (2, "b", 0.0)]
print(sorted(rows, key=lambda r: (r[0], r[1])))
print(sorted(rows, key=lambda r: (r[1], -r[0]), reverse=True))
print([r[2] for r in sorted(rows, key=lambda r: (r[2], r[0]))])
mixed = [(1, 2.5), (1, 2), (0, True), (1, 3), (0, False)]
print(sorted(mixed))
print(sorted([(1, "x", [3]), (1, "x", [2]), (0,)]))
print(sorted([("b",), ("a", 1), ("a",), ()], reverse=True))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"Rev({self.v})"


print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))

# One-character strings, concatenation, join, strip, split.
s = "héllo wörld ☃"
print([c for c in s], s[1], s[-1], s[::3], s[1:4], chr(233), chr(9731), chr(65))
print("a" + "", "" + "b", "" + "", "x" + "é", len("é" + "ab"), len("☃" * 3 + ""))
print(" ".join(["é", "b", "☃"]), len("—".join(["ab", "é"])), "".join(c for c in "xyz"))
print("  hé  ".strip(), len("  hé  ".strip()), "..a..".strip("."), "x".strip(), "".strip())
print("a b  c".split(), "é b".split(), "abc"[1], len("ab c d".split()[2]))
ab = "ab"
print(ab[0] is ab[0], chr(97) is ab[0])

# Case mapping and stripping of short and long, ASCII and non-ASCII text.
for w in ["Hello", "ÉCOLE", "x" * 30 + "Y", "The Quick Brown Fox Jumps Over", ""]:
    print(w.lower(), w.upper(), len(w.lower()))
for w in ["..é,;", ";:word.,", "....", "", "a.b", "éé", ".é.", "word" * 8 + ".,"]:
    print(repr(w.strip(".,;:")), repr(w.lstrip(".")), repr(w.rstrip(".,")), repr(w.strip("é.")))

# Powers of two (and others) beyond i64.
print(2**64, 2**63, 4**40, 8**30, 2**0, 2**1, 1024**7, 6**30, (2**70) ** 2, (-2) ** 65, 2 ** 64 % 7)
state = 2024
for _ in range(3):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
print(state, state >> 33)

# Ints as text; collecting dicts.
for i in [0, 7, -7, 10, -10, 123456789, -9223372036854775807 - 1, 9223372036854775807]:
    print(str(i), repr(i), f"{i}", f"{i!r}", f"{i:>5}", len(str(i)))
print(str(True), f"{False}", repr(-0))
d = {"b": 1, "a": 2, 3: "c"}
print(list(d), tuple(d), sorted(k for k in d if isinstance(k, str)), [*d])

# Homogeneous and mixed keys.
print(sorted([3, 1, 2]), sorted([3, 1.5, 2, True]), sorted([2**70, 5, -2**70, 0]))
print(sorted([2.5, float("nan"), 1.0, -0.0, 0.0, float("inf")]))
print(sorted(["b", "é", "a", "B", ""], reverse=True), sorted(["x"]), sorted([]))
print(sorted(range(10), key=lambda i: -i), sorted("hello", key=str.upper))
print(sorted([(1, "a"), (0, "b")], key=lambda t: t[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
