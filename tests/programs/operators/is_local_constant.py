# `x is <constant>` / `x is not <constant>` with `x` a local: the local is
# compared without being pushed (`LoadFast` fused with `LoadConst`+`IsOp`),
# as a value and as a condition, through every kind of constant.


def checks(x):
    return (
        x is None,
        x is not None,
        x is True,
        x is not False,
        x is ...,
        x is 5,  # noqa: F632 (identity of a small int, as CPython caches it)
    )


for v in [None, True, False, 0, 5, 5.0, "", (), ..., [None]]:
    print(repr(v), checks(v))


def first_missing(items):
    for i, item in enumerate(items):
        if item is None:
            return i
    return -1


print(first_missing([1, 2, None, 4]), first_missing([1, 2]))


def count_set(items):
    n = 0
    for item in items:
        if item is not None:
            n += 1
    return n


print(count_set([None, 0, "", None, [], False]))


def chain(node):
    # The local is rebound inside the loop the test guards.
    steps = 0
    while node is not None:
        node = node[1]
        steps += 1
    return steps


print(chain((1, (2, (3, None)))), chain(None))


def flag(x):
    ok = x is True or x is False
    return "bool" if ok else "other"


print([flag(v) for v in [True, False, 1, 0, None]])


def unbound(flag):
    if flag:
        y = None
    return y is None


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
