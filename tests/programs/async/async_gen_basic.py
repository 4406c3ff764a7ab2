# Async generators driven by hand: __anext__/asend awaitables finish with
# StopIteration(value) for each yield, awaits inside pass their yields out,
# and the end is StopAsyncIteration.


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return reply


async def ticker(n):
    for i in range(n):
        got = await Pause("tick %d" % i)
        received = yield (i, got)
        print("  ticker received", received)
    print("  ticker done")


def step(awaitable, replies=()):
    """Drive one awaitable: show what passes through, return its result."""
    replies = list(replies)
    value = None
    try:
        while True:
            out = awaitable.send(value)
            print("  passed through:", out)
            value = replies.pop(0) if replies else None
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("end",)


g = ticker(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<async_generator object ticker at 0x"))
print("aiter is self:", g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__, repr(a).startswith("<async_generator_asend object at 0x"))
print(step(a, ["r0"]))
print("ag_running after step:", g.ag_running, "ag_await:", g.ag_await)
print(step(g.asend("sent-1"), ["r1"]))
print(step(g.asend("sent-2")))
print(step(g.__anext__()))
print("frame after end:", g.ag_frame)

# Values sent with asend() arrive at the yield.


async def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return


e = echo()
print(step(e.asend(None)))
print(step(e.asend("hello")))
print(step(e.asend(42)))
print(step(e.asend("stop")))
print(step(e.asend("again")))

# An asend awaitable can be awaited only once.
e2 = echo()
x = e2.__anext__()
print(step(x))
try:
    x.send(None)
except RuntimeError as err:
    print("RuntimeError:", err)

# __next__ and __await__ of the awaitable.
e3 = echo()
x = e3.__anext__()
print(x.__await__() is x, iter(x) is x)
try:
    next(x)
except StopIteration as s:
    print("next ->", s.value)

# A second __anext__ while the first is suspended in an await.


async def slow():
    await Pause("slow")
    yield "slow value"


s = slow()
first = s.__anext__()
print("first:", first.send(None))
print("running:", s.ag_running, "await:", type(s.ag_await).__name__)
second = s.__anext__()
try:
    second.send(None)
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    first.send(None)
except StopIteration as st:
    print("first finished:", st.value)
print("running now:", s.ag_running)

# Exceptions inside the async generator.


async def raiser():
    yield 1
    raise ValueError("bad gen")


r = raiser()
print(step(r.__anext__()))
try:
    step(r.__anext__())
except ValueError as err:
    print("ValueError:", err)
print(step(r.__anext__()))

# StopIteration / StopAsyncIteration raised in the body become RuntimeError.


async def bad_stop():
    yield 1
    raise StopIteration


async def bad_stop_async():
    yield 1
    raise StopAsyncIteration


for fn in (bad_stop, bad_stop_async):
    it = fn()
    step(it.__anext__())
    try:
        step(it.__anext__())
    except RuntimeError as err:
        print("RuntimeError:", err, "| cause:", type(err.__cause__).__name__)

# Sending non-None first.
try:
    echo().asend(1).send(None)
except TypeError as err:
    print("TypeError:", err)
try:
    echo().__anext__().send(5)
except TypeError as err:
    print("TypeError:", err)
