# OSError(errno, strerror) makes the subclass for the errno, as CPython's
# OSError.__new__ does; subclasses of OSError and one-argument calls do not.
# (Linux errno values: weft has no `errno` module yet.)
ENOENT, EEXIST, EACCES, EPERM, EISDIR, ENOTDIR, EINTR = 2, 17, 13, 1, 21, 20, 4
ECHILD, EPIPE, ESRCH, ETIMEDOUT, ECONNREFUSED, ECONNRESET = 10, 32, 3, 110, 111, 104
ECONNABORTED, EAGAIN, EINPROGRESS, EALREADY, ESHUTDOWN, EINVAL = 103, 11, 115, 114, 108, 22

for code in [ENOENT, EEXIST, EACCES, EPERM, EISDIR, ENOTDIR, EINTR, ECHILD, EPIPE,
             ESRCH, ETIMEDOUT, ECONNREFUSED, ECONNRESET, ECONNABORTED, EAGAIN,
             EINPROGRESS, EALREADY, ESHUTDOWN, EINVAL, 9999, -2, 2**70]:
    e = OSError(code, "message")
    print(code, type(e).__name__, e.errno, e.strerror, e.args, str(e))

e = OSError(ENOENT, "No such file or directory", "missing.txt")
print(type(e).__name__, repr(e), str(e), e.filename)

print(type(OSError(ENOENT)).__name__)
print(type(OSError("x", "y")).__name__)
print(type(OSError(True, "y")).__name__)


class MyOSError(OSError):
    pass


print(type(MyOSError(ENOENT, "x")).__name__)
print(type(IOError(ENOENT, "x")).__name__)
print(type(EnvironmentError(EEXIST, "x")).__name__)

try:
    raise OSError(ENOENT, "gone", "f.txt")
except FileNotFoundError as exc:
    print("caught", type(exc).__name__, exc.errno, exc.filename)

print(isinstance(OSError(EPIPE, "p"), ConnectionError))
print(type(OSError(*[ETIMEDOUT, "t"])).__name__)
