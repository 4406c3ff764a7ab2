def find(items, target):
    for it in items:
        if it == target:
            return it.upper()
    return None
print(find(["a", "b"], "b"))
print(find(["a"], "z"))
result = find([], "q")
print(result is None, type(result).__name__)
try:
    result.strip()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort().reverse()
except AttributeError as e:
    print(type(e).__name__, e)
def no_return():
    pass
try:
    no_return().value
except AttributeError as e:
    print(type(e).__name__, e)
print("calling method on missing result")
print(find(["x"], "y").lower())
