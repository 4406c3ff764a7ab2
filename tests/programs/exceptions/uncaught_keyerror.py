inventory = {"apple": 3, "pear": 5}
for fruit in ("apple", "pear"):
    print(fruit, inventory[fruit])
inventory["plum"] = 0
print(sorted(inventory))
print(inventory.get("grape", "no grape"))
try:
    inventory["kiwi"]
except KeyError as e:
    print("caught", repr(e))
total = 0
for v in inventory.values():
    total += v
print("total", total)
print("looking up banana")
print(inventory["banana"])
