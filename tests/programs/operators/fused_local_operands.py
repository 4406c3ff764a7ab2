# A local followed by `local op const`, `local op local`, `local cmp const`
# or `local cmp local`: the dispatch loop computes these at once for ints
# and floats; everything else (other types, overflow, errors, unbound
# locals, jumps into the middle of the sequence) must behave as written.


def arith(a, b):
    out = []
    out.append(a - 1)
    out.append(a + b)
    out.append(a * b)
    out.append(a // 2)
    out.append(a % 3)
    out.append(a ** 2)
    out.append(a / 4)
    c = a - b
    out.append(c)
    c = a * 2
    out.append(c)
    return out


print(arith(7, 3))
print(arith(-7, 3))
print(arith(2.5, 0.5))
print(arith(2**62, 2**62))
print(arith(True, False))


def other_types(a, b):
    return a + b, a * 2, a + "!" if isinstance(a, str) else a


print(other_types("ab", "cd"))
print(other_types([1], [2]))


def errors(a, b):
    for f in (lambda: a // b, lambda: a % b, lambda: a / b, lambda: a - None):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)


errors(1, 0)
errors(1.5, 0.0)


def unbound(flag):
    if flag:
        x = 1
    try:
        return x - 1
    except UnboundLocalError as e:
        return str(e)


print(unbound(True), unbound(False))


def unbound_second(flag):
    a = 5
    if flag:
        b = 2
    try:
        return a * b
    except UnboundLocalError as e:
        return str(e)


print(unbound_second(True), unbound_second(False))


def compare(a, b):
    r = []
    r.append(a < 2)
    r.append(a == b)
    r.append(a >= b)
    if a < b:
        r.append("lt")
    else:
        r.append("ge")
    n = 0
    while a < b:
        a += 1
        n += 1
        if n == 5:
            break
    r.append(a)
    return r


print(compare(1, 3))
print(compare(5.5, 2))
try:
    print(compare("a", "b"))
except TypeError as e:
    print("TypeError", e)


def str_compare(a, b):
    return a < b, a == b, a >= "b"


print(str_compare("a", "b"))
print(compare(1, 2**70))


def middle(c, a, b):
    # The `- 1` is reached both by falling through from the load of `b`
    # and by a jump from the `a` branch.
    return (a if c else b) - 1, (a if c else b) < 3


print(middle(True, 10, 20), middle(False, 10, 2))


def augmented(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total, i


print(augmented(10), augmented(0))


class Num:
    def __init__(self, v):
        self.v = v

    def __sub__(self, other):
        return Num(self.v - other)

    def __lt__(self, other):
        print("Num.__lt__", self.v, other)
        return self.v < other

    def __repr__(self):
        return f"Num({self.v})"


def custom(x):
    y = x - 1
    return y, x < 5


print(custom(Num(3)))
