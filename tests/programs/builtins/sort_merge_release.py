# Sorting long lists (the merge paths of timsort) with and without keys,
# errors in the middle of a merge, and zip/enumerate result tuples kept
# by the loop body.
_state = 7


def randrange(n):
    global _state
    _state = (_state * 1103515245 + 12345) & 0x7FFFFFFF
    return (_state >> 8) % n


data = [randrange(1000) for _ in range(3000)]
words = [f"w{randrange(500):03d}" for _ in range(2000)]


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"


boxes = [Box(v) for v in data[:1500]]
s1 = sorted(data)
print(s1[:5], s1[-5:], len(s1))
s2 = sorted(words, reverse=True)
print(s2[:3], s2[-3:])
s3 = sorted(boxes, key=lambda b: b.v)
print(s3[:3], s3[-3:], all(s3[i].v <= s3[i + 1].v for i in range(len(s3) - 1)))
# Stability with keys.
pairs = [(v % 10, i) for i, v in enumerate(data)]
s4 = sorted(pairs, key=lambda p: p[0])
print(all(s4[i][1] < s4[i + 1][1] for i in range(len(s4) - 1) if s4[i][0] == s4[i + 1][0]))
# Partially ordered input (galloping).
part = sorted(data[:1500]) + sorted(data[1500:])
print(sorted(part) == s1)
print(sorted(list(reversed(s1))) == s1)


class Bad:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Bad.count += 1
        if Bad.count > 5000:
            raise ValueError("stop")
        return self.v < other.v


bad = [Bad(v) for v in data]
try:
    bad.sort()
except ValueError as e:
    print("ValueError:", e)
print(sorted(b.v for b in bad) == s1)

# Key function raising mid-way: the list is left unchanged.
keyed = list(data[:100])
stop_at = keyed[50]


def key(v):
    if v == stop_at:
        raise KeyError(v)
    return v


try:
    keyed.sort(key=key)
except KeyError:
    print("KeyError raised")
print(keyed == data[:100])

# Result tuples kept by the loop body are not reused.
kept = []
for t in zip(range(5), "abcde"):
    kept.append(t)
print(kept)
kept = []
for t in enumerate("xyz"):
    kept.append(t)
print(kept)
seen = []
for a, b in zip([Box(1), Box(2), Box(3)], [Box(4), Box(5), Box(6)]):
    seen.append((a.v, b.v))
print(seen)
print(list(zip(*[iter(range(9))] * 3)))
