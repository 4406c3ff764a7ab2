# callable, globals, locals.
def fn():
    return 1
class Cls:
    def method(self):
        return 2
class WithCall:
    def __call__(self):
        return 3
print(callable(fn), callable(Cls), callable(Cls()), callable(WithCall()), callable(Cls().method))
print(callable(len), callable(print), callable(int), callable(1), callable("s"), callable(None), callable(lambda: 0))
print(WithCall()(), Cls().method(), fn())
top_value = 123
g = globals()
print("top_value" in g, g["top_value"], "fn" in g, g["__name__"], "__builtins__" in g)
g["injected"] = "via globals"
print(injected)
def show_locals(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(show_locals(1))
def count_locals():
    x = 1
    y = 2
    return len(locals())
print(count_locals())
print(globals() is globals(), type(globals()).__name__)
def uses_global():
    global counter
    counter = counter + 1
    return counter
counter = 10
print(uses_global(), uses_global(), counter)
print(sorted([k for k in locals() if k in ("fn", "Cls", "counter", "top_value")]))
