# math integer functions: factorial, comb, perm, gcd, lcm, isqrt, floor/ceil/trunc.
import math
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(500))), math.factorial(25) // math.factorial(23))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(), math.gcd(7))
print(math.gcd(12, 18, 24, 36), math.gcd(2**100, 6**50), math.gcd(10**30, 10**20 + 5))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**64, 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10**40), math.isqrt(2**101))
print(math.isqrt(10**100 + 1), math.isqrt(12345678901234567890123))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(2.9), math.trunc(-2.9))
print(type(math.floor(2.5)).__name__, type(math.ceil(1.0)).__name__, math.floor(7), math.ceil(-7), math.trunc(10**20))
print(math.floor(1e20), math.ceil(1e300) == int(1e300), math.floor(-0.5), math.ceil(-0.5), math.floor(True))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.factorial(-1))
t(lambda: math.factorial(2.0))
t(lambda: math.comb(-1, 2))
t(lambda: math.comb(5, -1))
t(lambda: math.perm(1.5, 1))
t(lambda: math.isqrt(-1))
t(lambda: math.gcd(1.5, 2))
t(lambda: math.floor(float("inf")))
t(lambda: math.ceil(float("nan")))
t(lambda: math.trunc("x"))
