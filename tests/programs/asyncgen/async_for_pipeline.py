# async for over chained async generators inside hand-driven coroutines,
# with break/continue/else and early exits that leave generators suspended.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def numbers(n):
    try:
        for i in range(n):
            await Tick()
            yield i
    finally:
        print("  numbers closed at", i)


async def amap(f, agen):
    async for x in agen:
        yield f(x)


async def afilter(pred, agen):
    async for x in agen:
        if pred(x):
            yield x


async def take(n, agen):
    out = []
    if n <= 0:
        return out
    async for x in agen:
        out.append(x)
        if len(out) >= n:
            break
    else:
        out.append("exhausted")
    return out


async def main():
    squares = amap(lambda v: v * v, numbers(10))
    odd = afilter(lambda v: v % 2, squares)
    first = await take(3, odd)
    print("first three odd squares:", first)
    rest = []
    async for v in odd:
        rest.append(v)
    return first, rest


print(run(main()))
print(run(take(5, numbers(3))))


async def nested_loops():
    pairs = []
    async for a in numbers(3):
        if a == 1:
            continue
        async for b in numbers(2):
            pairs.append((a, b))
    return pairs


print(run(nested_loops()))


async def early_return():
    async for v in numbers(100):
        if v == 2:
            return "returned at 2"


print(run(early_return()))


async def failing_source():
    yield 1
    await Tick()
    raise ValueError("source broke")


async def guarded():
    seen = []
    try:
        async for v in failing_source():
            seen.append(v)
    except ValueError as e:
        seen.append(str(e))
    return seen


print(run(guarded()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def mixed():
    return [x async for x in amap(str, Countdown(3))]


print(run(mixed()))


async def bad_iterable():
    async for x in [1, 2]:
        pass


try:
    run(bad_iterable())
except TypeError as e:
    print(type(e).__name__, e)


class NoAnext:
    def __aiter__(self):
        return self


async def bad_iterator():
    async for x in NoAnext():
        pass


try:
    run(bad_iterator())
except TypeError as e:
    print(type(e).__name__, e)
