# Asynchronous comprehensions: async for and await inside list, set and dict
# comprehensions, async generator expressions, nesting.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield "pause"


async def agen(n):
    for i in range(n):
        await Pause()
        yield i


async def double(x):
    await Pause()
    return x * 2


async def main():
    print("list", [x async for x in agen(4)])
    print("list if", [x async for x in agen(6) if x % 2])
    print("set", sorted({x % 3 async for x in agen(7)}))
    print("dict", {x: x * x async for x in agen(3)})
    print("await in elt", [await double(x) for x in range(3)])
    print("await in cond", [x for x in range(5) if await double(x) > 4])
    print("await in both", [await double(x) async for x in agen(3)])
    print("nested", [(a, b) async for a in agen(2) for b in range(2)])
    print("nested async", [(a, b) for a in range(2) async for b in agen(2)])
    print("inner comp", [[y async for y in agen(x)] async for x in agen(3)])
    print("dict await", {await double(k): v async for k, v in pairs()})
    ge = (x * 10 async for x in agen(3))
    print("genexpr type", type(ge).__name__)
    print("genexpr", [v async for v in ge])
    ge2 = (await double(x) for x in range(3))
    print("await genexpr type", type(ge2).__name__)
    print("await genexpr", [v async for v in ge2])
    # The first iterable is evaluated in the enclosing scope.
    print("outer await", [x for x in await make_list()])
    return "done"


async def pairs():
    for k, v in [(1, "a"), (2, "b")]:
        yield k, v


async def make_list():
    await Pause()
    return [7, 8]


print(run(main()))

# Async generator expressions can be created outside async functions.


def make_gen():
    return (x async for x in agen(3))


g = make_gen()
print(type(g).__name__, g.__name__)


async def consume(g):
    out = []
    async for v in g:
        out.append(v)
    return out


print(run(consume(g)))

# Comprehension variables do not leak; await errors propagate.


async def errors():
    try:
        return [await x for x in [double(1), 5]]
    except TypeError as e:
        return "TypeError: " + str(e)


print(run(errors()))


async def stop_inside():
    class It:
        def __init__(self):
            self.n = 0

        def __aiter__(self):
            return self

        async def __anext__(self):
            self.n += 1
            if self.n > 3:
                raise StopAsyncIteration
            return self.n

    return [x async for x in It()], {x async for x in It()}


print(run(stop_inside()))

# A comprehension that is not awaited yields a coroutine-like result only
# inside async functions; errors for non-async iterables:


async def bad_iter():
    items = [1, 2]
    return [x async for x in items]


try:
    run(bad_iter())
except TypeError as e:
    print("TypeError:", e)
