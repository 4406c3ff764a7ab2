# sys.exit with a code: prints, then exits with status 3.
import sys
print("before exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(2)
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException catches it", type(e).__name__)
sys.stdout.flush()
sys.exit(3)
print("after exit")
