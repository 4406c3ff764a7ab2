# Frame locals and globals seen from callees.
import sys

def caller_locals():
    return dict(sys._getframe(1).f_locals)

def compute(x, y=10):
    total = x + y
    snapshot = caller_locals()
    return sorted(snapshot.items())

print(compute(1))
print(compute(5, y=7))

def show_vars(*names):
    f = sys._getframe(1)
    return ", ".join(f"{n}={f.f_locals[n]!r}" for n in names)

def work():
    items = [1, 2, 3]
    label = "work"
    return show_vars("items", "label")
print(work())

top_level = "module value"
print(show_vars("top_level"))

def closure_demo():
    captured = "cell"
    plain = 1
    def inner():
        return captured, sorted(sys._getframe().f_locals)
    return inner(), sorted(sys._getframe().f_locals)
print(closure_demo())

def unbound_demo():
    a = 1
    f = sys._getframe()
    keys1 = sorted(f.f_locals)
    b = 2
    keys2 = sorted(sys._getframe().f_locals)
    return keys1, keys2
print(unbound_demo())

def globals_demo():
    g = sys._getframe().f_globals
    return g is globals(), g["__name__"], "globals_demo" in g
print(globals_demo())

def caller_globals_write():
    sys._getframe(1).f_globals["created_by_callee"] = 99
caller_globals_write()
print(created_by_callee)

def format_call():
    f = sys._getframe(1)
    co = f.f_code
    args = co.co_varnames[:co.co_argcount + co.co_kwonlyargcount]
    return f"{co.co_name}(" + ", ".join(f"{a}={f.f_locals[a]!r}" for a in args) + ")"

def traced(p, q, *, r="r"):
    return format_call()
print(traced(1, [2]))
print(traced("p", None, r=3.5))

class Config:
    debug = True
    seen = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
print(Config.seen)
print(sys._getframe().f_locals["top_level"])
