# Inlined comprehensions (PEP 709) save and restore the locals their
# variables shadow: bound, unbound, and cell variables, on normal exit and
# when the comprehension raises; try blocks around and inside them.


def shadow_bound():
    x = "outer"
    ys = [x * 2 for x in range(3)]
    return x, ys


def shadow_unbound():
    ys = [x for x in "ab"]
    try:
        return x  # noqa: F821 - a global name: the comprehension kept its x
    except NameError as e:
        return ys, type(e).__name__


def shadow_unbound_local():
    ys = [x for x in "cd"]
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return ys, x


def raising():
    x = 10
    try:
        [1 // x for x in (2, 1, 0)]
    except ZeroDivisionError:
        pass
    return x


def nested():
    i = "keep"
    grid = [[i * j for j in range(3)] for i in range(3)]
    return i, grid


def with_closure():
    x = 5
    fs = [lambda: x for x in range(3)]
    return x, [f() for f in fs]


def in_try_loop(n):
    total = 0
    for k in range(n):
        try:
            total += sum([v for v in range(k)])
        finally:
            total += 1
    return total


def dict_and_set():
    k = "k"
    d = {k: v for k, v in zip("abc", range(3))}
    s = {k for k in "hello"}
    return k, d, sorted(s)


def swap_pairs():
    a, b = 1, 2
    for _ in range(3):
        a, b = b, a
    return a, b


print(shadow_bound())
print(shadow_unbound())
print(shadow_unbound_local())
print(raising())
print(nested())
print(with_closure())
print(in_try_loop(6))
print(dict_and_set())
print(swap_pairs())
