x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 > 0 < 4)
print(3 == 3 == 3.0)
print(1 != 2 != 1)
print(1 <= 1 >= 1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) < v(5) == v(5) <= v(4) < v(10))
print(calls)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b)
print(a is a is a)
print(1 in a in [a])
print("x" < "y" < "z", "abc" < "abd", "Z" < "a")
print((1, 2) < (1, 3) < (2,))
print([1, 2] < [1, 2, 0])
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(float("nan") == float("nan"))
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < None)
except TypeError as e:
    print(type(e).__name__, e)
