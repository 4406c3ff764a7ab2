e = "before"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def in_function():
    try:
        raise KeyError("k")
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return type(err).__name__ + ": " + str(err)
print(in_function())
def keep_reference():
    saved = None
    try:
        raise TypeError("saved")
    except TypeError as exc:
        saved = exc
    return saved
print(repr(keep_reference()))
x = 1
try:
    1 / 0
except ZeroDivisionError:
    pass
print("no 'as' leaves names alone:", x)
def del_inside():
    try:
        raise ValueError("v")
    except ValueError as ex:
        del ex
    return "deleting inside handler is fine"
print(del_inside())
def not_raised():
    try:
        pass
    except ValueError as never:
        pass
    try:
        return never
    except UnboundLocalError as err:
        return "never bound: " + str(err)
print(not_raised())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        last = loop_err
print(repr(last), "loop_err" in globals())
