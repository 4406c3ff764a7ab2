# sum(): int fast path, overflow to big ints, float compensated summation,
# mixed types, start values and error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sum([1, 2, 3]), sum(()), sum([], 7), sum(range(1, 101)), sum([True, True, False]))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([2**63 - 1, 1]), sum([10**30, -10**30, 5]))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([0.1] * 10, 0.5), sum([1e100, 1.0, -1e100]))
print(sum([1e16, 1.0, -1e16]), sum([0.1, 0.2, 0.3, 1e16, -1e16]), sum([1.5, 2, True]), sum([1, 2.5]))
print(sum([1e308, 1e308]), sum([1e308, 1e308, -1e308]), sum([float("inf"), 1.0]))
print(sum([float("inf"), float("-inf")]), sum([float("nan"), 1.0]), sum([-0.0, -0.0]))
print(sum([], -0.0), sum([0.0], -0.0), sum([-0.0], -0.0), sum([1.0, 2**100]), sum([2**100, 1.0]))
print(sum([1, 2], 0.5), sum([0.5, 1, 2**70]), sum([3, 1j]), sum([1.0, 1j, 2]), sum([1j, 2j], 1j))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([[1]], start=[0]))
print(sum(x * x for x in range(10)), sum(iter([4, 5])), sum({1: "a", 2: "b"}), sum({3, 4}))
big = [0.1 * i for i in range(1000)]
print(sum(big), sum(big[::-1]), sum([1 / 3] * 3), sum([1 / 3] * 300))
print(sum([1e-16] * 10, 1.0), sum([1.0] + [1e-16] * 10), sum([2.0**53, 1.0, 1.0]))
empty = []
r = sum([[x] for x in range(3)], empty)
print(r, empty, r is empty)

class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        return Money(self.v + other)
    def __radd__(self, other):
        return Money(other + self.v)
    def __repr__(self):
        return "Money(%r)" % (self.v,)

print(sum([Money(1), Money(2)]), sum([Money(1), 2, 3.5]), sum([1, 2, Money(3)]), sum([Money(5)], Money(1)))
t(lambda: sum(["a", "b"]))
t(lambda: sum(["a"], ""))
t(lambda: sum([b"a"], b""))
t(lambda: sum([bytearray(b"a")], bytearray()))
t(lambda: sum([1, "a"]))
t(lambda: sum([1.5, "a"]))
t(lambda: sum([[1], 2], []))
t(lambda: sum(5))
t(lambda: sum())
t(lambda: sum([1], 2, 3))
t(lambda: sum([1], 2, start=3))
t(lambda: sum([1], foo=2))
t(lambda: sum(iterable=[1]))
t(lambda: sum([1], start=None))
t(lambda: sum([None]))
