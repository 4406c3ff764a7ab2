# `yield from` a generator inside generators driven by `for` loops (weft
# runs the delegate's frame inline): results, exceptions, send/throw,
# gi_yieldfrom, partially consumed and running delegates.
import sys


def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


def sub(n):
    for i in range(n):
        yield i
    return "sub-done-%d" % n


def outer():
    r = yield from sub(2)
    yield r
    r = yield from sub(0)
    yield r


print([v for v in outer()])
for v in outer():
    print("outer", v)


def failing():
    yield "f1"
    raise KeyError("from sub")


def catches():
    try:
        yield from failing()
    except KeyError as e:
        yield "caught " + repr(e)
        yield tb_names(e)


for v in catches():
    print("catches", v)


def stop_sub():
    yield 1
    raise StopIteration("bad")


def wraps_stop():
    try:
        yield from stop_sub()
    except RuntimeError as e:
        yield "%s: %s (cause %r)" % (type(e).__name__, e, e.__cause__)


for v in wraps_stop():
    print("wraps_stop", v)


def uncaught():
    yield from failing()


try:
    for v in uncaught():
        print("uncaught", v)
except KeyError as e:
    print("propagated", repr(e), tb_names(e))


# deep delegation chains
def chain(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from chain(n - 1)
    return r + 1


def top(n):
    r = yield from chain(n)
    yield r


print(list(top(30)), [v for v in top(5)])
try:
    for v in top(5000):
        pass
except RecursionError:
    print("RecursionError")


# a partially consumed delegate
def partly():
    s = sub(4)
    yield next(s)
    r = yield from s
    yield r


print("partly", [v for v in partly()])


# gi_yieldfrom and gi_running while delegating
def watcher():
    yield from probe()


def probe():
    yield w.gi_running, w.gi_yieldfrom is None
    yield "x"


w = watcher()
p = None
for v in w:
    if p is None:
        p = w.gi_yieldfrom
        print("yieldfrom", p.__name__, p.gi_running)
    print("watch", v)
print(w.gi_yieldfrom, w.gi_frame)


# send() and throw() into a delegating generator also looped over
def echo():
    got = None
    while True:
        try:
            got = yield got
        except ValueError as e:
            got = "threw " + str(e)
        if got == "stop":
            return "echo-stopped"


def relay():
    r = yield from echo()
    yield r


r = relay()
for v in r:
    print("relay first", v)
    break
print(r.send("a"), r.throw(ValueError("v")))
for v in r:
    print("relay loop", v)
    break
print(r.send("stop"), list(r))


# delegating to a generator that is already running raises in the delegator
def self_delegate():
    try:
        yield from me
    except ValueError as e:
        yield "ValueError: " + str(e)


me = self_delegate()
for v in me:
    print("self_delegate", v)


# exceptions with a handled exception in the caller
def raiser():
    yield 1
    raise IndexError("ix")


def deleg():
    yield from raiser()


try:
    try:
        raise OSError("first")
    except OSError:
        for v in deleg():
            print("deleg", v, repr(sys.exception()))
except IndexError as e:
    print("context", repr(e.__context__), tb_names(e))


# generator expressions and iterators as delegates
def mixed():
    yield from (x * 2 for x in sub(3))
    yield from iter([7, 8])
    yield from "ab"


print(list(mixed()), [v for v in mixed()])


# close() of a generator suspended in yield from (delegate closed first)
def closing_sub():
    try:
        yield 1
        yield 2
    finally:
        print("closing_sub finally")


def closing():
    try:
        yield from closing_sub()
    finally:
        print("closing finally")


c = closing()
for v in c:
    print("closing", v)
    break
c.close()
print("closed", c.gi_frame)
