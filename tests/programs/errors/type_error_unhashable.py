print(hash(1) == hash(1.0), {(1, 2): "tuple ok"}, {frozenset([1]): "frozen ok"})
for key in ([1], {"a": 1}, {1, 2}, bytearray(b"x")):
    try:
        {key: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {1, [2]}
except TypeError as e:
    print("set literal:", e)
try:
    hash(([1],))
except TypeError as e:
    print("tuple containing list:", e)
d = {}
try:
    d[[1, 2]] = "x"
except TypeError as e:
    print("item assignment:", e)
try:
    [1] in {1: 1}
except TypeError as e:
    print("membership:", e)
print(d)
cache = {}
key = ["a", "b"]
print("storing with a list key")
cache[key] = 1
