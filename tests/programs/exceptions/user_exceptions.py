class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return self.field + ": " + self.message
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + repr(key))
        self.key = key
class CustomRepr(Exception):
    def __repr__(self):
        return "CustomRepr!"
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field)
    print(repr(e))
try:
    raise NotFound("k1")
except NotFound as e:
    print(type(e).__name__, e, e.args, e.key)
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception))
print(issubclass(NotFound, ValidationError), isinstance(NotFound("x"), AppError))
print([c.__name__ for c in ValidationError.__mro__])
try:
    raise CustomRepr("body")
except Exception as e:
    print(repr(e), str(e))
e = NoSuperInit(1, 2)
print(e.args, str(e), e.a + e.b)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("custom"))
try:
    raise WithDefault
except WithDefault as e:
    print("raised class, got instance:", e)
class Counted(Exception):
    count = 0
    def __init__(self, *args):
        Counted.count += 1
        super().__init__(*args)
for i in range(3):
    try:
        raise Counted(i)
    except Counted:
        pass
print(Counted.count)
class Hierarchy(LookupError):
    pass
try:
    raise Hierarchy("custom lookup")
except LookupError as e:
    print("caught via LookupError", e)
