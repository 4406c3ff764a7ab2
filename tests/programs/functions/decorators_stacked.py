order = []
def deco(label):
    order.append("factory " + label)
    def d(fn):
        order.append("apply " + label)
        def wrapper(*a):
            order.append("enter " + label)
            r = fn(*a)
            order.append("exit " + label)
            return label + "(" + r + ")"
        return wrapper
    return d
@deco("outer")
@deco("middle")
@deco("inner")
def core(x):
    order.append("core")
    return x
print(order)
order.clear()
print(core("v"))
print(order)
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text1():
    return "t"
@italic
@bold
def text2():
    return "t"
print(text1(), text2())
def add_attr(name, value):
    def d(fn):
        setattr(fn, name, value)
        return fn
    return d
@add_attr("a", 1)
@add_attr("b", 2)
def tagged():
    pass
print(tagged.a, tagged.b, sorted(tagged.__dict__))
def twice(fn):
    def w(x):
        return fn(fn(x))
    return w
@twice
@twice
def inc(x):
    return x + 1
print(inc(0))
