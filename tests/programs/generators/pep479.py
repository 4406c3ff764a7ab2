# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leak")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("suppress:", e.__suppress_context__)


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print("list():", e)


def safe_next():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "exhausted"
        yield v


g = safe_next()
print(list(g))
g = safe_next()
for v in g:
    pass
try:
    next(g)
except StopIteration as e:
    print("value after exhaustion:", e.value)


def sub():
    yield "s"
    return "sub-value"


def uses_sub():
    v = yield from sub()
    yield v


print(list(uses_sub()))


def async_style():
    raise StopAsyncIteration("not converted in plain generators")
    yield


try:
    next(async_style())
except StopAsyncIteration as e:
    print(type(e).__name__, e)


class MyStop(StopIteration):
    pass


def subclass_stop():
    yield 0
    raise MyStop("sub")


try:
    print(list(subclass_stop()))
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)


gen = (next(iter(())) for _ in range(3))
try:
    list(gen)
except RuntimeError as e:
    print("genexpr:", e)

def catches_runtime():
    try:
        yield from leaky()
    except RuntimeError as e:
        yield "caught " + str(e)


print(list(catches_runtime()))
