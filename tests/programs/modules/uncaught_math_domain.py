# Prints square roots and logs, then dies with an uncaught math domain error.
import math
for v in [4.0, 2.0, 1.0, 0.25, 0.0]:
    print(v, math.sqrt(v))
for v in [1.0, math.e, 100.0]:
    print(v, format(math.log(v), ".12g"))
try:
    math.log(-1)
except ValueError as e:
    print("caught:", e)
def rms(xs):
    return math.sqrt(sum([x * x for x in xs]) / len(xs))
print(rms([3.0, 4.0]))
print(math.sqrt(-1.0))
print("not reached")
