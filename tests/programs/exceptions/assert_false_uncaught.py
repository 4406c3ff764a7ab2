def average(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([10]))
try:
    average([])
except AssertionError as e:
    print("caught:", e)
checks = [1 + 1 == 2, "a" * 3 == "aaa", [] == []]
for c in checks:
    assert c
print("all checks passed")
state = {"ready": False}
print("state", state)
assert False, "msg"
print("never printed")
