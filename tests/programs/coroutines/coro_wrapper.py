# coro.__await__(): the coroutine_wrapper iterator, and driving coroutines
# from generator code with yield from.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return (self.tag, got)


async def work():
    a = await Pause("first")
    b = await Pause("second")
    return [a, b]


w = work().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send("x"))
try:
    w.send("y")
except StopIteration as e:
    print("result:", e.value)

w2 = work().__await__()
print(next(w2))
print("throw caught?")
try:
    w2.throw(ValueError("into wrapper"))
except ValueError as e:
    print("propagated", e)

w3 = work().__await__()
next(w3)
print(w3.close())
try:
    next(w3)
except RuntimeError as e:
    print(type(e).__name__, e)
except StopIteration:
    print("stop")


def legacy_driver(coro):
    result = yield from coro.__await__()
    return ("legacy", result)


g = legacy_driver(work())
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration as e:
    print(e.value)


class Bridge:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def outer():
    return await Bridge(work())


o = outer()
print(o.send(None), o.send("a"))
try:
    o.send("b")
except StopIteration as e:
    print("bridged:", e.value)

c = work()
w4 = c.__await__()
w5 = c.__await__()
print(type(w5).__name__, w4 is w5)
print(next(w4))
try:
    next(w5)
except StopIteration:
    print("stop")
except ValueError as e:
    print("second wrapper:", type(e).__name__, e)
try:
    print(w5.send("shared"))
except StopIteration as e:
    print("second wrapper finished the coroutine:", e.value)
c.close()
try:
    w4.send(None)
except RuntimeError as e:
    print(e)
try:
    w4.send()
except TypeError as e:
    print(type(e).__name__, e)
