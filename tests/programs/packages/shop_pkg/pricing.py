print("shop_pkg.pricing: loading")
from .models import Item, make
from . import util
from .util import fmt as format_price, RATE
def total(items):
    return sum(i.price for i in items)
def with_tax(items):
    t = total(items)
    return t + t * RATE // 100
def describe(items):
    return ", ".join(f"{i.name}={format_price(i.price)}" for i in items)
