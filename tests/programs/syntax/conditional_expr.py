for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
print("big" if x > 3 else "small")
print(("a" if x else "b") + "!")
val = [] or "default"
print(val)
print(0 or None or "" or "last")
print(1 and "second" and 3.5)
print(1 and 0 and 3)
print(None and 1)
print(not [], not [1])
calls = []
def t(v):
    calls.append(v)
    return v
r = t(1) if t(False) else t(2)
print(r, calls)
calls.clear()
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(0) or t("") or t("x") or t("never")
print(r, calls)
f = (lambda: "L1") if x > 10 else (lambda: "L2")
print(f())
lst = [i if i % 2 else -i for i in range(6)]
print(lst)
nested = "a" if True else "b" if False else "c"
print(nested)
print(1 if [] else 2, 1 if [0] else 2)
y = 10
z = y if y < 5 else y * 2 if y < 20 else y * 3
print(z)
