def level_a(x):
    print("level_a", x)
    return level_b(x * 2)
def level_b(x):
    print("level_b", x)
    return level_c(x + 1)
def level_c(x):
    print("level_c", x)
    if x > 10:
        return [1, 2, 3][x]
    return x
print("result", level_a(1))
print("result", level_a(3))
print("now failing")
for i in range(3):
    print("i", i)
class Runner:
    def go(self, n):
        return level_a(n)
Runner().go(6)
print("never printed")
