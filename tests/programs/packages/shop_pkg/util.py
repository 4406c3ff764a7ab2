print("shop_pkg.util: loading")
def fmt(cents):
    return f"${cents // 100}.{cents % 100:02d}"
RATE = 8
