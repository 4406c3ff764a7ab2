# Prints a few things, then refers to an undefined name.
def greet(who):
    return "hello " + who
print(greet("world"))
print(len(greet("x")))
try:
    print(also_undefined)
except NameError as e:
    print("caught:", e)
def uses_late():
    return late_bound * 2
late_bound = 21
print(uses_late())
del late_bound
try:
    uses_late()
except NameError as e:
    print("caught again:", e)
print(undefined_variable_here)
print("never")
