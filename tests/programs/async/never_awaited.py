# Coroutines that are never awaited: the program keeps running and CPython
# prints "RuntimeWarning: coroutine '...' was never awaited" on stderr.


async def job(n):
    print("job body runs", n)
    return n


class Service:
    async def fetch(self):
        return "data"


print("start")
job(1)
print("after dropping job(1)")
Service().fetch()
c = job(2)
c.close()
print("closed before start: no warning")
c = job(3)
try:
    c.send(None)
except StopIteration as e:
    print("awaited:", e.value)
for i in range(3):
    job(i)
print("loop done")
d = job(4)
del d
print("end")
