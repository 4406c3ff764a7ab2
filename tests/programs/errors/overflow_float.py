print(float(10 ** 300) > 0, float(2 ** 1023) > 0)
for n in (10 ** 309, -(10 ** 400), 2 ** 1024):
    try:
        float(n)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("true division:", e)
try:
    1.5 * 10 ** 400
except OverflowError as e:
    print("mixed arithmetic:", e)
print("float times int gives inf, no error:", 1e308 * 10 ** 10)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, 1e308 * 10)
print("converting a huge int")
float(10 ** 400)
