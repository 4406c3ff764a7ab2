# Async comprehensions mixing async generators, await and sync iterables.
class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("wait", self.v)
        return self.v


def run(coro):
    waits = []
    try:
        while True:
            waits.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(waits)


async def agen(n):
    for i in range(n):
        yield await Value(i)


async def is_even(x):
    return x % 2 == 0 if await Value(x) is not None else False


async def main():
    a = [x async for x in agen(5)]
    b = [x async for x in agen(6) if await is_even(x)]
    c = [await Value(x * 10) for x in range(3)]
    d = {x: await Value(x * x) async for x in agen(3)}
    e = {x % 3 async for x in agen(7)}
    f = [(x, y) async for x in agen(3) for y in range(x)]
    g = [[y async for y in agen(x)] for x in range(3)]
    return a, b, c, d, sorted(e), f, g


for item in run(main())[0]:
    print(item)
print("waits:", run(main())[1])


async def genexpr_user():
    ge = (x * 2 async for x in agen(4))
    print(" ", type(ge).__name__)
    out = []
    async for v in ge:
        out.append(v)
    awaiting = (await Value(x) for x in [7, 8])
    print(" ", type(awaiting).__name__)
    out.append([v async for v in awaiting])
    return out


print(run(genexpr_user()))


async def failing():
    try:
        return [1 / x async for x in agen(3)]
    except ZeroDivisionError as e:
        return "comprehension raised: " + str(e)


print(run(failing()))


async def uses_outer(scale):
    offset = 5
    return [x * scale + offset async for x in agen(3) if x != await Value(1)]


print(run(uses_outer(100)))


async def lazy_error():
    ge = (x async for x in agen(2) if 1 / 0)
    print("  created without error")
    try:
        async for v in ge:
            pass
    except ZeroDivisionError as e:
        return "on iteration: " + str(e)


print(run(lazy_error()))


async def not_async_iterable():
    return [x async for x in range(3)]


try:
    run(not_async_iterable())
except TypeError as e:
    print(type(e).__name__, e)
