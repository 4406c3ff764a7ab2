def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
print(greet.__defaults__)
counter = 10
def captured(x=counter):
    return x
counter = 20
print(captured(), counter)
def make_default():
    print("evaluating default")
    return 99
def uses(v=make_default()):
    return v
print("defined")
print(uses(), uses(), uses(1))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def dict_default(k, v, d={}):
    d[k] = v
    return d
dict_default("a", 1)
print(dict_default("b", 2))
def change_defaults(a=1, b=2):
    return a, b
change_defaults.__defaults__ = (100, 200)
print(change_defaults())
change_defaults.__defaults__ = (5,)
print(change_defaults(0))
try:
    change_defaults()
except TypeError as e:
    print(type(e).__name__, e)
def no_defaults(a):
    return a
print(no_defaults.__defaults__)
