# Complex division by zero and other complex errors.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

t("1j/0", lambda: 1j / 0)
t("1j/0j", lambda: 1j / 0j)
t("1/0j", lambda: 1 / 0j)
t("(1+2j)/0.0", lambda: (1 + 2j) / 0.0)
t("0j/0j", lambda: 0j / 0j)
t("1.5/complex(0,0)", lambda: 1.5 / complex(0, 0))
t("1j/complex(-0.0, 0)", lambda: 1j / complex(-0.0, 0))
t("0j**-1", lambda: 0j ** -1)
t("0j**(-1+0j)", lambda: 0j ** (-1 + 0j))
t("0j**1j", lambda: 0j ** 1j)
t("1j/1e-320", lambda: 1j / 1e-320)
t("complex('x')", lambda: complex("x"))
t("abs(1e308+1e308j)", lambda: abs(1e308 + 1e308j))
z = 2 + 2j
try:
    z /= 0
except ZeroDivisionError as e:
    print("augmented", type(e).__name__, e)
print(z)
