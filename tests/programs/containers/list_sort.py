# list.sort / sorted: keys, reverse, stability.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_name.sort(key=lambda p: p[1])
print(by_name)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted("hello"), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted([1.5, -2, 0, 10**20, -0.5]), sorted([True, False, 0, 1, -1]))
stable = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
stable.sort(key=lambda t: t[0], reverse=True)
print(stable)
nested = [[3, 1], [1, 2], [1, 1], [2], []]
print(sorted(nested))
data = list(range(20))
data.sort(key=lambda n: n % 3)
print(data)
data.sort(key=lambda n: n % 4, reverse=True)
print(data)
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
r = [1, 2, 3]
print(r.sort(), r, sorted(r, key=lambda v: -v))
