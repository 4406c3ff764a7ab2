def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    except TypeError:
        print("never: TypeError at", n)
        raise
print("start")
try:
    level(3)
except ValueError as e:
    print("caught at top:", e)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        print("inner handler", repr(e))
        try:
            raise IndexError("in handler")
        except IndexError as e2:
            print("nested handler", e2, "context:", repr(e2.__context__))
        print("back in inner handler")
    print("after inner try")
except Exception:
    print("not reached")
try:
    try:
        raise ValueError("a")
    except TypeError:
        print("wrong handler")
    print("not reached")
except ValueError as e:
    print("outer handled", e)
def handler_in_function():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return inner_handler(e)
def inner_handler(e):
    try:
        raise RuntimeError("from helper")
    except RuntimeError as r:
        return (str(e), str(r), r.__context__ is None)
print(handler_in_function())
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError
            if i == 1:
                raise TypeError
        except ValueError:
            print(i, "inner ValueError")
        else:
            print(i, "inner else")
    except TypeError:
        print(i, "outer TypeError")
