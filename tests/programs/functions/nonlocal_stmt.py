def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    print("before", x)
    inner()
    print("after", x)
outer()
def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    r = inner()
    return x, r
print(no_nonlocal())
def multi():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(multi())
def deep():
    level = 0
    def one():
        nonlocal level
        level += 1
        def two():
            nonlocal level
            level += 10
            def three():
                nonlocal level
                level += 100
            three()
        two()
    one()
    return level
print(deep())
def unbound_demo():
    y = 5
    def inner():
        try:
            print(y)
        except NameError as e:
            print(type(e).__name__, e)
        y = 6
    inner()
unbound_demo()
def nonlocal_in_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_in_loop())
def nonlocal_del():
    z = "exists"
    def remove():
        nonlocal z
        del z
    remove()
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())
def shared_state():
    state = {"calls": 0}
    def tick():
        state["calls"] += 1
    tick(); tick()
    return state
print(shared_state())
