def greet(name):
    return "hello " + name
print(greet("world"))
known = [1, 2, 3]
print(sum(known))
try:
    print(undefined_thing)
except NameError as e:
    print("caught:", e, "| name attr:", e.name)
def uses_global():
    return total_count + 1
total_count = 5
print(uses_global())
del total_count
try:
    uses_global()
except NameError as e:
    print("caught in function:", e)
print("the next line fails")
print(x)
