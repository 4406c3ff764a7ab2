# enumerate, zip (incl. strict), map, filter, sorted, reversed.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [4, 5]), ([1], [2, 3]), ([], [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(str, [1, 2])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(sorted("cba"), sorted([3, 1, 2], key=lambda v: -v), list(reversed([1, 2, 3])), list(reversed("ab")))
print(list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
z = zip("ab", range(100))
print(next(z), list(z))
m = map(int, "123")
print(next(m), list(m), list(m))
rev = reversed([1, 2, 3])
print(next(rev), list(rev))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(1, [1]).__next__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(enumerate("ab")), dict(zip("ab", "xy")), list(map(len, ["a", "bb"])))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
