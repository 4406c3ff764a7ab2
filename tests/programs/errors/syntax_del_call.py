# Deleting the result of a function call is a compile-time SyntaxError.
print("never runs")
def f():
    return [1, 2, 3]
data = f()
del data[0]
print(data)
other = {"k": 1}
del other["k"]
print(other)
temp = 5
del temp
values = list(range(4))
del values[1:3]
print(values)
del f()
print("unreachable")
