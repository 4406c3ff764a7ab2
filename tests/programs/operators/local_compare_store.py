# Comparisons of a value with a local (`i < n`) and `x = x op y` /
# `x += c` stores, on numbers and on other types, including unbound locals.


def count(n):
    i = 0
    total = 0
    while i < n:
        total += i & 7
        i += 1
    return i, total


print(count(10), count(0), count(-3))


def floats(a, b):
    out = []
    x = a
    while x <= b:
        out.append(x)
        x = x + 0.5
    return out


print(floats(1.0, 3.0))


def mixed(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


print(mixed(1, 2.5), mixed(2.5, 1), mixed("a", "b"), mixed((1, 2), (1, 3)))


class Money:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    def __repr__(self):
        return f"Money({self.v})"


def money(limit):
    m = Money(0)
    step = Money(3)
    while m < limit:
        m = m + step
        m += 1
    return m


print(money(Money(10)))


def strings():
    s = ""
    t = "ab"
    while len(s) < 6:
        s = s + t
        s += "-"
    return s


print(strings())


def big():
    x = 2**62
    y = x
    x = x + y
    x += x
    return x, x < y, y < x


print(big())


def unbound_compare(flag):
    if flag:
        n = 5
    i = 0
    return i < n


print(unbound_compare(True))
try:
    unbound_compare(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_store(flag):
    if flag:
        y = 2
    x = 1
    x = x + y
    return x


print(unbound_store(True))
try:
    unbound_store(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def overflow():
    x = 9223372036854775807
    x += 1
    y = -9223372036854775808
    y = y - 1
    return x, y


print(overflow())


def nan_compare():
    a = float("nan")
    b = 1.0
    return a < b, a > b, a == a, a != a


print(nan_compare())
