# 'nonlocal' naming a variable that no enclosing function defines.
print("never runs")
top = 1
def outer():
    local_value = 2
    def inner():
        nonlocal missing_name
        missing_name = 3
        return missing_name
    return inner()
def ok():
    v = 0
    def bump():
        nonlocal v
        v += 1
    bump()
    return v
print(ok())
print(outer())
