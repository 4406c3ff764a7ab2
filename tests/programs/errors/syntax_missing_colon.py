# An 'if' header without its trailing colon.
print("never runs")
temperature = 25
unit = "C"
print(temperature, unit)
readings = [20, 22, 25]
average = sum(readings) / len(readings)
print(average)
def describe(t):
    return "warm" if t > 20 else "cold"
print(describe(temperature))
if temperature > 20
    print("warm")
print("unreachable")
x = 1
