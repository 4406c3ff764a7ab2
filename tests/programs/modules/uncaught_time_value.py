# Formats some fixed instants, then passes a bad month to strftime uncaught.
import time

for secs in [0, 86400, 1000000000]:
    g = time.gmtime(secs)
    print(secs, time.strftime("%Y-%m-%d %H:%M:%S", g), time.asctime(g))
try:
    time.sleep(-1)
except ValueError as e:
    print("caught:", e)
print(time.strftime("%d %b %Y", (2021, 6, 15, 0, 0, 0, 1, 166, 0)))
print(time.strftime("%d %b %Y", (2021, 14, 15, 0, 0, 0, 1, 166, 0)))
print("not reached")
