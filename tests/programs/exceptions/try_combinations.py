def run(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("v")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def try_finally(raise_it):
    log = []
    try:
        try:
            log.append("try")
            if raise_it:
                raise KeyError("k")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer caught")
    return log
print(try_finally(False), try_finally(True))
def try_except_only():
    try:
        return int("x")
    except ValueError as e:
        return "handled: " + str(e)
print(try_except_only())
def try_else_no_finally(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        return "div by zero"
    else:
        return "ok " + str(r)
print(try_else_no_finally(2), try_else_no_finally(0))
def multiple_excepts(kind):
    try:
        if kind == 1:
            raise TypeError("t")
        if kind == 2:
            raise IndexError("i")
        if kind == 3:
            raise KeyError("k")
        return "none"
    except TypeError:
        return "TypeError branch"
    except LookupError as e:
        return "LookupError branch " + type(e).__name__
    except Exception:
        return "generic"
for k in range(4):
    print(k, multiple_excepts(k))
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "wrong: else exceptions aren't caught by same try"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer caught " + str(e)
print(else_raises())
