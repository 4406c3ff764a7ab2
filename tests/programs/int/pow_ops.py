# ** and pow(), including negative exponents and three-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, type(2 ** -1).__name__)
print(1 ** 10**20, (-1) ** (10**20 + 1), 0 ** 10**20)
print(3 ** 100)
print((-3) ** 101)
print(pow(2, 10), pow(2, -10), pow(0, 0))
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 100, 10**9 + 7), pow(10**30, 10**10, 998244353))
print(pow(3, -1, 7), pow(2, -1, 11), pow(5, -2, 13), pow(-4, -1, 9))
print(pow(38, -1, 97) * 38 % 97)
print(pow(7, 0, 1), pow(7, 0, 13), pow(0, 0, 5))
print(pow(123456789, -1, 10**18 + 9))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: pow(2, -1, 4))
t(lambda: pow(0, -1, 5))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 0.5, 5))
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3))
print((-1) ** 0.5)
print(10 ** 18, 10 ** 19, 10 ** 20)
x = 7
x **= 3
print(x)
x **= -1
print(x)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(base=2, exp=5), pow(base=3, exp=2, mod=5))
