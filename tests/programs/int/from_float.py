# int() of floats truncates toward zero; huge floats become bigints.
for f in [0.0, -0.0, 0.5, -0.5, 0.999, -0.999, 1.5, -1.5, 2.5, 1e15 + 0.5,
          123.999, -123.999, 1e20, -1e20, 1e22, 1e100, 2.0**63, -2.0**63,
          2.0**64, 9007199254740993.0, 1.7976931348623157e308]:
    print(repr(f), int(f))
print(int(1e300) == 10**300, int(1e23))
print(int(True), int(False), int(-7))
def t(x):
    try:
        print(int(x))
    except Exception as e:
        print(type(e).__name__, e)
t(float("nan"))
t(float("inf"))
t(float("-inf"))
t(1e308 * 10)
print(float(2**53 + 1), float(-(2**63)), float(10**20))
print(float(2**1023), float(2**1024 - 2**970 - 1))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print("halfway rounds up:", type(e).__name__, e)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 // 10**399, 10**400 / 10**399)
print(2**1100 / 2**1090)
print(1 / 3, 2 / 4, 10 / 5, -7 / 2, type(10 / 5).__name__)
print((10**20 + 1) / 1, 10**16 / 3)
