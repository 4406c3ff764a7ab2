# Coroutine attributes: cr_frame, cr_running, cr_await, cr_code, names.
class Pause:
    def __await__(self):
        return (yield "paused")


async def leaf():
    return await Pause()


async def middle():
    return await leaf()


async def top():
    return await middle()


c = top()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
print("created:", c.cr_running, c.cr_await, c.cr_suspended, c.cr_frame is not None)
print(c.cr_origin)
print(c.send(None))
chain = []
obj = c
while obj is not None:
    chain.append(type(obj).__name__ + ":" + getattr(obj, "__name__", "-"))
    obj = getattr(obj, "cr_await", None) or getattr(obj, "gi_yieldfrom", None)
print(chain)
print("suspended:", c.cr_suspended, c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
try:
    c.send("answer")
except StopIteration as e:
    print("result:", e.value)
print("finished:", c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended)


async def looks_at_itself():
    return (me.cr_running, me.cr_suspended, me.cr_frame is not None,
            me.cr_frame.f_code.co_name)


me = looks_at_itself()
try:
    me.send(None)
except StopIteration as e:
    print("inside:", e.value)


class Service:
    async def handle(self):
        async def helper():
            return 1
        return helper()


s = Service().handle()
print(s.__qualname__)
try:
    s.send(None)
except StopIteration as e:
    inner = e.value
print(inner.__name__, inner.__qualname__)
inner.close()

c2 = top()
c2.__name__ = "renamed"
c2.__qualname__ = "Q.renamed"
print(c2.__name__, c2.__qualname__, c2.cr_code.co_name)
print(repr(c2).startswith("<coroutine object Q.renamed at"))
try:
    c2.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    c2.cr_await = 1
except AttributeError as e:
    print(type(e).__name__, e)
c2.close()
print(hasattr(c2, "__next__"), hasattr(c2, "__iter__"), hasattr(c2, "__await__"))
print(hasattr(c2, "gi_frame"), hasattr(c2, "send"), c2.cr_frame)
try:
    iter(c2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(c2)
except TypeError as e:
    print(type(e).__name__, e)
