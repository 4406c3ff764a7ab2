# The builtins aiter() and anext(), with and without a default.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield "pause"


async def agen():
    yield "a"
    await Pause()
    yield "b"


async def main():
    g = agen()
    it = aiter(g)
    print("aiter is same:", it is g)
    print(await anext(it))
    print(await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print("default:", await anext(it, "dflt"))
    print("default None:", await anext(agen(), None))
    return "main done"


print(run(main()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def custom():
    c = aiter(Countdown(2))
    out = [await anext(c), await anext(c), await anext(c, "end"), await anext(c, "end")]
    return out


print(run(custom()))

# The awaitables returned.
g = agen()
a = anext(g)
print(type(a).__name__)
a.close()
d = anext(g, 0)
print(type(d).__name__)
print(d.__await__() is d, iter(d) is d)
try:
    d.send(None)
except StopIteration as e:
    print("send ->", e.value)
d2 = anext(Countdown(0), "x")
print(type(d2).__name__)
try:
    while True:
        d2.send(None)
except StopIteration as e:
    print("stop value:", e.value)

# Driving anext_awaitable with next().
g = agen()
d3 = anext(g, "unused")
try:
    next(d3)
except StopIteration as e:
    print("next ->", e.value)

# throw() into an anext awaitable reaches the generator.


async def catching():
    try:
        yield 1
    except KeyError:
        yield "caught"


g = catching()
run_first = anext(g, None)
try:
    run_first.send(None)
except StopIteration as e:
    print("first:", e.value)
t = anext(g, None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print("after throw:", e.value)

# Errors.


class NotIter:
    pass


class BadAiter:
    def __aiter__(self):
        return 5


for args in [(1,), (NotIter(),), (BadAiter(),), ()]:
    try:
        aiter(*args)
    except TypeError as e:
        print("aiter TypeError:", e)
for args in [(1,), ([],), (NotIter(), 1), (), (agen(), 1, 2)]:
    try:
        anext(*args)
    except TypeError as e:
        print("anext TypeError:", e)
print(aiter(Countdown(1)).n)
