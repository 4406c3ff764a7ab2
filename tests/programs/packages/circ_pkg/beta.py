print("beta: start")
from . import alpha
B_VALUE = "beta value"
print("beta sees alpha.A_EARLY =", alpha.A_EARLY)
try:
    print(alpha.A_LATE)
except AttributeError as e:
    print("beta:", type(e).__name__, e)
print("beta: end")
