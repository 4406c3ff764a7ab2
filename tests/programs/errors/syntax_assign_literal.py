# Assigning to a literal is a compile-time SyntaxError.
print("never runs")
x = 5
y = x + 1
print(x, y)
pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a + b)
def check(v):
    return v == 1
print(check(x))
name = "weft"
print(name.upper())
if x:
    1 = x
print("unreachable")
