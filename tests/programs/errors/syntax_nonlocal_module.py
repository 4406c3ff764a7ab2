# 'nonlocal' at module level is rejected by the compiler.
print("never runs")
counter = 0
def outer():
    count = 0
    def inner():
        nonlocal count
        count += 1
        return count
    return inner()
print(outer())
total = 0
for i in range(3):
    total += i
print(total)
nonlocal shared_value
print(counter)
