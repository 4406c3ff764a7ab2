# A capture pattern before other cases is a SyntaxError for the whole file.

print("this never runs")

def check(v):
    match v:
        case [x, y]:
            return x + y
        case value:
            return value
        case None:
            return "unreachable"
