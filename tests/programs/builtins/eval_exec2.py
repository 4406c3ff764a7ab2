# eval, exec and compile: namespaces, code objects, scoping inside
# functions, error types and argument checking.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(eval("1+2"), eval(" \t 2 ** 10"), eval("[x * 2 for x in range(3)]"), eval(b"6 * 7"), eval("1\n"))
g = {"x": 1, "y": 2}
print(eval("x + y", g), "__builtins__" in g, eval("x * k", {"x": 3}, {"k": 4}), eval("x", {"x": 1}, {"x": 2}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\nclass K:\n    v = a\n", ns)
print(ns["a"], ns["b"], ns["f"](1), ns["K"].v, ns["K"].__name__, [k for k in ns if k[:2] != "__"])
gl = {}
lo = {}
exec("p = 1\nq = p + 1\nglobal r\nr = 10", gl, lo)
print(lo, gl["r"], "p" in gl)
src = "total = 0\nfor i in range(5):\n    total += i\n"
scope = {}
exec(src, scope)
print(scope["total"], exec("1 + 1"), exec("pass", {}, {}))
co = compile("3 * 7", "<expr>", "eval")
print(eval(co), type(co).__name__, co.co_filename, co.co_name, eval(co, {}))
co2 = compile("out = [n * n for n in range(4)]", "<squares>", "exec")
d = {}
exec(co2, d)
print(d["out"], eval(compile("out[-1]", "f", "eval"), d), co2.co_filename)
print(eval(compile(b"1 + 1", "b", "eval")), eval(compile("x=5", "f", "exec")), compile("1", "f", mode="eval").co_name)
print(eval(compile(source="2+2", filename="f", mode="eval", flags=0, dont_inherit=True, optimize=2)))

def local_scope():
    a = 10
    b = 20
    r1 = eval("a + b")
    exec("c = a * 2")
    loc = {}
    exec("d = a + 1", {"a": a}, loc)
    return r1, loc, eval("[a + i for i in range(2)]", {"a": 100})
print(local_scope())
y = 10
print(eval("y + 1"), eval("y", {"y": 20}), eval("y", None, {"y": 30}), eval("len('abc')", {}))

def make_counter():
    exec("def inc(n):\n    return n + 1", globals())
    return inc(41)
print(make_counter())
exec("import math as m2\nroot = m2.sqrt(81)")
print(root, m2.floor(2.5))
exec("def show():\n    return __name__")
print(show(), eval("__name__"))

def syntax(f):
    try:
        f()
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError))
for src in ["1 +", "def", "x = = 1", "(", "return 5", "  x = 1"]:
    syntax(lambda: exec(src))
for src in ["x = 1", "import os", "if True: pass", ""]:
    syntax(lambda: eval(src))
syntax(lambda: compile("x =", "myfile.py", "exec"))
t(lambda: eval("undefined_name"))
t(lambda: eval("1/0"))
t(lambda: exec("raise KeyError('k')"))
t(lambda: eval())
t(lambda: eval(1))
t(lambda: eval("1", 1))
t(lambda: eval("1", {}, 1))
t(lambda: eval("1", {}, {}, 3))
t(lambda: eval("1", globals={}))
t(lambda: exec())
t(lambda: exec(1))
t(lambda: exec("1", 1))
t(lambda: exec("1", {}, 1))
t(lambda: exec("1", None, 1))
t(lambda: exec("1", {}, {}, 3))
t(lambda: exec("x=1", globals={}))
t(lambda: exec("1", foo=None))
t(lambda: exec("1", closure=None))
t(lambda: compile("1", "f"))
t(lambda: compile("1", "f", "bad"))
t(lambda: compile("1", 2, "eval"))
t(lambda: compile("1", "f", 3))
t(lambda: compile(1, "f", "eval"))
t(lambda: compile("1", "f", "eval", foo=1))
t(lambda: compile("1", "f", "eval", mode="exec"))
t(lambda: compile("1", "f", "eval", 0, False, -1, 5))
