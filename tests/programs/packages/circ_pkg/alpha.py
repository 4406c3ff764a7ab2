print("alpha: start")
A_EARLY = "alpha early"
from . import beta
A_LATE = "alpha late"
def use_beta():
    return beta.B_VALUE
print("alpha: end")
