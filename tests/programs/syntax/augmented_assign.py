x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 10
print(x)
y = 7.5
y /= 2
print(y)
b = 0b1100
b &= 0b1010
print(b)
b |= 0b0001
print(b)
b ^= 0b1111
print(b)
b <<= 4
print(b)
b >>= 2
print(b)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 41
print(d)
arr = [[0, 0], [0, 0]]
arr[1][0] -= 7
print(arr)
class Box:
    pass
bx = Box()
bx.v = 3
bx.v **= 3
print(bx.v)
n = -7
n //= 2
print(n)
m = -7
m %= 3
print(m)
