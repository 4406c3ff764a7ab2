# An unsupported operand error that escapes the program.
class Celsius:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Celsius):
            return Celsius(self.v + other.v)
        return NotImplemented
    def __repr__(self):
        return f"Celsius({self.v})"

class Fahrenheit:
    def __init__(self, v):
        self.v = v

total = Celsius(0)
for reading in [Celsius(3), Celsius(4.5), Celsius(-1)]:
    total = total + reading
    print("running total", total)
print("mixing units...")
total = total + Fahrenheit(50)
print("unreachable")
