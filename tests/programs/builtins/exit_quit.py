# exit() and quit() raise SystemExit with their code.
for f in (exit, quit):
    for args in [(), (0,), (3,), ("message",), (None,)]:
        try:
            f(*args)
        except SystemExit as e:
            print(type(e).__name__, e.args, e.code)
try:
    exit(code=7)
except SystemExit as e:
    print(e.code)
try:
    exit(1, 2)
except TypeError as e:
    print(type(e).__name__)
print(callable(exit), callable(quit))
quit(4)
print("not reached")
