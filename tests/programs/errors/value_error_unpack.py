a, b = "xy"
print(a, b)
first, *rest = [1, 2, 3]
print(first, rest)
for text in ["k=v", "key=value"]:
    k, v = text.split("=")
    print(k, v)
try:
    k, v = "novalue".split("=")
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = {"a": 1, "b": 2}
except ValueError as e:
    print(type(e).__name__, e)
try:
    (p, q), r = [1, 2], 3, 4
except ValueError as e:
    print(type(e).__name__, e)
line = "a=b=c"
print("unpacking", line.split("="))
key, value = line.split("=")
