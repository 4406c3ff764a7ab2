# sum (start, floats), any, all.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], start=100), sum(range(101)))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([10**20, 10**20, -1]))
print(sum([x * x for x in range(10)]), sum([x for x in []]))
for bad in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum(5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any("abc"), all(""), any([[]]), all([[]]), any(iter([False, True])), all(range(1, 5)), all(range(5)))
print(any([x > 3 for x in range(5)]), all([x < 5 for x in range(5)]))
calls = []
def check(v):
    calls.append(v)
    return v
it = iter([0, 0, 1, 0, 1])
print(any(map(check, it)), calls, list(it))
calls.clear()
print(all(map(check, [1, 1, 0, 1])), calls)
print(sum([0.5, 0.25], 0.125), sum([1.5, -1.5, 0.0]), sum([-0.0]), sum([-0.0], -0.0))
print(sum([2**63, 2**63]), sum([-2**63, -1]), sum(range(10**5)))
