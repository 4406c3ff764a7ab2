def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 3, 10, 1000):
    print(v, classify(v))
# truthiness of various values
for val in (0, 1, "", "a", [], [0], {}, {"k": 0}, None, 0.0, -0.0, 0j, (), (None,), set(), range(0), range(1)):
    if val:
        print(repr(val), "truthy")
    else:
        print(repr(val), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10:
    pass
else:
    print("else taken")
if not x:
    print("no")
elif x and x - 5:
    print("no2")
elif x or 0:
    print("elif with or")
class Plain:
    pass
if Plain():
    print("plain instance is truthy")
class Sized:
    def __len__(self):
        return 0
print("sized", "truthy" if Sized() else "falsy")
