# An opening parenthesis that is never closed.
print("never runs")
numbers = [1, 2, 3]
doubled = [n * 2 for n in numbers]
print(doubled)
def area(w, h):
    return w * h
print(area(3, 4))
config = {"debug": True}
print(config)
total = sum(numbers
print(total)
label = "done"
print(label)
print("unreachable")
