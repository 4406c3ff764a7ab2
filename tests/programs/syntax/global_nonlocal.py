counter = 0
def increment():
    global counter
    counter += 1
for _ in range(3):
    increment()
print("counter", counter)
def create_global():
    global made_here
    made_here = "created in function"
create_global()
print(made_here)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_global():
    return x
print(read_global())
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    inner()
    inner()
    return n, inner()
print(outer())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v = 3
        level3()
        return v
    r = level2()
    return r, v
print(level1())
def mixed():
    global x
    y = "enclosing"
    def inner():
        nonlocal y
        global x
        x = "changed by inner"
        y = "changed y"
    inner()
    return y
print(mixed(), x)
def nonlocal_skips_global():
    a = "outer a"
    def mid():
        a = "mid a"
        def inner():
            nonlocal a
            a = "set by inner"
        inner()
        return a
    return mid(), a
print(nonlocal_skips_global())
g_list = []
def mutate_without_global():
    g_list.append(1)
mutate_without_global()
print(g_list)
