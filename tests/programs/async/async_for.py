# async for over async iterators: __aiter__/__anext__, StopAsyncIteration,
# else clauses, break/continue, nesting, and the TypeErrors.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        print("aiter", self.n)
        return self

    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def simple():
    got = []
    async for x in Counter(3):
        got.append(x)
    else:
        got.append("else")
    return got


print(run(simple()))


async def control(stop):
    out = []
    async for x in Counter(6):
        if x % 2 == 0:
            continue
        if x == stop:
            break
        out.append(x)
    else:
        out.append("exhausted")
    return out


print(run(control(5)), run(control(99)))


async def nested():
    pairs = []
    async for a in Counter(2):
        async for b in Counter(2):
            pairs.append((a, b))
        for c in range(1):
            pairs.append(("sync", a, c))
    return pairs


print(run(nested()))


async def unpacking():
    class Pairs:
        def __init__(self):
            self.items = [(1, "a"), (2, "b")]

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)

    res = {}
    async for k, v in Pairs():
        res[k] = v
    return res


print(run(unpacking()))


async def returns_from_loop():
    async for x in Counter(10):
        if x == 4:
            return "returned at %d" % x


print(run(returns_from_loop()))

# Errors inside __anext__ propagate; the loop's else does not run.


class Failing:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n == 3:
            raise KeyError("broken iterator")
        return self.n


async def failing():
    seen = []
    try:
        async for x in Failing():
            seen.append(x)
        else:
            seen.append("else")
    except KeyError as e:
        seen.append("KeyError " + str(e))
    return seen


print(run(failing()))

# StopAsyncIteration subclass also ends the loop.


class MyStop(StopAsyncIteration):
    pass


class SubStop:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise MyStop


async def substop():
    async for x in SubStop():
        return "never"
    else:
        return "ended by subclass"


print(run(substop()))

# __anext__ returning a plain awaitable object.


class AwaitableNext:
    def __init__(self):
        self.left = 2

    def __aiter__(self):
        return self

    def __anext__(self):
        self.left -= 1
        if self.left < 0:
            return Raiser()
        return Value(self.left)


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "waiting"
        return self.v


class Raiser:
    def __await__(self):
        raise StopAsyncIteration
        yield


async def awaitable_next():
    return [x async for x in AwaitableNext()]


print(run(awaitable_next()))

# TypeErrors.


class NoAnext:
    def __aiter__(self):
        return 42


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


async def loop_over(obj):
    async for x in obj:
        pass


for obj in [3, [1, 2], NoAnext(), BadAnext()]:
    try:
        run(loop_over(obj))
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))

# The exception state inside the loop body is not the StopAsyncIteration.
import sys


async def exc_state():
    async for x in Counter(1):
        print("in body", sys.exception())
    print("after loop", sys.exception())


run(exc_state())
