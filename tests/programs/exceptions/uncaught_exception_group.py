errors = []
for i, s in enumerate(["1", "x", "3", "y"]):
    try:
        print("parsed", int(s))
    except ValueError as e:
        print("failed", i)
        errors.append(e)
print(len(errors), "errors collected")
try:
    raise ExceptionGroup("caught group", errors)
except* ValueError as g:
    print("handled", len(g.exceptions))
try:
    raise ExceptionGroup("mixed", [KeyError("k"), *errors])
except* KeyError as g:
    print("keys", repr(g))
except* ValueError as g:
    print("values", len(g.exceptions))
print("raising final group")
raise ExceptionGroup("parse failures", errors)
