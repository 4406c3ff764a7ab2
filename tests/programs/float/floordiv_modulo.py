# Float // and % follow the sign of the divisor; divmod matches.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5),
         (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (1.0, 0.1), (5.0, 0.5),
         (1e300, 1e-300), (-1.0, 1e100), (1.0, -1e100), (3.0, float("inf")),
         (-3.0, float("inf")), (3.0, float("-inf")), (-3.0, float("-inf")),
         (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0), (0.3, 0.1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
nan = float("nan")
inf = float("inf")
print(inf // 2.0, inf % 2.0, nan // 1.0, nan % 1.0, 5.0 // nan)
print(divmod(inf, 3.0), divmod(-5.0, inf))
print(type(7.5 // 2).__name__, type(divmod(7, 2.0)[0]).__name__)
print(-1e-20 % 1.0, 1e-20 % -1.0, -1e-20 // 1.0)
print(10**20 // 3.0, 10**20 % 7.0, -(10**20) % 7.0)
print(2.5 % 1, -2.5 % 1, 2.5 % -1, -2.5 % -1)
