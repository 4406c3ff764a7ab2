# List operators: comparisons, repetition, concatenation, nesting, membership.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 9, 9], [1, [2, 3]] < [1, [2, 4]], ["a"] < ["b"], [1.0] == [1], [1, 2] <= [1, 2])
print([0] * 3, [1, 2] * 2, 2 * [None], [] * 5, [1] * 0, [1] * -1)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
print([1] + [2, 3], [] + [], [[1]] + [[2]])
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][1][0], len(nested))
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], [2]], (1, 2) in [[1, 2]])
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref), self_ref[2][2][0])
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], nan in [nan])
m = [[1, 2], [3, 4]]
print([row[:] for row in m] == m, [[r[i] for r in m] for i in range(2)])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print(list(map(list, zip(*m))), sum([[1], [2, 3]], []))
