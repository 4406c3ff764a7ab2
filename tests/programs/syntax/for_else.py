for i in range(3):
    print("i", i)
else:
    print("for else", i)
for x in []:
    print("never")
else:
    print("empty for else")
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in (7, 9, 13, 15):
    find_prime_factor(n)
for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("continue doesn't skip else")
for ch in "abc":
    for j in range(2):
        if ch == "b":
            break
        print(ch, j)
    else:
        print("inner done", ch)
loop_var = "before"
for loop_var in range(4):
    pass
print("loop var leaks:", loop_var)
for k in {"a": 1, "b": 2}:
    print("key", k)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
items = [1, 2, 3]
for it in items:
    if it == 1:
        items.append(4)
    print("it", it)
for i in range(10, 0, -3):
    print("down", i)
for i in reversed("xyz"):
    print("rev", i)
for a, b in zip("abc", range(10)):
    print(a, b)
