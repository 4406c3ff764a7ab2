# Exceptions travelling through await chains, handlers around awaits,
# chaining across coroutine boundaries and throw() into deep chains.
import sys


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


def run(coro, *sends):
    out = []
    try:
        out.append(coro.send(None))
        for s in sends:
            out.append(coro.send(s))
    except StopIteration as e:
        out.append(("return", e.value))
    except Exception as e:
        out.append(("raised", type(e).__name__, str(e)))
    return out


async def divide(a, b):
    await Pause("div")
    return a / b


async def safe_divide(a, b):
    try:
        return await divide(a, b)
    except ZeroDivisionError as e:
        return "div error: " + str(e)
    finally:
        print("  safe_divide finally", a, b)


print(run(safe_divide(6, 3), None))
print(run(safe_divide(1, 0), None))
print(run(divide(1, 0), None))


async def chained():
    try:
        await divide(1, 0)
    except ZeroDivisionError:
        raise ValueError("wrapped")


res = chained()
res.send(None)
try:
    res.send(None)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), e.__suppress_context__)


async def explicit_cause():
    try:
        await Pause("x")
    except KeyError as k:
        raise LookupError("from key") from k


ec = explicit_cause()
ec.send(None)
try:
    ec.throw(KeyError("k"))
except LookupError as e:
    print(repr(e), "cause:", repr(e.__cause__))


async def level(n):
    if n == 0:
        try:
            return await Pause("bottom")
        except IndexError as e:
            print("  bottom caught", e)
            return await Pause("recovered")
    return await level(n - 1)


deep = level(5)
print(deep.send(None))
print(deep.throw(IndexError("thrown at top")))
print(run(deep, "final"))


async def handler_state():
    try:
        raise TypeError("active")
    except TypeError:
        await Pause("in handler")
        return repr(sys.exc_info()[1])


h = handler_state()
h.send(None)
print("caller exc_info while suspended:", sys.exc_info())
try:
    h.send(None)
except StopIteration as e:
    print("resumed handler sees:", e.value)


async def raise_in_finally():
    try:
        await Pause("p")
    finally:
        raise RuntimeError("from finally")


rf = raise_in_finally()
rf.send(None)
try:
    rf.throw(KeyError("original"))
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))


async def multi():
    errors = []
    for exc in (ValueError, KeyError, OSError):
        try:
            await Pause(exc.__name__)
        except Exception as e:
            errors.append(type(e).__name__)
    return errors


m = multi()
print(m.send(None))
print(m.throw(ValueError))
print(m.throw(KeyError("x")))
print(run(m, None))
