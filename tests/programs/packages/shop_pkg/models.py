"""Data model of the shop."""
print("shop_pkg.models: loading, __package__ =", __package__)
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"
def make(*pairs):
    return [Item(n, p) for n, p in pairs]
