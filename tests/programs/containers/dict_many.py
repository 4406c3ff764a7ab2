# Many insertions and deletions keep the correct contents and order.
d = {}
for i in range(1000):
    d[i] = i * i
for i in range(0, 1000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(0, 1000, 4):
    d[i] = -i
print(len(d), list(d)[:3], list(d)[500:503], d[996], d.get(998))
keys = list(d)
print(keys[-3:], sum(d.values()))
s = {}
for i in range(500):
    s["k" + str(i)] = i
    if i % 3 == 0 and ("k" + str(i // 2)) in s:
        del s["k" + str(i // 2)]
print(len(s), list(s)[:6], list(s)[-2:])
cnt = {}
text = "the rain in spain stays mainly in the plain " * 20
for w in text.split():
    cnt[w] = cnt.get(w, 0) + 1
print(cnt)
churn = {}
for round_ in range(50):
    for i in range(20):
        churn[(round_, i)] = i
    for i in range(20):
        if (round_ + i) % 5:
            del churn[(round_, i)]
print(len(churn), list(churn)[:4], list(churn)[-2:])
big = {i: str(i) for i in range(10000)}
for i in range(9990):
    big.pop(i)
print(big, len(big))
big.update({i: i for i in range(5)})
print(list(big)[-6:])
