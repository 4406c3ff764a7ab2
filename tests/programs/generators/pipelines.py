# Generator pipelines, infinite generators sliced by hand, tree walks with yield from.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def gen_filter(pred, it):
    for x in it:
        if pred(x):
            yield x


def gen_map(f, it):
    for x in it:
        yield f(x)


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(take(10, primes())))
squares_of_odds = gen_map(lambda x: x * x, gen_filter(lambda x: x % 2, naturals()))
print(list(take(6, squares_of_odds)))
print(list(take(5, [1, 2])))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


print(list(take(5, window(fib(), 3))))
print(list(take(3, gen_map(sum, window(naturals(1), 4)))))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

    def leaves(self):
        if not self.children:
            return (yield self.value) or 1
        count = 0
        for c in self.children:
            count += yield from c.leaves()
        return count


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b"), Node("c", [Node("c1")])])
print(list(tree))
for depth, v in tree.depth_first():
    print("  " * depth + v)
lv = tree.leaves()
print(list(lv))


def counted(it):
    n = yield from it
    return n


g = counted(tree.leaves())
try:
    while True:
        next(g)
except StopIteration as e:
    print("leaf count:", e.value)


def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunked(range(7), 3)), list(chunked([], 2)))


def nested_yield_from(depth):
    if depth == 0:
        yield "bottom"
        return 0
    got = yield from nested_yield_from(depth - 1)
    yield f"level {depth}"
    return got + 1


g = nested_yield_from(200)
print(sum(1 for _ in g))
