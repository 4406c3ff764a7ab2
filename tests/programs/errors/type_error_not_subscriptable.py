print("abc"[1], [1, 2][0], {"k": 1}["k"], (9,)[0])
for obj in (5, 2.5, None, len, True):
    try:
        obj[0]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {1, 2}[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    5[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "text"["a"]
except TypeError as e:
    print(type(e).__name__, e)
record = None
print("indexing None")
record["name"]
