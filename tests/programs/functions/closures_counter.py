def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2(-50))
print(c1())
def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_accumulator()
acc(1)
acc(2)
print(acc(3))
print(c1.__closure__ is not None, len(c1.__closure__))
print(c1.__closure__[0].cell_contents)
print(c1.__code__.co_freevars)
print(make_counter.__closure__)
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
getter, setter = make_pair()
print(getter())
setter(42)
print(getter())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1))
def outer():
    x = "first"
    def show():
        return x
    x = "second"
    return show
print(outer()())
def no_closure():
    return 1
print(no_closure.__closure__)
