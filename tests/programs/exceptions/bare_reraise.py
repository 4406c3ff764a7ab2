def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("caught", type(e).__name__, e)
def reraise_after_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except Exception as e:
    print("re-raised", type(e).__name__, e)
def reraise_same_object():
    err = OSError("obj")
    try:
        raise err
    except OSError as e:
        try:
            raise
        except OSError as again:
            return again is err
print(reraise_same_object())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def modify_then_reraise():
    try:
        raise ValueError("msg")
    except ValueError as e:
        e.args = ("modified",)
        raise
try:
    modify_then_reraise()
except ValueError as e:
    print(e)
def raise_e_again():
    try:
        raise IndexError("again")
    except IndexError as e:
        raise e
try:
    raise_e_again()
except IndexError as e:
    print("raise e works:", e, e.__context__)
def raise_class():
    raise KeyError
try:
    raise_class()
except KeyError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
