import sys
print("line one")
print("line two")
def f():
    print("in f")
    raise SystemExit(0)
try:
    raise SystemExit(None)
except SystemExit as e:
    print("None code:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code, e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print("sys.exit(0) code:", e.code, repr(e))
for i in range(3):
    print("loop", i)
f()
print("never printed")
