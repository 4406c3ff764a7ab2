# A line indented deeper than its block allows.
print("never runs")
items = ["a", "b"]
for item in items:
    print(item)
def f():
    return 1
print(f())
count = len(items)
print(count)
message = "ok"
    print(message)
print("unreachable")
x = 1
print(x)
