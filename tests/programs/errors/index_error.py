items = [10, 20, 30]
print(items[0], items[-1], items[2], items[-3])
for seq in ([1, 2], (1, 2), "ab", range(2), b"ab"):
    try:
        seq[5]
    except IndexError as e:
        print(type(seq).__name__, type(e).__name__, e)
try:
    items[-4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(3)
except IndexError as e:
    print(type(e).__name__, e)
try:
    items["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    items[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(items[1:100], items[100:], items[-100:1])
print("the next access fails")
print(items[3])
