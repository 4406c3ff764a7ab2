# eval, exec, compile and __import__.
print(eval("1+2"), eval("2 ** 10"), eval("[x * 2 for x in range(3)]"), eval("'a' * 3"))
print(eval("x + y", {"x": 1, "y": 2}), eval("x * k", {"x": 3}, {"k": 4}), eval(" 5 "))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted([k for k in ns if k != "__builtins__"]))
g = {"total": 0}
exec("for i in range(5):\n    total += i", g)
print(g["total"])
loc = {}
exec("z = 99", {}, loc)
print(loc)
r = exec("1 + 1")
print(r)
code = compile("3 * 7", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("print('from exec', 42)", "<s>", "exec")
exec(code2)
code3 = compile("q = 1\nq += 1", "<s>", "exec")
d = {}
exec(code3, d)
print(d["q"])
m = __import__("math")
print(m.sqrt(16), m.pi == __import__("math").pi, __import__("sys").version_info[0])
for src in ["1 +", "def", "x = = 1"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__)
try:
    __import__("no_such_module_weft")
except ImportError as e:
    print(type(e).__name__, e)
print(eval("len(s)", {"s": "abc"}), eval("max(1, 2)", {}), eval("abs(-3)", {"__builtins__": __builtins__}))
y = 10
print(eval("y + 1"), eval("y", {"y": 20}))
