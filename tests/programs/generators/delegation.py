# yield from: values, return values, send/throw/close delegation, GeneratorExit, PEP 479.
def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i3"
    return "inner-result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"


g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("finished")


def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("cleanup on close")
        raise
    finally:
        print("finally runs")


c = closer()
print(next(c))
c.close()
print(c.gi_frame)
c.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)


def leaks_stop():
    yield 1
    raise StopIteration("oops")


try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def running():
    yield g2.send(None)


g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)


def finished():
    yield 1


fg = finished()
list(fg)
try:
    fg.throw(ValueError("late"))
except ValueError as e:
    print("thrown into finished:", e)


def delegate_list():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    return (yield from inner_sum())


def inner_sum():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v


d = delegate_list()
print([next(d) for _ in range(4)])
next(d)
d.send(5)
d.send(7)
try:
    d.send(None)
except StopIteration as e:
    print("sum", e.value)
