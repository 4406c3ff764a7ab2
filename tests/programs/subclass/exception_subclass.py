# Exception subclasses with custom __init__/__str__, args, attributes.
class AppError(Exception):
    pass

class HttpError(AppError):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"HTTP {self.status}: {self.reason or 'unknown'}"

class Quiet(AppError):
    def __init__(self, msg):
        self.msg = msg  # does not call super().__init__

class Detailed(ValueError):
    def __str__(self):
        return "detailed: " + super().__str__()
    def __repr__(self):
        return "Detailed!"

for exc in [AppError(), AppError("x"), AppError("x", 2), HttpError(404, "not found"), HttpError(500),
            Quiet("hush"), Detailed("bad", 3), Detailed()]:
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc) if not isinstance(exc, (HttpError, Quiet)) else "")

try:
    raise HttpError(403, "forbidden")
except AppError as e:
    print("caught", e, e.status, isinstance(e, Exception), type(e).__mro__[1].__name__)
try:
    raise Quiet("q")
except Exception as e:
    print("caught", repr(e), e.args, e.msg, str(e) == "q")

class WithNotes(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code
try:
    try:
        {}["k"]
    except KeyError as inner:
        raise WithNotes("wrap", code=7) from inner
except WithNotes as e:
    print(e, e.code, repr(e.__cause__), e.__suppress_context__, e.args)

class Retry(Exception):
    attempts = 0
    def __init__(self, n):
        Retry.attempts += 1
        super().__init__(f"attempt {n}")
errors = []
for i in range(3):
    try:
        raise Retry(i)
    except Retry as e:
        errors.append(str(e))
print(errors, Retry.attempts)

class LookupFail(LookupError, AppError):
    pass
try:
    raise LookupFail("multi")
except AppError as e:
    print("via AppError", e, [c.__name__ for c in LookupFail.__mro__])
e = HttpError(418, "teapot")
e.args = ("changed",)
print(e.args, str(e), e.__dict__)
print(issubclass(HttpError, BaseException), HttpError.__bases__, AppError.__name__)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
class BadStr(Exception):
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
try:
    KwOnly("positional")
except TypeError as e:
    print("TypeError:", e)
print(KwOnly(reason="r").args)
