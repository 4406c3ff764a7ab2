# generator.close(): GeneratorExit, finally blocks, ignored GeneratorExit, other errors.
log = []


def with_finally(name):
    try:
        log.append(name + " start")
        yield 1
        log.append(name + " middle")
        yield 2
    finally:
        log.append(name + " finally")


g = with_finally("a")
print(next(g))
print(g.close(), log)
print(g.gi_frame, g.gi_suspended)
print(g.close())  # closing twice is fine
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")

log.clear()
g = with_finally("b")
g.close()  # never started: finally does not run
print("unstarted close:", log)


def catches_exit():
    try:
        yield "x"
    except GeneratorExit as e:
        print("got", type(e).__name__, repr(e), isinstance(e, Exception))
        raise


c = catches_exit()
next(c)
c.close()


def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring exit")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("suspended again:", s.gi_suspended)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_exit()
next(r)
print("close returns", r.close())


def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("close raised", e, "| context:", type(e.__context__).__name__)


def exit_then_stop():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("hidden")


t = exit_then_stop()
next(t)
try:
    t.close()
except RuntimeError as e:
    print("close:", type(e).__name__, e)


def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


n = nested()
next(n)
n.close()
print("nested done")
