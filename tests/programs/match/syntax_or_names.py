# Alternatives of an or-pattern must bind the same names.

print("this never runs")

command = ("move", 1, 2)
match command:
    case ("move", x, y) | ("jump", x):
        print(x)
    case _:
        pass
