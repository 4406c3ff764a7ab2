# Division by zero raises ZeroDivisionError with exact messages.
def t(name, f):
    try:
        print(name, f())
    except (ZeroDivisionError, ValueError) as e:
        print(name, type(e).__name__, e)

t("1//0", lambda: 1 // 0)
t("1%0", lambda: 1 % 0)
t("divmod(1,0)", lambda: divmod(1, 0))
t("1/0", lambda: 1 / 0)
t("big//0", lambda: 10**30 // 0)
t("big%0", lambda: (-10**30) % 0)
t("big/0", lambda: 10**30 / 0)
t("0//0", lambda: 0 // 0)
t("0**-1", lambda: 0 ** -1)
t("pow(0,-2)", lambda: pow(0, -2))
t("divmod(big,0)", lambda: divmod(2**70, 0))
t("1/False", lambda: 1 / False)
t("True%False", lambda: True % False)
t("pow(3,2,0)", lambda: pow(3, 2, 0))
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e)
try:
    x %= 0
except ZeroDivisionError as e:
    print("augmented:", e)
print("x still", x)
try:
    x /= 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError))
print(1 // 1, 0 % 1, divmod(0, 7))
