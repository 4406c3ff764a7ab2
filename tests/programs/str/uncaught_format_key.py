# A report template filled by str.format_map; a missing key ends it with KeyError.
template = "{name:<10}|{qty:>5}|{price:>8.2f}|{note}"
rows = [{"name": "apple", "qty": 3, "price": 0.5, "note": "fresh"},
        {"name": "banana", "qty": 12, "price": 0.25, "note": "ripe"},
        {"name": "cherry", "qty": 100, "price": 3.0}]
print("{:<10}|{:>5}|{:>8}|{}".format("NAME", "QTY", "PRICE", "NOTE"))
print("-" * 32)
for row in rows:
    print(template.format_map(row))
print("not reached")
