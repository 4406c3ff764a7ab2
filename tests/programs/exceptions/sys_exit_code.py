import sys
print("starting")
def work():
    results = []
    for i in range(5):
        results.append(i * i)
    return results
print(work())
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e.code).__name__)
print("still running")
status = 3
print("exiting with", status)
sys.exit(status)
print("never printed")
