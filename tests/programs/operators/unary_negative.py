# Unary minus on the types run_fast negates itself (ints, floats) and on
# everything it hands on (overflow into big ints, bools, big ints,
# complex, __neg__ methods, errors).
import sys

small = [0, 1, -1, 7, -123456789]
print([-x for x in small])
m = -sys.maxsize - 1
print(-m, type(-m).__name__, -(-m))
print([-x for x in (0.0, -0.0, 1.5, float("inf"))], str(-float("nan")))
print(-True, -False, -(2**70), -(-(2**70)), -(1 + 2j))


class V:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return V(-self.v)


print((-V(3)).v, (-(-V(4))).v)
keys = sorted([(3, "c"), (1, "a"), (2, "b")], key=lambda kv: (-kv[0], kv[1]))
print(keys)
try:
    -"text"
except TypeError as e:
    print("TypeError:", e)
