# ag_running, ag_frame, ag_await, ag_code, ag_suspended and names.
class Pause:
    def __await__(self):
        return (yield "pause")


async def ticker(limit):
    for i in range(limit):
        await Pause()
        yield i


t = ticker(2)
print(type(t).__name__, t.__name__, t.__qualname__, t.ag_code.co_name)
print("new:", t.ag_running, t.ag_await, t.ag_suspended, t.ag_frame is not None)
aw = t.__anext__()
print(aw.send(None))
print("awaiting:", t.ag_running, type(t.ag_await).__name__, t.ag_suspended)
print("frame line:", t.ag_frame.f_lineno, t.ag_frame.f_code.co_name)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print("between:", t.ag_running, t.ag_await, t.ag_suspended)
aw = t.__anext__()
aw.send(None)
print("second await running:", t.ag_running)
try:
    t.__anext__().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
aw = t.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print("exhausted:", t.ag_frame, t.ag_running, t.ag_await, t.ag_suspended)


async def self_aware():
    yield me.ag_running
    yield me.ag_frame is not None


me = self_aware()
for _ in range(2):
    try:
        me.__anext__().send(None)
    except StopIteration as e:
        print("self view:", e.value)


class Feed:
    async def items(self):
        async def inner():
            yield 1
        yield inner


f = Feed().items()
print(f.__qualname__)
try:
    f.__anext__().send(None)
except StopIteration as e:
    inner_gen = e.value()
print(inner_gen.__name__, inner_gen.__qualname__)

f.__name__ = "renamed"
print(f.__name__, f.ag_code.co_name, repr(f).startswith("<async_generator object Feed.items.<locals>"))
try:
    f.__name__ = b"bytes"
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.ag_running = False
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(f, "__anext__"), hasattr(f, "__next__"), hasattr(f, "asend"), hasattr(f, "send"))
ag_expr = (x async for x in ticker(1))
print(type(ag_expr).__name__, ag_expr.__name__, ag_expr.__qualname__)
