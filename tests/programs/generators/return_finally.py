# return in generators, try/finally interplay, exceptions across yields.
def early(n):
    for i in range(n):
        if i == 2:
            return ("stopped at", i)
        yield i
    return "ran out"


for n in (1, 5):
    g = early(n)
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            print(items, "->", e.value)
            break


def bare_return():
    yield 1
    return


g = bare_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare:", e.value, e.args)


def finally_yields():
    try:
        yield "body"
        return "from body"
    finally:
        yield "from finally"


g = finally_yields()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value kept:", e.value)


def finally_overrides():
    try:
        yield 1
        return "body"
    finally:
        return "finally"


g = finally_overrides()
next(g)
try:
    next(g)
except StopIteration as e:
    print("overridden:", e.value)


def swallow():
    try:
        yield 1
        raise ValueError("boom")
    finally:
        return "swallowed"


g = swallow()
next(g)
try:
    next(g)
except StopIteration as e:
    print("swallowed:", e.value)


def ordered():
    try:
        try:
            yield "a"
            raise KeyError("k")
        except KeyError as e:
            yield "handling " + repr(e)
            raise
        finally:
            yield "inner finally"
    except KeyError:
        yield "outer caught"
    finally:
        yield "outer finally"


print(list(ordered()))


def exc_state():
    try:
        raise TypeError("held")
    except TypeError:
        yield "in handler"
        import sys
        yield repr(sys.exc_info()[1])
    yield "after"


import sys

g = exc_state()
print(next(g), sys.exc_info()[0])
try:
    raise IndexError("caller's")
except IndexError:
    print(next(g), "| caller sees", repr(sys.exc_info()[1]))
print(next(g), sys.exc_info())


def return_value_types():
    yield
    return [1, 2]


g = return_value_types()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args, str(e))


def returns_tuple():
    return (1, 2)
    yield


try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple value:", e.value, e.args)
