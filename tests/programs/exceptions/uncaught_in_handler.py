def risky(n):
    return 100 // n
results = []
for n in (5, 2, 1):
    results.append(risky(n))
print(results)
try:
    risky(0)
except ZeroDivisionError as e:
    print("handled", e)
print("next attempt")
try:
    risky(0)
except ZeroDivisionError:
    print("in handler, raising another")
    raise RuntimeError("handler failed") from None
