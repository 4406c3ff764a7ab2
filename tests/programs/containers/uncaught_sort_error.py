# An uncaught error from inside list.sort: the traceback's last line.
records = [{"name": "b", "age": 3}, {"name": "a", "age": None}]
print(sorted(r["name"] for r in records))
records.sort(key=lambda r: r["age"])
print("not reached")
