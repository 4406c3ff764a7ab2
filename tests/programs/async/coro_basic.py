# Coroutines driven by hand: await chains, values sent through awaitables,
# return values, coroutine attributes and types.


def run(coro):
    """Drive a coroutine to completion, answering each yield with a counter."""
    n = 0
    value = None
    try:
        while True:
            got = coro.send(value)
            n += 1
            print("  loop got", got)
            value = n * 10
    except StopIteration as e:
        return e.value


class Ask:
    """An awaitable that yields a request to the loop and returns the reply."""

    def __init__(self, what):
        self.what = what

    def __await__(self):
        reply = yield self.what
        return reply


async def add(a, b):
    return a + b


async def fetch(name):
    x = await Ask("need " + name)
    return (name, x)


async def main():
    s = await add(1, 2)
    print("sum", s)
    a = await fetch("a")
    b = await fetch("b")
    print("fetched", a, b)
    total = 0
    for i in range(3):
        total += await add(i, i)
    print("total", total)
    return [a, b, total]


print("result", run(main()))

# Types, names, repr shape.
c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_origin)
print(c.cr_code.co_name, c.cr_frame is not None)
print(run(c))
print(c.cr_frame, c.cr_code.co_name, c.cr_suspended)


class K:
    async def meth(self, x):
        return x * 2

    async def nested(self):
        async def inner():
            return "inner"

        return inner


k = K()
m = k.meth(4)
print(m.__qualname__, run(m))
inner = run(k.nested())
print(inner.__qualname__)
ic = inner()
print(ic.__qualname__, run(ic))

# await on an object whose __await__ is a generator that yields several times.


class Multi:
    def __await__(self):
        a = yield 1
        b = yield 2
        return a + b


async def use_multi():
    r = await Multi()
    return r * 2


print("multi", run(use_multi()))

# The coroutine wrapper returned by __await__.
co = add(5, 6)
w = co.__await__()
print(type(w).__name__)
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

# A coroutine awaiting through its own wrapper.


async def via_wrapper():
    class Wrap:
        def __await__(self):
            return add(10, 20).__await__()

    return await Wrap()


print("via wrapper", run(via_wrapper()))

# Exceptions propagate through await.


async def boom():
    raise ValueError("inner problem")


async def catcher():
    try:
        await boom()
    except ValueError as e:
        return "caught " + str(e)


print(run(catcher()))
