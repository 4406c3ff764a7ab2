# Error cases of coroutines and await, with CPython's exact messages.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def one():
    return 1


class RetInt:
    def __await__(self):
        return 42


class RetCoro:
    def __await__(self):
        return self.c

    def __init__(self):
        self.c = one()


class RetList:
    def __await__(self):
        return [1, 2]


class RetIter:
    def __await__(self):
        return iter([7, 8])


def gen():
    yield 1


async def agen():
    yield 1


async def await_it(x):
    return await x


attempt("await int", lambda: run(await_it(5)))
attempt("await None", lambda: run(await_it(None)))
attempt("await str", lambda: run(await_it("s")))
attempt("__await__ int", lambda: run(await_it(RetInt())))
rc = RetCoro()
attempt("__await__ coroutine", lambda: run(await_it(rc)))
rc.c.close()
attempt("__await__ list", lambda: run(await_it(RetList())))
attempt("__await__ iterator", lambda: run(await_it(RetIter())))
attempt("await generator", lambda: run(await_it(gen())))
attempt("await async gen", lambda: run(await_it(agen())))

# Reusing a coroutine.
c = one()
attempt("first run", lambda: run(c))
attempt("second run", lambda: run(c))
attempt("send after done", lambda: c.send(None))
attempt("close after done", lambda: c.close())


async def await_twice(c):
    a = await c
    b = await c
    return a, b


attempt("await twice", lambda: run(await_twice(one())))

# Sending non-None to a just-started coroutine.
c = one()
attempt("send 1", lambda: c.send(1))
attempt("then send None", lambda: run(c))
attempt("send no args", lambda: one().send())

# StopIteration raised inside a coroutine.


async def raises_stop():
    raise StopIteration(3)


attempt("StopIteration inside", lambda: run(raises_stop()))
try:
    run(raises_stop())
except RuntimeError as e:
    print("cause", type(e.__cause__).__name__, e.__cause__.args)

# next() / iter() on coroutines.
c = one()
attempt("next(coro)", lambda: next(c))
attempt("iter(coro)", lambda: iter(c))
attempt("list(coro)", lambda: list(c))
c.close()

# A coroutine that is being awaited cannot be awaited by another.


class Pause:
    def __await__(self):
        yield "paused"


async def slow():
    await Pause()
    return "slow done"


shared = slow()


async def first():
    return await shared


async def second():
    return await shared


f1 = first()
print("f1 step", f1.send(None))
attempt("second awaits shared", lambda: run(second()))
print("f1 finish", run(f1))

# Running coroutine cannot be re-entered.


async def reenter():
    me.send(None)


me = reenter()
attempt("reenter", lambda: run(me))

# Throwing non-exceptions.
c = slow()
c.send(None)
attempt("throw int", lambda: c.throw(5))
attempt("throw instance + value", lambda: c.throw(ValueError("x"), 1))
attempt("throw no args", lambda: c.throw())
c.close()
