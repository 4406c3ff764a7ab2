# 'break' inside an except* block is a compile-time SyntaxError.
print("never runs")
def handle():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError as eg:
        print("handled", eg)
handle()
for attempt in range(3):
    try:
        raise ExceptionGroup("g", [KeyError("k")])
    except* KeyError:
        print("attempt", attempt)
        break
print("unreachable")
x = 1
print(x)
