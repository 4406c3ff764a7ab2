# time.struct_time: fields, tuple behaviour, construction, immutability.
import time

def check(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError, AttributeError, IndexError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e)

g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, g.n_fields, g.n_sequence_fields, g.n_unnamed_fields)
print(type(g), type(g).__name__, type(g).__module__, time.struct_time, isinstance(g, tuple))
print(len(g), g[0], g[-1], g[2:5], g[::4], tuple(g), list(g))
y, m, d, *rest = g
print(y, m, d, rest, 2023 in g, 99 in g, g.count(0), g.index(14))
print(g == tuple(g), g != tuple(g), g == time.gmtime(1700000000), g < time.gmtime(1700000001), g > g, g <= g, g >= g)
print(hash(g) == hash(tuple(g)), g + (1, 2), str(g) == repr(g))
check("g.tm_year = 1", lambda: setattr(g, "tm_year", 1))
check("g.foo = 1", lambda: setattr(g, "foo", 1))
check("del g.tm_mon", lambda: delattr(g, "tm_mon"))
check("g[9]", lambda: g[9])
check("g.nope", lambda: g.nope)
s = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0, "XYZ", 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff, s2 == s)
s3 = time.struct_time([1999, 12, 31, 23, 59, 59, 4, 365, -1])
print(s3.tm_isdst, time.struct_time(g) == g, time.struct_time(range(9)))
check("struct_time((1, 2, 3))", lambda: time.struct_time((1, 2, 3)))
check("struct_time(range(12))", lambda: time.struct_time(range(12)))
check("struct_time(5)", lambda: time.struct_time(5))
check("struct_time()", lambda: time.struct_time())
for secs in [0, 59, 3600, 86399, 86400, 951782400, 10 ** 9, 2 ** 31 - 1, 2 ** 31, 4102444800, -1, -86400, -62135596800, 253402300800, 1.9999, -0.5, True]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_zone)
check("gmtime(1e300)", lambda: time.gmtime(1e300))
check("gmtime(2**70)", lambda: time.gmtime(2 ** 70))
check("gmtime(nan)", lambda: time.gmtime(float("nan")))
check("gmtime(inf)", lambda: time.gmtime(float("inf")))
check("gmtime('x')", lambda: time.gmtime("x"))
check("gmtime(1, 2)", lambda: time.gmtime(1, 2))
check("gmtime(secs=1)", lambda: time.gmtime(secs=1))
lt = time.localtime(1700000000)
print(type(lt).__name__, len(lt), time.mktime(lt), time.mktime(time.localtime(0)), type(time.gmtime()).__name__)
print(time.localtime(None).tm_year > 2000, time.gmtime(None).tm_year > 2000)
