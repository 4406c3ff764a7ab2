# Clocks, sleep, mktime round trips and timezone attributes (values never printed).
import time

def check(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e)

t, ns = time.time(), time.time_ns()
print(type(t).__name__, type(ns).__name__, t > 1.6e9, ns > 1.6e18, abs(t - ns / 1e9) < 5)
for name in ["monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    fns = getattr(time, name + "_ns")
    a, b = f(), f()
    print(name, type(a).__name__, b >= a, type(fns()).__name__, fns() >= 0)
start = time.perf_counter()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print(elapsed >= 0.02, elapsed < 5)
print(time.sleep(0), time.sleep(True is False), time.sleep(0.0001))
for info in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    ci = time.get_clock_info(info)
    print(info, ci.implementation, ci.monotonic, ci.adjustable, ci.resolution > 0)
check("get_clock_info('nope')", lambda: time.get_clock_info("nope"))
print(time.clock_gettime(time.CLOCK_REALTIME) > 1.6e9, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.clock_getres(time.CLOCK_MONOTONIC) > 0)
check("sleep(-1)", lambda: time.sleep(-1))
check("sleep(-0.5)", lambda: time.sleep(-0.5))
check("sleep('1')", lambda: time.sleep("1"))
check("sleep(None)", lambda: time.sleep(None))
check("sleep(nan)", lambda: time.sleep(float("nan")))
check("sleep(1e10)", lambda: time.sleep(1e10))
check("sleep(2**62)", lambda: time.sleep(2 ** 62))
check("sleep(2**70)", lambda: time.sleep(2 ** 70))
check("sleep()", lambda: time.sleep())
check("sleep(1, 2)", lambda: time.sleep(1, 2))
check("sleep(secs=1)", lambda: time.sleep(secs=1))
check("time(1)", lambda: time.time(1))
check("monotonic(x=1)", lambda: time.monotonic(x=1))
check("mktime()", lambda: time.mktime())
check("mktime(5)", lambda: time.mktime(5))
check("mktime((1, 2))", lambda: time.mktime((1, 2)))
check("ctime('x')", lambda: time.ctime("x"))
check("ctime(1, 2)", lambda: time.ctime(1, 2))
check("localtime(1, 2)", lambda: time.localtime(1, 2))
for secs in [0, 86400 * 200, 1700000000, 1720000000]:
    print(secs, time.mktime(time.localtime(secs)) == secs, len(time.ctime(secs)))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(time.timezone - time.altzone in (0, 1800, 3600, 7200), time.tzset())
