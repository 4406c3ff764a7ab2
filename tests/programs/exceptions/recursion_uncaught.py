def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(50))
def depth(n):
    return 1 if n == 0 else 1 + depth(n - 1)
print(depth(200))
def tree_size(d):
    return 1 if d == 0 else 1 + tree_size(d - 1) + tree_size(d - 1)
print(tree_size(8))
try:
    depth(100000)
except RecursionError:
    print("recursion caught once")
print(depth(10))
def forever(n):
    return forever(n + 1) + 1
print("starting unbounded recursion")
forever(0)
print("never printed")
