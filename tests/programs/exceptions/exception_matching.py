def which(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except KeyError:
        return "KeyError (unreachable)"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in (KeyError(), IndexError(), ZeroDivisionError(), ValueError(), SystemExit(), KeyboardInterrupt()):
    print(type(exc).__name__, "->", which(exc))
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("SystemExit is not an Exception")
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("BaseException catches", type(e).__name__)
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is Exception:", type(e).__name__)
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except ValueError as e:
    print(type(e).__name__, e)
class MyErr(ValueError):
    pass
try:
    raise MyErr("mine")
except ValueError as e:
    print("subclass caught by base:", type(e).__name__, e)
try:
    try:
        raise MyErr("x")
    except MyErr:
        raise ValueError("converted")
except MyErr:
    print("wrong")
except ValueError as e:
    print("converted caught:", e)
try:
    while True:
        raise ValueError("in loop")
except ValueError:
    print("loop exited by exception")
try:
    [1, 2, 3].index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    {}.pop("nokey")
except KeyError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
