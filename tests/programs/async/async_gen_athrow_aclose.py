# athrow() and aclose() awaitables of async generators, driven by hand.


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


def step(awaitable):
    try:
        while True:
            out = awaitable.send(None)
            print("  passed through:", out)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("end",)


async def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("  guarded caught", repr(e))
        await Pause("cleanup-await")
        yield "after KeyError"
    finally:
        print("  guarded finally")


g = guarded()
print(step(g.__anext__()))
print("athrow KeyError:", step(g.athrow(KeyError("k"))))
print("next:", step(g.__anext__()))
print("next:", step(g.__anext__()))

# athrow of an exception the generator does not handle.
g = guarded()
step(g.__anext__())
try:
    step(g.athrow(ValueError("unhandled")))
except ValueError as e:
    print("ValueError:", e)
print("then:", step(g.__anext__()))

# athrow on a generator that never started.
g = guarded()
try:
    step(g.athrow(OSError("early")))
except OSError as e:
    print("OSError:", e)
print("then:", step(g.__anext__()))

# athrow with a class and a class + value (deprecated form).
g = guarded()
step(g.__anext__())
print("class:", step(g.athrow(KeyError)))
print("close:", step(g.aclose()))
g = guarded()
step(g.__anext__())
print("class+value:", step(g.athrow(KeyError, "v")))
print("close:", step(g.aclose()))

# aclose() runs finally blocks, awaits inside them pass through.


async def closing():
    try:
        yield "first"
        yield "second"
    finally:
        print("  closing: finally starts")
        await Pause("await in finally")
        print("  closing: finally ends")


c = closing()
print(step(c.__anext__()))
print("aclose:", step(c.aclose()))
print("after aclose:", step(c.__anext__()), c.ag_frame)
print("aclose again:", step(c.aclose()))

# aclose() of a generator that never started or has finished.
print("aclose unstarted:", step(closing().aclose()))
c = closing()
step(c.__anext__())
step(c.__anext__())
step(c.__anext__())
print("aclose finished:", step(c.aclose()))

# Yielding while closing: "async generator ignored GeneratorExit".


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  stubborn: caught GeneratorExit")
    yield 2
    print("  stubborn: resumed")


s = stubborn()
step(s.__anext__())
try:
    step(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

# Reusing athrow/aclose awaitables.
g = guarded()
step(g.__anext__())
t = g.aclose()
print(step(t))
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
t = g.athrow(KeyError("x"))
print("athrow on closed:", step(t))
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# aclose() while an __anext__ is suspended in an await.


async def waits():
    await Pause("waiting")
    yield "never"


w = waits()
pending = w.__anext__()
print(pending.send(None))
try:
    w.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w.athrow(ValueError()).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
pending.close()
print("pending closed; running:", w.ag_running)

# throw() into an asend awaitable.
g = guarded()
step(g.__anext__())
a = g.__anext__()
try:
    a.throw(KeyError("via asend.throw"))
except StopIteration as e:
    print("asend.throw ->", e.value)
print(step(g.__anext__()))
print("close:", step(g.aclose()))

# Sending a value into athrow before it starts.
g = guarded()
step(g.__anext__())
try:
    g.aclose().send("x")
except RuntimeError as e:
    print("RuntimeError:", e)
step(g.aclose())

# An athrow whose generator yields again is finished by that yield.


async def forgiving():
    while True:
        try:
            yield "ready"
        except ValueError:
            print("  forgiving: ignored ValueError")


f = forgiving()
print(step(f.__anext__()))
t = f.athrow(ValueError)
print("athrow:", step(t))
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print("aclose:", step(f.aclose()))
