print(int("42"), int("-7"), int("  12  "), int("0b11", 0), int("z", 36))
for text in ["abc", "", "1.5", "12a", "0x10", " ", "1 2"]:
    try:
        int(text)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), int(True))
print("parsing user input")
user = "abc"
print(int(user))
