# Computes growing powers until math.exp overflows; the OverflowError is not caught.
import math

x = 1.0
for i in range(8):
    print(i, x, math.exp(x), math.log(math.exp(x)))
    x *= 4
print(math.fsum([math.exp(v) for v in [1.0, 2.0, 3.0]]))
try:
    math.exp(1000)
except OverflowError as e:
    print("caught:", e)
values = [10.0, 100.0, 700.0, 710.0]
for v in values:
    print(v, math.exp(v))
print("not reached")
