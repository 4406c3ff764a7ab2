def fail():
    raise ValueError("deep")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
e2 = ValueError("never raised")
print(e2.__traceback__)
try:
    raise e2
except ValueError:
    pass
print(e2.__traceback__ is not None)
stripped = e2.with_traceback(None)
print(stripped is e2, e2.__traceback__)
def layer(n):
    if n == 0:
        raise KeyError("bottom")
    layer(n - 1)
try:
    layer(3)
except KeyError as e:
    depth = 0
    t = e.__traceback__
    while t is not None:
        depth += 1
        t = t.tb_next
    print("frames:", depth)
try:
    try:
        raise TypeError("a")
    except TypeError as e:
        saved = e
        raise
except TypeError as again:
    print(again is saved, again.__traceback__ is not None)
