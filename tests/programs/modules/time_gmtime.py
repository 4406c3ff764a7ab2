# time.gmtime / strftime / mktime-free conversions for fixed instants.
import time
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(tuple(g), g[0], len(g), type(g).__name__)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%a %b %d %j %y %%", time.gmtime(951782400)))
print(time.strftime("%A %B %I %p %M", time.gmtime(1234567890)))
for secs in [0, 59, 3600, 86399, 86400, 10**9, 2**31 - 1, 2**31, 4102444800, -86400]:
    gt = time.gmtime(secs)
    print(secs, gt.tm_year, gt.tm_mon, gt.tm_mday, gt.tm_hour, gt.tm_min, gt.tm_sec, gt.tm_wday, gt.tm_yday)
print(time.gmtime(1.9).tm_sec, time.gmtime(-1.5).tm_sec)
print(time.asctime(time.gmtime(0)), time.strftime("%H:%M", time.gmtime(45296)))
print(time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%d/%m", (2000, 12, 25, 0, 0, 0, 0, 360, 0)))
print(time.gmtime(0).tm_year, time.gmtime(0) == time.gmtime(0))
