def raise_group():
    raise ExceptionGroup("group", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    raise_group()
except* ValueError as eg:
    print("ValueErrors:", repr(eg))
except* TypeError as eg:
    print("TypeErrors:", repr(eg))
except* LookupError as eg:
    print("Lookups:", repr(eg), [type(x).__name__ for x in eg.exceptions])
print("all handled")
try:
    try:
        raise_group()
    except* ValueError as eg:
        print("handled only", len(eg.exceptions), "ValueErrors")
except ExceptionGroup as rest:
    print("rest propagates:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg), type(eg).__name__)
try:
    try:
        raise TypeError("naked type")
    except* ValueError:
        print("not reached")
except TypeError as e:
    print("unmatched naked re-raised as itself:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise in except*:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise KeyError("new in handler")
except Exception as e:
    print("single new error escapes unwrapped:", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("new in handler")
except Exception as e:
    print("new + unhandled:", repr(e), repr(e.exceptions[0]))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("first")
else:
    print("no else")
finally:
    print("finally after except*")
try:
    pass
except* ValueError:
    pass
else:
    print("else when nothing raised")
