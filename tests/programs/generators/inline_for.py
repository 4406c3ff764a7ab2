# Generators driven by `for` loops: returns, exceptions, introspection,
# nesting and recursion (weft runs these frames inline in the loop).
import sys


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


for x in count(3):
    print("x", x)
else:
    print("else ran")

total = 0
for a in count(3):
    for b in count(a):
        total += a * 10 + b
print("nested", total)


def boom(n):
    yield 1
    if n:
        raise ValueError("boom %d" % n)
    yield 2


try:
    for v in boom(1):
        print("got", v)
except ValueError as e:
    print("caught", e, tb_lines(e))


def stopper():
    yield 1
    raise StopIteration("inner")


try:
    for v in stopper():
        print("stopper", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)
    print(tb_lines(e))
    print(tb_lines(e.__cause__))


# break, then resume the same generator elsewhere
g = count(5)
for v in g:
    if v == 1:
        break
print("after break", next(g), list(g))


# a generator that sees the caller's handled exception
def sees_handled():
    yield repr(sys.exception())
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exception())
    yield repr(sys.exception())


try:
    raise TypeError("outer")
except TypeError:
    for s in sees_handled():
        print("handled:", s)
    print("after loop:", repr(sys.exception()))
print("outside:", repr(sys.exception()))


# context chaining: exception raised in the generator while the caller handles one
def raiser():
    yield 1
    raise IndexError("from gen")


try:
    try:
        raise OSError("first")
    except OSError:
        for v in raiser():
            pass
except IndexError as e:
    print("context:", repr(e.__context__))


# introspection from inside a running generator
def introspect():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name
    yield me.gi_running, me.gi_frame is not None, me.gi_suspended


def driver():
    out = []
    for t in me:
        out.append(t)
    return out


me = introspect()
for item in me:
    print("introspect", item)
print("finished", me.gi_frame, me.gi_running)
me = introspect()
print("driver", driver())


# re-entering a running generator from its own body
def self_ref():
    yield 1
    try:
        next(me2)
    except ValueError as e:
        yield str(e)
    try:
        me2.close()
    except ValueError as e:
        yield str(e)


me2 = self_ref()
for v in me2:
    print("self", v)


# try/finally in a generator, exception thrown out of the loop body
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


try:
    for v in with_finally():
        print("body", v)
        raise LookupError("from body")
except LookupError as e:
    print("body error", e)


# exception inside generator handled inside generator
def handles():
    for i in range(3):
        try:
            if i == 1:
                raise ZeroDivisionError
            yield i
        except ZeroDivisionError:
            yield "zde"


print(list(v for v in handles()), [v for v in handles()])


# recursive generators
class Node:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids

    def walk(self):
        yield self.v
        for k in self.kids:
            for x in k.walk():
                yield x

    def walk_from(self):
        yield self.v
        for k in self.kids:
            yield from k.walk_from()


t = Node(1, Node(2, Node(3)), Node(4, Node(5), Node(6, Node(7))))
print(list(t.walk()), [x for x in t.walk_from()])


def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield "bottom"


print(list(deep(50)))
try:
    for x in deep(5000):
        pass
except RecursionError as e:
    print("RecursionError", type(e).__name__)


# yield from inside an inline generator, and return values of delegates
def inner():
    yield "a"
    yield "b"
    return "inner-result"


def outer():
    r = yield from inner()
    yield r
    yield from ["c", "d"]
    yield from (x.upper() for x in "ef")


for v in outer():
    print("outer", v)


# a generator yielding inside an except block, resumed by a for loop
def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())


for v in in_except():
    print("in_except", v, repr(sys.exception()))


# the generator's frame and line while suspended/running
def lines():
    yield sys._getframe().f_lineno
    yield sys._getframe(1).f_code.co_name


def caller():
    out = []
    for v in lines():
        out.append(v)
    return out


print("lines", caller())


# send() and next() into a generator that is also looped over
def echo():
    got = None
    while True:
        got = yield got
        if got == "stop":
            return


e = echo()
next(e)
print(e.send(1), e.send(2))
for v in e:
    print("echo loop", v)
    break
try:
    e.send("stop")
except StopIteration as s:
    print("stopped", s.value)


# generator expressions over generators
print(sum(x * x for x in count(10)), max(x for x in count(4)), "".join(str(x) for x in count(5)))


# an exception whose traceback goes through several inline generators
def level1():
    yield from level2()


def level2():
    for x in level3():
        yield x


def level3():
    yield 1
    1 / 0


try:
    for v in level1():
        pass
except ZeroDivisionError as e:
    print("levels", tb_lines(e))
