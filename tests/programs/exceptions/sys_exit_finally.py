import sys
log = []
def cleanup():
    print("cleanup ran")
try:
    print("in try")
    try:
        sys.exit(4)
    finally:
        print("inner finally runs during SystemExit")
except SystemExit as e:
    print("caught code", e.code)
print("now the real exit")
try:
    print("work", [i * 2 for i in range(4)])
    sys.exit(2)
    print("never printed")
except ValueError:
    print("SystemExit is not a ValueError")
finally:
    cleanup()
    print("finally must still print")
print("never printed either")
