# Tracebacks of errors raised inside comprehensions: in CPython 3.12 list,
# set and dict comprehensions have no frame of their own.
import sys


def frames(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


def inner(v):
    return 1 / v


def listcomp():
    return [inner(v) for v in [1, 0]]


def setcomp():
    return {inner(v) for v in [1, 0]}


def dictcomp():
    return {v: inner(v) for v in [1, 0]}


def nested():
    return [[inner(v) for v in range(w)] for w in [2, 1]]


def genexpr():
    return list(inner(v) for v in [1, 0])


def raising_iter():
    def it():
        yield 1
        raise KeyError("from iterator")

    return [x for x in it()]


for fn in (listcomp, setcomp, dictcomp, nested, genexpr, raising_iter):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, frames(e.__traceback__))


def context_kept():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            [1 / 0 for _ in range(1)]
        except ZeroDivisionError as e:
            print("context:", repr(e.__context__))


context_kept()


def handled_inside():
    r = []
    for v in [1, 0, 2]:
        try:
            r.append([1 / v for _ in range(1)])
        except ZeroDivisionError:
            r.append("zde")
    return r


print(handled_inside())


def comp_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        r = [sys.exc_info()[0].__name__ for _ in range(1)]
    return r, sys.exc_info()


print(comp_in_except())


def deep(n):
    return [deep(n - 1) if n else 1 / n for _ in range(1)]


try:
    deep(3)
except ZeroDivisionError as e:
    print(frames(e.__traceback__))
