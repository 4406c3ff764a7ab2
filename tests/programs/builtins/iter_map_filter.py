# map and filter: laziness, several iterables, None predicate, errors,
# and the iterator classes themselves.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(str, [1, 2])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(lambda *a: a, [1, 2], "abc")), list(map(len, [])))
print(list(map(int, "123")), tuple(map(float, ["1.5", "2"])), set(map(abs, [-1, 1, -2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 2, 0.0, 3])), list(filter(lambda c: c > "b", "abcd")), list(filter(None, ())))
log = []
def noisy(x):
    log[len(log):] = [x]
    return x * 10
m = map(noisy, [1, 2, 3])
print(log, type(m).__name__, type(m) is map, isinstance(m, map), iter(m) is m)
print(next(m), log, m.__next__(), list(m), log, list(m))
f = filter(lambda v: v > 1, iter([0, 1, 2, 3, 0, 4]))
print(type(f).__name__, isinstance(f, filter), next(f), next(f), list(f), next(f, "done"))
print(map, filter, enumerate, zip, reversed, map.__name__, type(map).__name__)
nested = map(lambda p: p[0] + p[1], zip(range(5), map(lambda x: x * x, range(5))))
print(list(nested), sum(map(len, ["ab", "cde", ""])), max(map(abs, [-7, 3])))
squares = {k: v for k, v in zip("abc", map(lambda n: n * n, range(1, 4)))}
print(squares, list(filter(None, map(lambda x: x % 3, range(7)))))
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(map(lambda a, b: a - b, Counter(5), Counter(3))), list(filter(lambda v: v != 2, Counter(4))))
def gen():
    yield 1
    yield 2
    raise ValueError("boom")
g = map(lambda x: x, gen())
print(next(g), next(g))
t(lambda: next(g))
t(lambda: map(len))
t(lambda: map())
t(lambda: map(len, 1))
t(lambda: map(len, [1], x=1))
t(lambda: list(map(len, [1])))
t(lambda: list(map(5, [1])))
t(lambda: filter(len))
t(lambda: filter(len, 1))
t(lambda: filter(len, [1], 3))
t(lambda: filter(len, [1], x=3))
t(lambda: list(filter(5, [1])))
t(lambda: list(filter(lambda a, b: a, [1])))
