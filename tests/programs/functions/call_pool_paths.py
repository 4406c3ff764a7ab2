# The pooled-frame call path: frames reused across different functions,
# functions whose only reference is the stack, methods through
# LoadMethod's marker, deep returns that grow the caller's stack, and the
# recursion limit.
import sys


def add(a, b):
    return a + b


def mul(a, b):
    c = a * b
    return c


def alternate(n):
    total = 0
    for i in range(n):
        # Each call finds the frame the other function left in the pool.
        total = add(total, i)
        total = mul(total, 1)
    return total


print("alternate", alternate(50))

# The only reference to the function is on the stack.
print("lambda", (lambda x, y: x * 10 + y)(4, 2))
print("nested lambda", (lambda: (lambda q: q + 1)(41))())


def make_adder(k):
    def adder(x):
        return x + k

    return adder


# A closure (free variables) takes the general path.
print("closure", make_adder(5)(10), [make_adder(i)(i) for i in range(4)])


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        return self.n

    def twice(self, by):
        self.bump(by)
        return self.bump(by)


c = Counter()
for i in range(5):
    c.twice(i)
print("method", c.n)

# A function stored on the instance: LoadMethod leaves a marker.
c.fn = add
print("instance function", c.fn(3, 4))


def deep_value(n):
    if n == 0:
        return [1, 2, 3]
    return deep_value(n - 1)


print("deep", deep_value(200))


def values_on_stack(n):
    # The return value lands above other values on the caller's stack.
    return (n, add(n, 1), mul(n, 2), add(mul(n, 3), add(n, n)), n)


print("stack", values_on_stack(7))


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)


def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)


# Well below the limit after the error: the depth was unwound.
print(count_down(sys.getrecursionlimit() - 50))


def wrong_arity(a, b):
    return a


try:
    wrong_arity(1)
except TypeError as e:
    print("TypeError", e)


def with_default(a, b=2):
    return a + b


print("default", with_default(1), with_default(1, 5))
