# OSError's errno/strerror/filename attributes and str(), from open() and from user code.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    open("/nonexistent/x.txt")
except OSError as e:
    print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "No such file", "f.txt")
print(e, e.args, e.errno, e.strerror, e.filename)
e = OSError("plain")
print(e, e.args, e.errno, e.strerror, e.filename)
e = OSError(1, "x", None)
print(e, e.errno)
e = OSError(1, "x", "a", None, "b")
print(e, e.filename2)
e = OSError()
print(repr(str(e)), e.errno)
e = FileNotFoundError(2, "nf")
print(e, e.errno)
e.errno = 5
e.filename = "zz"
print(e.errno, e, e.filename)
try:
    open(".")
except OSError as e:
    print(type(e).__name__, e)
