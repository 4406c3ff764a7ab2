# throw() and close() on suspended coroutines reach the innermost awaitable
# first, and finally blocks run along the whole await chain.


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def leaf(log):
    try:
        v = await Pause("leaf-pause")
        log.append("leaf resumed with %r" % (v,))
        return v
    except KeyError as e:
        log.append("leaf caught KeyError %s" % e)
        v = await Pause("leaf-after-catch")
        return ("recovered", v)
    finally:
        log.append("leaf finally")


async def middle(log):
    try:
        r = await leaf(log)
        log.append("middle got %r" % (r,))
        return r
    finally:
        log.append("middle finally")


async def top(log):
    r = await middle(log)
    log.append("top got %r" % (r,))
    return r


def show(log):
    for line in log:
        print("  ", line)
    log.clear()


log = []
c = top(log)
print("first yield:", c.send(None))
print("cr_await chain:", type(c.cr_await).__name__, type(c.cr_await.cr_await).__name__)
print("throw KeyError ->", c.throw(KeyError("k1")))
show(log)
try:
    c.send("final")
except StopIteration as e:
    print("finished with", e.value)
show(log)

# An exception not handled inside propagates out of throw().
c = top(log)
c.send(None)
try:
    c.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated:", e)
show(log)
print("after propagate: frame", c.cr_frame, "suspended", c.cr_suspended)

# close() runs every finally block once, innermost first.
c = top(log)
c.send(None)
print("close ->", c.close())
show(log)
print("close again ->", c.close())

# A coroutine that ignores GeneratorExit.


async def stubborn():
    ignored = 0
    while True:
        try:
            await Pause("stubborn")
        except GeneratorExit:
            ignored += 1
            print("  ignoring GeneratorExit", ignored)
            if ignored == 2:
                return


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("suspended after ignoring:", s.cr_suspended)
print("second close ->", s.close(), s.cr_frame)

# throw() with a class, with a class and a value.
c = top(log)
c.send(None)
try:
    c.throw(KeyError)
except StopIteration:
    pass
print("after throw class ->", c.send("x") if False else "suspended", c.cr_suspended)
show(log)
c.close()
show(log)

# throw() into a coroutine awaiting a plain iterator without throw().


class IterAwait:
    def __await__(self):
        return iter(["a", "b"])


async def uses_iter():
    try:
        await IterAwait()
    except IndexError:
        return "index error handled"


u = uses_iter()
print("iter yield", u.send(None))
try:
    u.throw(IndexError("ix"))
except StopIteration as e:
    print("returned", e.value)

# throw() into an awaited object with its own throw() method.


class WithThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return "wt-next"

    def send(self, v):
        return "wt-send"

    def throw(self, e):
        print("  WithThrow.throw got", type(e).__name__, e)
        raise StopIteration("from throw")

    def close(self):
        print("  WithThrow.close")


class AwaitWT:
    def __await__(self):
        return WithThrow()


async def uses_wt():
    r = await AwaitWT()
    return "await returned " + r


w = uses_wt()
print(w.send(None))
try:
    w.throw(OSError("os"))
except StopIteration as e:
    print(e.value)
w2 = uses_wt()
w2.send(None)
w2.close()
print("closed w2", w2.cr_frame)
