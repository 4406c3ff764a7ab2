try:
    try:
        raise KeyError("low")
    except KeyError as e:
        raise ValueError("high") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
    print(e.__suppress_context__, e.__cause__ is e.__context__)
try:
    try:
        raise KeyError("low")
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("low")
    except KeyError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("no context") from OSError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("cause class") from IndexError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)
fresh.__cause__ = TypeError("set manually")
print(repr(fresh.__cause__), fresh.__suppress_context__)
def chain3():
    try:
        try:
            try:
                raise ValueError("one")
            except ValueError:
                raise TypeError("two")
        except TypeError:
            raise KeyError("three")
    except KeyError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(type(cur).__name__)
            cur = cur.__context__
        return chain
print(chain3())
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        err = ValueError("with cause")
        err.__cause__ = z
        raise err
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
