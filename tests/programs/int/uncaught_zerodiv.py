# Prints some results, then dies with an uncaught ZeroDivisionError.
total = 0
for i in range(5):
    total += i * i
    print("step", i, total)
try:
    print(total % 0)
except ZeroDivisionError as e:
    print("caught:", e)
def average(xs):
    return sum(xs) // len(xs)
print(average([10, 20, 31]))
d = total - 30
print("dividing by", d)
print(total // d)
print("not reached")
