# time: time(), monotonic, perf_counter, sleep (values themselves are never printed).
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, t < 4.2e9)
m1 = time.monotonic()
p1 = time.perf_counter()
total = 0
for i in range(20000):
    total += i
m2 = time.monotonic()
p2 = time.perf_counter()
print(m2 >= m1, p2 >= p1, total)
start = time.monotonic()
time.sleep(0.01)
elapsed = time.monotonic() - start
print(elapsed >= 0.01, elapsed < 2.0)
s2 = time.perf_counter()
time.sleep(0)
print(time.perf_counter() >= s2)
ns = time.time_ns()
print(type(ns).__name__, ns > 1.6e18, time.monotonic_ns() > 0, type(time.perf_counter_ns()).__name__)
print(abs(time.time() - ns / 1e9) < 5)
print(type(time.process_time()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
