# round() and abs() with ints, including negative ndigits and bigints.
for n in [0, 5, -5, 15, 25, 35, -25, 149, 150, 250, 251, -150, -250, 12345, -12345]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 1))
print(type(round(15, -1)).__name__, type(round(7)).__name__)
print(round(10**30 + 5 * 10**9, -10), round(-(10**30) - 5 * 10**9, -10))
print(round(2**100, -20), round(-(2**100), -30))
print(round(5, -5), round(50000, -5), round(50001, -5), round(150000, -5))
print(round(99, -100), round(-1, 10))
print(abs(0), abs(-0), abs(7), abs(-7), abs(-(2**100)), abs(2**63), abs(-(2**63)))
print(abs(True), abs(False), type(abs(True)).__name__)
print(round(True), type(round(True)).__name__, round(True, -1))
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print((255).__round__(-1), (-255).__abs__())
