# 'yield' at module level is a compile-time SyntaxError.
print("never runs")
data = {"a": 1, "b": 2}
for key in data:
    print(key, data[key])
squares = [n * n for n in range(5)]
print(squares)
class Holder:
    value = 3
print(Holder.value)
x = 10
y = x * 2
print(x, y)
yield x
print("unreachable")
