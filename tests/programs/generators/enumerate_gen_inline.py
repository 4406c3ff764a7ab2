# `for i, x in enumerate(gen)`: the generator resumed by the loop, with
# exceptions, StopIteration, reuse of the enumerate object, start values,
# re-entrant next() and gi_running.


def numbers(n):
    for i in range(n):
        yield i * i


for i, x in enumerate(numbers(4)):
    print(i, x)

for i, x in enumerate(numbers(3), 10):
    print(i, x)

print(list(enumerate(numbers(3), -1)))

e = enumerate(numbers(5))
for i, x in e:
    if i == 2:
        break
print("after break", next(e), list(e))


def failing():
    yield 1
    raise KeyError("bad")


try:
    for i, x in enumerate(failing()):
        print("item", i, x)
except KeyError as exc:
    print("KeyError", exc)


def stopper():
    yield 1
    raise StopIteration("inner")


try:
    for i, x in enumerate(stopper()):
        print("item", i, x)
except RuntimeError as exc:
    print("RuntimeError", exc, type(exc.__cause__).__name__)


def reentrant():
    yield 1
    try:
        next(en)
    except ValueError as exc:
        print("ValueError", exc)
    yield 2


en = enumerate(reentrant())
for i, x in en:
    print("re", i, x)


def running():
    print("running", g.gi_running)
    yield 1


g = running()
for i, x in enumerate(g):
    print(i, x, g.gi_running)


def handler():
    try:
        raise ValueError("v")
    except ValueError:
        yield "in except"
        import sys
        print("exc_info", sys.exc_info()[0].__name__)
    yield "done"


try:
    raise TypeError("outer")
except TypeError:
    for i, x in enumerate(handler()):
        import sys
        print(i, x, sys.exc_info()[0].__name__)

big = enumerate(numbers(3), 2**63 - 2)
for i, x in big:
    print(i, x)


def ret():
    yield "a"
    return "value"


for i, x in enumerate(ret()):
    print(i, x)
print(sum(i * x for i, x in enumerate(numbers(10))))
