def call(f, *args):
    try:
        return f(*args)
    except TypeError as e:
        return type(e).__name__ + ": " + str(e)
print(call(len, "abc"))
print(call("string"))
print(call([1, 2]))
print(call(None))
print(call(3.5))
print(call({"a": 1}))
print(call((1,)))
class Thing:
    pass
print(call(Thing()))
print(callable(Thing), callable(Thing()), callable(print), callable(5))
funcs = [abs, str.upper]
print(funcs[0](-3), funcs[1]("up"))
n = 42
print("calling", n)
n()
