# min() and max(): positional vs iterable forms, key=, default=, ties,
# mixed numeric types, laziness and CPython's error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(max(3, 1, 2), min(3, 1, 2), max([4, 5]), min((9, 8)), max("hello"), min("b", "a", "c"))
print(max(1, 2.5, True), min(-1, -1.0), max(-0.0, 0.0), max(0.0, -0.0), max(2, 2.0), min(2.0, 2))
print(max(10**20, 3.5), min(10**20, -10**21), max([1.5, float("inf"), 3]), min(True, False))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2, 1], [1, 5], [1, 2]]), max("abc", "abd", "ab"))
print(max([1, 2, 3], key=lambda x: -x), min(["aaa", "b", "cc"], key=len), max(["aaa", "b", "cc"], key=len))
print(max(["b", "a2", "a1"], key=lambda s: s[0]), min(["b", "a2", "a1"], key=lambda s: s[0]))
print(max(["x", "yy", "zz"], key=len), min(["xx", "y", "z"], key=len), max([3, 1, 2], key=None))
print(max([], default="empty"), min([], default=None), max([7], default=0), max(iter([2, 9, 4])))
print(max((x * x for x in range(-5, 3))), min(range(5, 10**6)), max(range(10**5)))
print(max({"x": 3, "y": 1}), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(max([], key=len, default=3), min([[1, 2], [3]], key=len), max(1, 2, key=lambda v: v % 2))

calls = 0
def keyf(v):
    global calls
    calls += 1
    return -v
print(min([5, 3, 8, 1], key=keyf), calls)

class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __gt__(self, other):
        return self.n > other.n
    def __repr__(self):
        return "V(%d)" % self.n

print(max(V(1), V(3), V(2)), min([V(4), V(0), V(0)]), max([V(2), V(2)]).n)

class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "L%d" % self.n

print(max(OnlyLt(1), OnlyLt(5), OnlyLt(3)), min(OnlyLt(2), OnlyLt(0)))
t(lambda: max([]))
t(lambda: min(()))
t(lambda: max())
t(lambda: min())
t(lambda: min(5))
t(lambda: max(1, "a"))
t(lambda: min(["a", 1]))
t(lambda: max(1, 2, default=0))
t(lambda: min((), key=len))
t(lambda: max([1, 2], key=5))
t(lambda: max(iter([])))
t(lambda: max([], default=1, key=len))
t(lambda: max([1], foo=3))
t(lambda: min(1, 2, key=lambda x: "a" if x == 1 else 0))
t(lambda: max([object(), object()]))
