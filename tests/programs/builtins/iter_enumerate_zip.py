# any/all short-circuiting; enumerate and zip as lazy iterator objects.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any("abc"), all(""), any([[]]), all([[]]), any(iter([False, True])), all(range(1, 5)), all(range(5)))
seen = []
def check(v):
    seen[len(seen):] = [v]
    return v
it = iter([0, 0, 1, 0, 1])
print(any(check(x) for x in it), seen, list(it))
seen[:] = []
print(all(check(x) for x in [1, 1, 0, 1]), seen)
t(lambda: any())
t(lambda: all(1, 2))
t(lambda: any(x=1))
t(lambda: all(5))

print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(enumerate("ab", True)), list(enumerate("ab", 2**70)), list(enumerate(iterable="ab", start=3)))
print(list(enumerate("abc", 2**63 - 2)), list(enumerate(start=7, iterable="q")))
e = enumerate(["x", "y"])
print(type(e).__name__, type(e) is enumerate, isinstance(e, enumerate), iter(e) is e)
print(next(e), e.__next__(), next(e, "end"), list(e))
class Idx:
    def __index__(self):
        return 10
print(list(enumerate("ab", Idx())))
for bad in [lambda: enumerate(), lambda: enumerate(1), lambda: enumerate([1], "a"),
            lambda: enumerate([1], start=1.5), lambda: enumerate([1], foo=1),
            lambda: enumerate([1], 0, 1), lambda: enumerate(start=2),
            lambda: enumerate([1], iterable=[2]), lambda: enumerate("ab", start=2, foo=1)]:
    t(bad)

print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(range(3), strict=False)), list(zip([], [], strict=True)))
z = zip("ab", range(100))
print(type(z).__name__, isinstance(z, zip), next(z), list(z), list(z))
for args in [([1, 2, 3], [4, 5]), ([1], [2, 3]), ([], [1]), ([1, 2], [1, 2], "abc"),
             ([1, 2], [1, 2, 3], [1, 2]), ([1, 2], [1, 2], [1])]:
    t(lambda: list(zip(*args, strict=True)))
t(lambda: zip(1))
t(lambda: zip([1], 2))
t(lambda: zip([1], foo=1))
t(lambda: zip([1], strict=True, foo=1))
# zip stops at the first exhausted iterator without consuming the others further.
a = iter([1, 2, 3])
b = iter("x")
print(list(zip(b, a)), list(a))
a = iter([1, 2, 3])
print(list(zip(a, "x")), list(a))
d = {"k": 1, "j": 2}
print(list(zip(d, d.values() if False else [10, 20])), dict(zip("abc", range(3))))
print([i * c for i, c in enumerate("abc", 1)], [(a, b) for a, (b,) in zip("xy", [[1], [2]])])
