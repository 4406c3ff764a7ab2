print(10 / 4, 10 // 4, 10 % 4)
for a, b in [(1, 0), (0, 0), (-5, 0)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)
    try:
        a // b
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
try:
    divmod(7, 0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("pow", e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print("pow()", e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
n = 0
print("dividing by", n)
print(100 // n)
