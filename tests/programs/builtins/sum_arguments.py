# sum() argument binding: the one-argument fast path and every other shape.
print(sum([1, 2]), sum([1.5, 2]), sum([[1], [2]], []), sum((x for x in range(5)), 10), sum([1], start=5))
for call in (lambda: sum(), lambda: sum([], 1, 2), lambda: sum(["a"], "b"), lambda: sum(5), lambda: sum(iterable=[1]), lambda: sum(["a", "b"])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
