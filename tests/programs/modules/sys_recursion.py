# setrecursionlimit and a deep recursion of 50,000 frames; RecursionError when too deep.
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(60000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def sum_to(n):
    return n if n == 0 else n + sum_to(n - 1)
print(sum_to(40000))
sys.setrecursionlimit(1000)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
