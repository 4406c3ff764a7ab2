# strftime directives on fixed UTC instants; asctime/ctime-style output; tuple checks.
import time

def check(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e)

instants = [0, 951782400, 1234567890, 1700000000, -1, 4102444800]
formats = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%c", "%x %X", "%d %e %j %m %y %C",
           "%I %p %M %S %w %u", "%U %W %V %G %g", "%D %F %T %R %r", "%h|%n|%t|%%",
           "%Z %z", "plain text", "", "é%Y€", "%Q %5Y %-d %_m %3d", "%"]
for t in instants:
    g = time.gmtime(t)
    for f in formats:
        print(t, repr(f), repr(time.strftime(f, g)))
    print(t, time.asctime(g))
tuples = [(2024, 1, 1, 0, 0, 0, 0, 1, 0), (2000, 0, 0, 0, 0, 0, 0, 0, 0), (2000, 1, 1, 0, 0, 61, 0, 1, 0),
          (2000, 1, 1, 0, 0, 0, 9, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 1, 5), (2000, 1, 1, 0, 0, 0, 0, 1, -5),
          (-5, 1, 1, 0, 0, 0, 6, 1, 0), (99999, 12, 31, 23, 59, 59, 6, 366, 0), (2000, 2, 30, 0, 0, 0, 0, 1, 0)]
for tp in tuples:
    check(f"strftime {tp}", lambda: time.strftime("%Y|%m|%d|%H|%M|%S|%a|%j|%Z|%z", tp))
    check(f"asctime {tp}", lambda: time.asctime(tp))
bad = [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, -1, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0),
       (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0),
       (2000, 1, 1, 0, 0, 0, -2, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0),
       (1, 2), ("a", 1, 1, 0, 0, 0, 0, 1, 0), (2000.5, 1, 1, 0, 0, 0, 0, 1, 0), [2000, 1, 1, 0, 0, 0, 0, 1, 0], 5]
for tp in bad:
    check(f"strftime {tp}", lambda: time.strftime("%Y", tp))
    check(f"asctime {tp}", lambda: time.asctime(tp))
check("strftime()", lambda: time.strftime())
check("strftime(1)", lambda: time.strftime(1))
check("strftime('a', (1,), 3)", lambda: time.strftime("a", (1,), 3))
check("strftime(format='a')", lambda: time.strftime(format="a"))
check("asctime(1, 2)", lambda: time.asctime(1, 2))
check("struct with zone", lambda: time.strftime("%Z %z %H", time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0, "XYZ", 3600))))
print(type(time.strftime("%Y")).__name__, type(time.asctime()).__name__, type(time.ctime()).__name__)
