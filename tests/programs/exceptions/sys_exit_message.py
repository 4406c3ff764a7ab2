import sys
print("validating input")
errors = []
for item in ["ok", "", "fine", ""]:
    if not item:
        errors.append("empty item")
    else:
        print("valid:", item)
print("found", len(errors), "errors")
try:
    sys.exit("caught message")
except SystemExit as e:
    print("code is the message:", repr(e.code), e.args)
try:
    sys.exit(["a", "list"])
except SystemExit as e:
    print("any object allowed:", e.code)
print("before exit")
sys.exit("fatal: " + str(len(errors)) + " errors")
