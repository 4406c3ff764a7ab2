# __closure__ and cells.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
print(inc.__code__.co_freevars, len(inc.__closure__), type(inc.__closure__).__name__)
print(type(inc.__closure__[0]).__name__, inc.__closure__[0].cell_contents)
inc(); inc()
print(inc.__closure__[0].cell_contents, get())
print(inc.__closure__[0] is get.__closure__[0])

def no_free():
    return 1
print(no_free.__closure__)

def late():
    def reader():
        return value
    cell = reader.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    value = "bound now"
    return cell.cell_contents, reader()
print(late())

def deleting():
    v = 1
    def r():
        return v
    del v
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        r.__closure__[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
deleting()

def multi(a, b):
    c = a + b
    def inner():
        return a, b, c
    return inner
m = multi(1, 2)
print(m.__code__.co_freevars, [c.cell_contents for c in m.__closure__])
print(multi.__code__.co_cellvars)

# cell_contents can be written
m.__closure__[2].cell_contents = 99
print(m())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [f.__closure__[0].cell_contents for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs], funcs[0].__closure__, funcs[2].__defaults__)

class Holder:
    def method(self):
        return __class__
print(Holder.method.__code__.co_freevars, Holder.method.__closure__[0].cell_contents is Holder)
try:
    no_free.__closure__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
