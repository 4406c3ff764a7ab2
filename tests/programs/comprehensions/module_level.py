# Comprehensions at module level, in eval/exec and in class bodies.
import sys
def frames(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out
x = "module x"
r = [x * 2 for x in range(3)]
print(r, x)
print([[x for y in "ab"] for x in range(2)], x)
try:
    del y
except NameError as e:
    print("NameError", e)
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print(frames(e.__traceback__))
z = 3
print({k: z for k in range(2)}, [lambda: q for q in range(2)][0]())
print(eval("[a + b for a in range(3)]", {"b": 10}))
exec("print([c for c in 'xy'], 'c' in dir())")
class C:
    v = [i for i in range(3)]
print(C.v, "i" in C.__dict__)
try:
    print(v)
except NameError as e:
    print("NameError", e)
