import sys
print("importing broken_mod")
try:
    import broken_mod
except ValueError as e:
    print("caught:", type(e).__name__, e)
print("broken_mod" in sys.modules)
print("second attempt re-executes the module:")
try:
    import broken_mod
except ValueError as e:
    print("caught again:", e)
try:
    broken_mod
except NameError as e:
    print(type(e).__name__, e)
try:
    from broken_mod import partial
except ValueError as e:
    print("from-import also fails:", e)
