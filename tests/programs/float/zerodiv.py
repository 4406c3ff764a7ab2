# Float ZeroDivisionError messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except (ZeroDivisionError, OverflowError) as e:
        print(label, type(e).__name__, e)

t("1.0/0", lambda: 1.0 / 0)
t("1/0.0", lambda: 1 / 0.0)
t("0.0/0.0", lambda: 0.0 / 0.0)
t("1.0//0", lambda: 1.0 // 0)
t("1.0//0.0", lambda: 1.0 // 0.0)
t("1.0%0", lambda: 1.0 % 0)
t("5%0.0", lambda: 5 % 0.0)
t("divmod(1.0, 0)", lambda: divmod(1.0, 0))
t("divmod(1, 0.0)", lambda: divmod(1, 0.0))
t("inf/0.0", lambda: float("inf") / 0.0)
t("nan/0.0", lambda: float("nan") / 0.0)
t("1.0/-0.0", lambda: 1.0 / -0.0)
t("10**400/0.0", lambda: 10 ** 400 / 0.0)
t("1.0/1e-320", lambda: 1.0 / 1e-320)
t("1.0/5e-324", lambda: 1.0 / 5e-324)
t("True/0.0", lambda: True / 0.0)
t("0.0**-2", lambda: 0.0 ** -2)
x = 3.0
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented", e)
try:
    x %= 0.0
except ZeroDivisionError as e:
    print("augmented", e)
try:
    x //= 0.0
except ZeroDivisionError as e:
    print("augmented", e)
print(x)
