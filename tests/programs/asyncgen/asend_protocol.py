# asend()/__anext__() awaitables driven by hand: values in both directions,
# StopIteration carrying yielded values, StopAsyncIteration, reuse errors.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


async def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            return
        total += await Pause(got) or got


def step(awaitable, *sends):
    """Drive one awaitable; report what it yields and how it ends."""
    trace = []
    try:
        trace.append(("yield", awaitable.send(None)))
        for s in sends:
            trace.append(("yield", awaitable.send(s)))
    except StopIteration as e:
        trace.append(("value", e.value))
    except StopAsyncIteration as e:
        trace.append(("end", repr(e)))
    except Exception as e:
        trace.append((type(e).__name__, str(e)))
    return trace


ag = accumulator()
first = ag.__anext__()
print(type(first).__name__, type(ag).__name__)
print(step(first))
print(step(ag.asend(5)))
print(step(ag.asend(7), 100))
print(step(ag.asend(3), None))
print(step(ag.asend(None)))
print(step(ag.asend(None)))
print(step(ag.__anext__()))

ag2 = accumulator()
print("non-None first:", step(ag2.asend(1)))
print("then None:", step(ag2.asend(None)))

ag3 = accumulator()
aw = ag3.__anext__()
print(step(aw))
print("reuse:", step(aw))
aw2 = ag3.asend(2)
print(step(aw2))
try:
    aw2.send(None)
except StopIteration as e:
    print("finished with", e.value)
try:
    aw2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
aw3 = ag3.asend(1)
aw3.close()
print("closed awaitable:", step(aw3))
print("agen still usable:", step(ag3.asend(1), 9))


async def simple():
    yield "a"
    yield "b"


s = simple()
pending = s.__anext__()
second = s.__anext__()
print(step(pending), step(second))
try:
    s.asend()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.asend(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(step(s.__anext__()), step(s.__anext__()))
try:
    next(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.send(None)
except AttributeError as e:
    print(type(e).__name__, e)
print(s.__aiter__() is s)
try:
    iter(s)
except TypeError as e:
    print(type(e).__name__, e)
