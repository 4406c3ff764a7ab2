# 'await' used at module level outside any function.
print("never runs")
def compute(n):
    return n * 3
value = compute(4)
print(value)
names = ["x", "y"]
joined = "-".join(names)
print(joined)
limit = 5
while limit > 0:
    limit -= 1
print(limit)
await compute(1)
print("unreachable")
