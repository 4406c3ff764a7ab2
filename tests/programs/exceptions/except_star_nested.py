eg = ExceptionGroup("top", [
    ValueError("v-top"),
    ExceptionGroup("mid", [TypeError("t-mid"), ValueError("v-mid"),
        ExceptionGroup("low", [KeyError("k-low")])]),
])
try:
    raise eg
except* ValueError as g:
    print("values:", repr(g))
except* KeyError as g:
    print("keys:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
try:
    try:
        raise eg
    except* KeyError as g:
        print("keys only")
except ExceptionGroup as rest:
    print("remaining:", repr(rest))
    print("structure kept:", [type(x).__name__ for x in rest.exceptions])
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise IndexError("from handler")
    except* TypeError:
        print("TypeError handled")
except Exception as e:
    print(repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise IndexError("first handler")
    except* TypeError:
        raise KeyError("second handler")
except ExceptionGroup as e:
    print(repr(e), [repr(x.__context__) for x in e.exceptions])
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as e:
    print("both re-raised:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [OSError("o"), ValueError("v")])
    except* OSError as e:
        raise RuntimeError("wrapped") from e
except ExceptionGroup as e:
    inner = e.exceptions[0]
    print(repr(e.exceptions), repr(inner.__cause__))
def count_leaves(g):
    n = 0
    for x in g.exceptions:
        n += count_leaves(x) if isinstance(x, BaseExceptionGroup) else 1
    return n
print(count_leaves(eg))
