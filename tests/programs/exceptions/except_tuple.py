def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except (ValueError, TypeError) as e:
        return "value/type: " + type(e).__name__ + " " + str(e)
    except (ArithmeticError,):
        return "arith"
    except Exception as e:
        return "other: " + type(e).__name__
for exc in (KeyError("k"), IndexError(), ValueError("v"), TypeError("t"), ZeroDivisionError(), OverflowError(), RuntimeError(), UnicodeError("u")):
    print(classify(exc))
handled = (OSError, EOFError)
try:
    raise EOFError("eof")
except handled as e:
    print("variable tuple:", type(e).__name__, e)
nested_types = (ValueError, (KeyError, (IndexError,)))
try:
    try:
        raise IndexError("deep")
    except nested_types as e:
        print("nested tuple works:", e)
except TypeError as e:
    print("nested tuple rejected:", type(e).__name__, e)
try:
    try:
        raise ValueError("x")
    except [ValueError] as e:
        print("list not allowed")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("y")
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("z")
    except (ValueError, 5):
        print("matched first element before bad one")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise KeyError("first")
except (KeyError, KeyError):
    print("duplicates fine")
try:
    raise ValueError
except ():
    print("empty tuple matches nothing")
except ValueError:
    print("fell to next clause")
