print("shop_pkg.reports: init, __package__ =", __package__)
from .. import models
from ..util import fmt
TITLE = "Reports"
