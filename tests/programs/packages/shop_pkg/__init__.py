"""A tiny shop package used by the package tests."""
print("shop_pkg: init running, __name__ =", __name__, "__package__ =", __package__)
VERSION = (1, 4)
from .models import Item
from . import util
_secret = "hidden"
__all__ = ["Item", "VERSION", "util"]
