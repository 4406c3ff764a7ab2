# list.sort / sorted: CPython's timsort, keys, reverse, errors, mutation.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed

data = [rnd() % 100 for i in range(300)]
s = sorted(data)
print(s[:15], s[-5:], s == sorted(s), len(s))
pairs = [(rnd() % 5, i) for i in range(40)]
pairs.sort(key=lambda p: p[0])
print(pairs[:12])
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs[:12])
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted("hello world"), sorted((3, 1, 2), reverse=1))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()), sorted(range(5), key=lambda v: -v))
print(sorted([1.5, -2, 0, 10 ** 20, -0.5, True]), sorted([[3, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 5.0, 1.0, nan, 3.0, 0.5]))
mixed = [rnd() % 20 * 1.0 if rnd() % 7 else nan for i in range(100)]
out = sorted(mixed)
print(out[:10], out[-10:])
# descending runs and galloping
runs = list(range(200, 100, -1)) + list(range(50)) + list(range(40, 90))
runs.sort()
print(runs[:5], runs[95:105], runs[-5:], len(runs))
print(sorted([], reverse=True), sorted([1]), sorted("a"), sorted(x for x in [2, 1]))
# errors
t(lambda: sorted())
t(lambda: sorted(1))
t(lambda: sorted([1], 2))
t(lambda: sorted(iterable=[2, 1]))
t(lambda: sorted([2, 1], cmp=None))
t(lambda: sorted([1, "a", 2]))
t(lambda: sorted([3, None]))
t(lambda: [].sort(1))
t(lambda: [].sort(key=None, reverse=False, foo=3))
t(lambda: [2, 1].sort(foo=3))
t(lambda: [3, 1].sort(key=1))
t(lambda: sorted([2, 1], key=None, reverse=None))
t(lambda: sorted([1, 2], key=lambda v: v, reverse="yes"))
t(lambda: sorted([[1], ["a"]]))
# a failing comparison leaves a permutation of the input
class Bad:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Bad.calls += 1
        if Bad.calls > 200:
            raise ValueError("boom")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
items = [Bad(rnd() % 50) for i in range(80)]
t(lambda: items.sort())
print(items[:10], len(items))
# a failing key function leaves the list as it was
keys = [3, 1, 2, "x", 0]
t(lambda: keys.sort(key=lambda v: 10 // v))
print(keys)
# mutation during the sort
m = [3, 1, 2]
def grow(v):
    m.append(v)
    return v
t(lambda: m.sort(key=grow))
print(m)
m2 = [5, 4, 3]
def peek(v):
    print("len during sort", len(m2), m2)
    return v
m2.sort(key=peek)
print(m2)
# stability with equal keys and reverse
st = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(st, key=lambda p: p[0]), sorted(st, key=lambda p: p[0], reverse=True))
r = [1, 2, 3]
print(r.sort(), r, sorted(r, key=lambda v: -v), r)
