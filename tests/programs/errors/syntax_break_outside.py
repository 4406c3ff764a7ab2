# 'break' outside any loop is a compile-time SyntaxError.
print("never runs")
for i in range(3):
    if i == 1:
        break
while True:
    break
def helper(x):
    for y in range(x):
        if y > 2:
            break
    return x
print(helper(5))
if helper(1) == 1:
    print("condition")
    break
print("unreachable")
