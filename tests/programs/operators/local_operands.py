# Binary operators whose right operand is a local (`x * y`) and whose
# result goes straight into a local (`z = x * y`): every kind of operand,
# overflow into big ints, unbound locals, user types and their errors.
def arith(x, y):
    z = x * y
    w = z - x
    q = w + y
    return z, w, q


print(arith(3, 4), arith(2.5, 4), arith(3, 0.5), arith(True, 2))
print(arith(9223372036854775807, 3))


def unbound(flag):
    if flag:
        y = 2
    x = 1
    return x + y


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


class V:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return V(self.v * other)

    def __rmul__(self, other):
        return V(other * self.v)

    def __repr__(self):
        return f"V({self.v})"


def user(a, b):
    c = a * b
    return c


print(user(V(2), 5), user(5, V(3)))
print(user("ab", 2), user([1], 3))
try:
    user(V(2), "x")
except TypeError as e:
    print("TypeError", e)
try:
    user({}, 2)
except TypeError as e:
    print("TypeError", e)


def loop(n):
    total = 0
    step = 3
    for i in range(n):
        total = total + step
        total = total % 1000003
        step = step * 7
    return total, step


print(loop(50))


class Del:
    def __del__(self):
        print("freed")


def rebind():
    d = Del()
    one = 1
    d = one + one
    print("after", d)


rebind()
