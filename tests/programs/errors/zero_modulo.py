print(17 % 5, -17 % 5, 17 % -5)
try:
    5 % 0
except ZeroDivisionError as e:
    print("int %:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("float %:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
try:
    "%d" % 5 % 0
except ZeroDivisionError as e:
    print("str then int:", e)
except TypeError as e:
    print("str % int:", e)
vals = [10, 7, 3]
for v in vals:
    print(v, v % 3)
m = len([])
print("modulus is", m)
print(10 % m)
