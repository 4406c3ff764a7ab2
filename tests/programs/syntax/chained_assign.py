a = b = c = 5
print(a, b, c)
a = 6
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = r = (1, 2)
print(p, q, r)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
d = {}
d["a"] = d["b"] = "same"
print(d)
# targets are assigned left to right
order = {}
order["first"] = order["second"] = order["third"] = 0
print(list(order))
lst2 = [1, 2, 3]
k = lst2[k] = 1
print(k, lst2)
m = n = o = None
print(m is None, n is None, o is None)
u, v = w, z = 3, 4
print(u, v, w, z)
s = t = "txt"
s += "!"
print(s, t)
