# generator.throw(): instance, class, class+value, tuple value, traceback and misuse.
import sys


def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("  caught", type(e).__name__, e.args)
            yield "handled " + type(e).__name__


g = catcher()
next(g)
print(g.throw(ValueError("inst")))
next(g)
print(g.throw(KeyError))
next(g)
print(g.throw(TypeError, "with value"))
next(g)
class Base(Exception):
    def __new__(cls, *args):
        if cls is Base:
            return Derived(*args)
        return super().__new__(cls, *args)


class Derived(Base):
    pass


print(g.throw(Base, ("made by __new__",)))
next(g)
print(g.throw(Exception, ValueError("subclass instance kept")))
next(g)
print(g.throw(IndexError, None))
next(g)
err = LookupError("preset")
print(g.throw(LookupError, err))
next(g)

try:
    raise ZeroDivisionError("orig")
except ZeroDivisionError:
    tb = sys.exc_info()[2]
print(g.throw(ZeroDivisionError, ZeroDivisionError("tb form"), tb))
next(g)


class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.parts = (a, b)


print(g.throw(Custom, (3, 4)))
next(g)

for bad in [(42,), ("str",), (ValueError("x"), "extra"), (ValueError, 1, 2)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)

unstarted = catcher()
try:
    unstarted.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted raises", e, unstarted.gi_frame)
try:
    next(unstarted)
except StopIteration:
    print("unstarted now finished")

g.close()
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("finished raises", e)
try:
    g.throw(StopIteration)
except StopIteration as e:
    print("finished StopIteration passes through", type(e).__name__)


def uncatching():
    yield 1
    yield 2


u = uncatching()
next(u)
try:
    u.throw(KeyError("nope"))
except KeyError as e:
    print("propagated", repr(e), u.gi_frame)


def stop_inside():
    yield 1


s = stop_inside()
next(s)
try:
    s.throw(StopIteration("x"))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
