# The default limit raises RecursionError; a raised limit allows deep recursion.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def forever(n):
    return forever(n + 1)


print(sys.getrecursionlimit())
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(900))
sys.setrecursionlimit(100000)
print(depth(50000))

