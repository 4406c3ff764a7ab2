import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("recursion")
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(str(e).startswith("maximum recursion depth exceeded"))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("recursion (mutual)")
def still_works(n):
    return 0 if n == 0 else 1 + still_works(n - 1)
print("after recovery:", still_works(100))
print(sys.getrecursionlimit() >= 1000)
count = 0
def counted():
    global count
    count += 1
    counted()
try:
    counted()
except RecursionError:
    print("counted deep:", count > 500)
class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError:
    print("recursion in __repr__")
