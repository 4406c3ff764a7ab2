counter = 10
def read_only():
    return counter
print(read_only())
def with_global():
    global counter
    counter += 1
    return counter
print(with_global())
def caught():
    try:
        print(value)
    except UnboundLocalError as e:
        print("caught:", type(e).__name__, e)
    value = 1
    return value
print(caught())
print(issubclass(UnboundLocalError, NameError))
def broken():
    print("inside broken, counter would be", "unknown")
    counter += 1
    return counter
broken()
