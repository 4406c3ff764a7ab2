assert True
assert 1 == 1, "not printed"
print("passed simple asserts")
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(type(e).__name__, e, e.args)
calls = []
def msg():
    calls.append("msg")
    return "lazy"
assert True, msg()
print("message not evaluated:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
x = 5
try:
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print(e)
def check(v):
    assert isinstance(v, int), "need int"
    return v * 2
print(check(4))
try:
    check("a")
except AssertionError as e:
    print(type(e).__name__, e)
print(isinstance(AssertionError(), Exception))
try:
    assert None, 42
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
