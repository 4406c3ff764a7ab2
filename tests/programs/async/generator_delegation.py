# The delegation machinery await shares with `yield from`: throw() and
# close() reach the innermost generator, gi_yieldfrom, return values, and
# the exception being handled is kept per generator.
import sys


def inner():
    try:
        x = yield 1
        print("  inner got", x)
        yield 2
    except ValueError as e:
        print("  inner caught", e)
        yield "recovered"
    finally:
        print("  inner finally")
    return "inner result"


def outer():
    r = yield from inner()
    print("  outer got", r)
    yield "outer last"


g = outer()
print(next(g))
print("gi_yieldfrom:", g.gi_yieldfrom.__name__)
print(g.throw(ValueError("v1")))
print(next(g))
print(next(g, "exhausted"))
print("gi_yieldfrom after:", g.gi_yieldfrom)

g = outer()
next(g)
print(g.send("hello"))
g.close()
print("closed; frame:", g.gi_frame)

# throw() that the inner generator does not handle.
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped:", e)

# A return value via StopIteration(value) from next().


def returns():
    yield 1
    return "the value"


it = returns()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)

# close() on a generator delegating to an iterator with close().


class Closeable:
    def __iter__(self):
        return self

    def __next__(self):
        return "c"

    def close(self):
        print("  Closeable.close called")


def deleg():
    try:
        yield from Closeable()
    finally:
        print("  deleg finally")


d = deleg()
print(next(d))
d.close()

# GeneratorExit thrown explicitly is delegated as a close.
d = deleg()
next(d)
try:
    d.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# The handled exception belongs to the generator.


def in_handler():
    try:
        raise ValueError("gen's own")
    except ValueError:
        yield 1
        print("  in generator:", repr(sys.exception()))
    yield 2
    print("  after handler:", repr(sys.exception()))
    yield 3


h = in_handler()
next(h)
print("caller sees:", repr(sys.exception()))
try:
    raise KeyError("caller's")
except KeyError:
    next(h)
    print("caller still sees:", repr(sys.exception()))
next(h)

# yield from a coroutine in a plain generator is refused.


async def coro():
    return 1


def yf_coro():
    yield from c


c = coro()
try:
    next(yf_coro())
except TypeError as e:
    print("TypeError:", e)
c.close()

# Generator already executing.


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# StopIteration raised inside a generator.


def bad():
    yield 1
    raise StopIteration("oops")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# throw() into a generator that has not started and one that has finished.
try:
    returns().throw(IndexError("unstarted"))
except IndexError as e:
    print("IndexError:", e)
done = returns()
list(done)
try:
    done.throw(IndexError("finished"))
except IndexError as e:
    print("IndexError:", e)
print(done.send(None) if False else "send on finished:", end=" ")
try:
    done.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

# A coroutine suspended in an except block keeps its own handled exception;
# leaving the block shows the caller's again.


class Pause:
    def __await__(self):
        yield "p"


async def handler_coro():
    try:
        raise ValueError("coro's own")
    except ValueError:
        await Pause()
        print("  in except after await:", repr(sys.exception()))
        try:
            raise KeyError("k")
        except KeyError as e:
            print("  implicit context:", repr(e.__context__))
    print("  after except:", repr(sys.exception()))
    return "handler done"


hc = handler_coro()
hc.send(None)
try:
    raise OSError("outer")
except OSError:
    try:
        hc.send(None)
    except StopIteration as e:
        print(e.value)
    print("caller after:", repr(sys.exception()))
