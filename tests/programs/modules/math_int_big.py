# Exact integer functions: factorial, comb, perm, gcd, lcm, isqrt with big ints.
import math

def check(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e)

for n in [0, 1, 2, 10, 20, 21, 25, 40, 100]:
    print("factorial", n, math.factorial(n))
print(math.factorial(1000) % 1000000007, math.factorial(2000) // math.factorial(1998))
print(math.factorial(True), math.factorial(False))
for n, k in [(5, 2), (10, 5), (52, 5), (100, 50), (200, 3), (7, 9), (0, 0), (30, 15)]:
    print("comb", n, k, math.comb(n, k), "perm", math.perm(n, k))
print(math.perm(6), math.perm(10, None), math.comb(2 ** 70, 2), math.perm(2 ** 70, 3))
print(math.comb(10 ** 20, 3), math.comb(10, 2 ** 70), math.perm(10, 2 ** 70))
print(math.gcd(), math.gcd(0), math.gcd(-15), math.gcd(12, 18), math.gcd(-12, -18), math.gcd(0, 0))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(3 ** 80, 2 ** 80), math.gcd(12, 18, 30, 42), math.gcd(True, 4))
print(math.gcd(-2 ** 63, 0), math.gcd(-2 ** 63), math.gcd(10 ** 30, 10 ** 20 + 10))
print(math.lcm(), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, 10, 15), math.lcm(0, 2 ** 80))
print(math.lcm(2 ** 64, 3), math.lcm(-2 ** 40, 2 ** 41 * 3), math.lcm(*range(1, 31)))
for n in [0, 1, 3, 4, 15, 16, 17, 99, 2 ** 52 - 1, 2 ** 52, 2 ** 62, 2 ** 63 - 1, 10 ** 40, 2 ** 101, 10 ** 100 + 1]:
    r = math.isqrt(n)
    print("isqrt", n, r, r * r <= n < (r + 1) * (r + 1))
check("factorial(-1)", lambda: math.factorial(-1))
check("factorial(-2**70)", lambda: math.factorial(-2 ** 70))
check("factorial(2**70)", lambda: math.factorial(2 ** 70))
check("comb(-1, 2)", lambda: math.comb(-1, 2))
check("comb(5, -1)", lambda: math.comb(5, -1))
check("comb(10**20, 10**19)", lambda: math.comb(10 ** 20, 10 ** 19))
check("perm(-3)", lambda: math.perm(-3))
check("perm(3, -1)", lambda: math.perm(3, -1))
check("perm(1.5, 1)", lambda: math.perm(1.5, 1))
check("isqrt(-1)", lambda: math.isqrt(-1))
check("isqrt(-2**70)", lambda: math.isqrt(-2 ** 70))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(math.factorial(Idx(6)), math.comb(Idx(6), Idx(2)), math.gcd(Idx(12), Idx(8)), math.isqrt(Idx(50)))
print(math.perm(Idx(5), Idx(2)), math.lcm(Idx(3), 4), math.sqrt(Idx(16)), math.log(Idx(1)))
