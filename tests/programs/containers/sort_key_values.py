# sort(key=...) moves the items as their keys move: stability, reverse,
# and the exact permutation left behind when a comparison raises midway
# (galloping merges of long runs included).

class K:
    """A key whose comparison raises after a given number of calls."""
    budget = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        K.budget -= 1
        if K.budget < 0:
            raise RuntimeError("comparison budget spent")
        return self.v < other.v


def data(n, mod, seed=12345):
    out = []
    for i in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        out.append(((seed >> 33) % mod, i))
    return out


for n, mod in [(10, 3), (200, 7), (700, 1000), (2000, 50)]:
    items = data(n, mod)
    for rev in (False, True):
        s = sorted(items, key=lambda p: p[0], reverse=rev)
        print(n, mod, rev, s == sorted(items, key=lambda p: p[0] * 1.0, reverse=rev),
              [p[1] for p in s[:8]], sum(i * p[1] for i, p in enumerate(s)) % 1000003)
    # Partly ordered input gallops.
    half = sorted(items[: n // 2]) + sorted(items[n // 2 :])
    s = sorted(half, key=lambda p: -p[0])
    print(sum(i * p[1] for i, p in enumerate(s)) % 1000003)
    for src, budget in [(half, 5), (half, n + n // 4), (half, n + n // 2),
                        (items, 4 * n), (items, 6 * n), (half, 6 * n)]:
        lst = list(src)
        K.budget = budget
        try:
            lst.sort(key=lambda p: K(p[0]))
            print("sorted", budget)
        except RuntimeError as e:
            print(e, budget)
        assert sorted(lst) == sorted(items)
        print(sum(i * p[1] for i, p in enumerate(lst)) % 1000003, [p[1] for p in lst[:6]])

# A key function that raises leaves the list as it was.
lst = list(range(10))
def bad(x):
    if x == 6:
        raise ValueError("bad key")
    return -x
try:
    lst.sort(key=bad)
except ValueError as e:
    print(e, lst)

# Mutating the list from a key function.
lst = list(range(5))
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print(e, lst)
