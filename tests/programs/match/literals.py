# Literal patterns: numbers, strings, bytes, singletons (compared with `is`).

def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.25:
            return "minus a quarter"
        case 1 + 2j:
            return "complex 1+2j"
        case -3j:
            return "complex -3j"
        case -1 - 1j:
            return "complex -1-1j"
        case 12345678901234567890123:
            return "big int"
        case -98765432109876543210:
            return "negative big int"
        case 0x10 | 0o20 | 0b10000:
            return "sixteen"
        case "":
            return "empty str"
        case "spam" | "eggs":
            return "food"
        case "tab\there":
            return "escaped"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes"
        case "é":
            return "accented"
        case _:
            return "other"

values = [None, True, False, 0, 1, -1, 0.0, 1.0, -1.0, 2.5, -0.25, 1 + 2j,
          complex(0, -3), -1 - 1j, 12345678901234567890123, -98765432109876543210,
          16, 16.0, "", "spam", "eggs", "tab\there", "concat", b"raw", bytearray(b"raw"),
          "raw", "é", 2, "None", [], ()]
for v in values:
    print(repr(v), "->", kind(v))

# 1 == True but `case True` uses identity; `case 1` uses equality.
def one_or_true(v):
    match v:
        case 1:
            return "matched 1"
        case True:
            return "matched True"
    return "nothing"

print(one_or_true(True), one_or_true(1), one_or_true(1.0), one_or_true(False))

class Weird:
    def __eq__(self, other):
        print("  Weird.__eq__ called with", repr(other))
        return other == "x"

match Weird():
    case "a":
        print("matched a")
    case "x":
        print("matched x via __eq__")

class AlwaysEqual:
    def __eq__(self, other):
        return True

match AlwaysEqual():
    case None:
        print("None?!")
    case 42:
        print("42 by equality")

nan = float("nan")
match nan:
    case 1.5:
        print("no")
    case _:
        print("nan matches no literal")
