# Assigning the wrong number of items to an extended slice is fatal here.
grid = list(range(10))
grid[::3] = ["a", "b", "c", "d"]
print(grid)
grid[::2] = ["x"]
print("not reached")
