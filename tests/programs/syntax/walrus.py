if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
if (size := len(data)) > 3:
    print("size", size)
values = [y for x in data if (y := x * x) > 10]
print(values)
print("y leaks from comprehension:", y)
stream = iter([3, 1, 4, 0, 5])
total = 0
while (item := next(stream)) != 0:
    total += item
print("total", total)
print((a := 1) + (b := 2), a, b)
def f():
    if (res := g()) is not None:
        return res * 2
    return "none"
def g():
    return 21
print(f())
pairs = [(k, v) for k in "ab" if (v := k.upper()) != "B"]
print(pairs, v)
print([last := i for i in range(3)], last)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
while (c := bump()) < 4:
    print("c", c)
print(counter)
print(z := "standalone in call")
print(z)
def scope_test():
    [w := i for i in range(5)]
    return w
print(scope_test())
