# Operators with a constant right operand (`n - 1`, `i < 10`, `x is None`):
# every type combination, overflow, and user types.
big = 9223372036854775807
print(big + 1, -big - 2, big * 2, big // 1, big % 7)
print(True + 1, False - 1, True < 2, 3.5 + 1, 7 - 0.5, 2 ** 10, 2 ** -1)
print(1.0 < 2, 2 < 2.5, 5 // 2, -5 // 2, -5 % 3, 5.0 // 2, 7 / 2)
print("ab" + "cd", "x" * 3, [1] * 2, (1,) + (2,), "a" < "b", "b" in "abc")
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    x = "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    x = [] < 1
except TypeError as e:
    print("TypeError", e)


class N:
    def __init__(self, v):
        self.v = v

    def __sub__(self, other):
        return N(self.v - other)

    def __rsub__(self, other):
        return N(other - self.v)

    def __lt__(self, other):
        return self.v < other

    def __eq__(self, other):
        return "eq-result"

    def __repr__(self):
        return f"N({self.v})"


n = N(10)
print(n - 1, 1 - n, n < 11, n < 5, n == 3)
if n < 11:
    print("lt jump")
while n < 13:
    n = N(n.v + 1)
print(n)


def count(k):
    total = 0
    i = 0
    while i < k:
        total += i * 2
        i += 1
    return total


print(count(10), count(0))


def kind(x):
    if x is None:
        return "none"
    if x is not True:
        return "not-true"
    return "true"


print(kind(None), kind(True), kind(0), kind(n))
print(None is None, n is None, n is not None)
f = 0.1
for _ in range(3):
    f = f * 3 + 0.5
print(f, f > 3.0, f == 8.65)
