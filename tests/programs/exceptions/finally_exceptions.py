def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    finally_raises()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def handler_and_finally():
    log = []
    try:
        try:
            raise KeyError("k")
        except KeyError:
            log.append("handler")
            raise
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer")
    return log
print(handler_and_finally())
def exception_in_else():
    log = []
    try:
        try:
            log.append("try")
        except Exception:
            log.append("never")
        else:
            log.append("else")
            raise RuntimeError("else error")
        finally:
            log.append("finally")
    except RuntimeError as e:
        log.append("caught " + str(e))
    return log
print(exception_in_else())
def finally_order():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                out.append("ok%d" % i)
            finally:
                out.append("fin%d" % i)
        except ValueError:
            out.append("handled%d" % i)
    return out
print(finally_order())
def exception_var_in_finally():
    try:
        raise IndexError("idx")
    except IndexError as e:
        msg = str(e)
    finally:
        result = "finally sees msg: " + msg
    return result
print(exception_var_in_finally())
def nested_cleanup():
    log = []
    try:
        try:
            try:
                raise OSError("deep")
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    except OSError as e:
        log.append("caught " + str(e))
    finally:
        log.append("f3")
    return log
print(nested_cleanup())
