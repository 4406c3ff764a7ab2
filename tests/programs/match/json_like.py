# Walking nested JSON-like data with mapping, sequence and class patterns together.

events = [
    {"kind": "user", "id": 1, "name": "ann", "tags": ["admin", "dev"]},
    {"kind": "user", "id": 2, "name": "bob", "tags": []},
    {"kind": "order", "id": 10, "user": 1, "lines": [{"sku": "A1", "qty": 2, "price": 3.5},
                                                     {"sku": "B2", "qty": 1, "price": 10}]},
    {"kind": "order", "id": 11, "user": 2, "lines": []},
    {"kind": "order", "id": 12, "user": 9, "lines": [{"sku": "C3", "qty": 0}]},
    {"kind": "refund", "order": 10, "amount": 7.0, "reason": None},
    {"kind": "refund", "order": 10, "amount": "lots"},
    {"kind": "ping"},
    ["not", "a", "dict"],
    {"no_kind": True},
]

users = {}
totals = {}

def line_total(line):
    match line:
        case {"qty": int(q), "price": int(p) | float(p)} if q > 0:
            return q * p
        case {"qty": 0}:
            return 0
        case _:
            raise ValueError(f"bad line {line}")

def handle(ev):
    match ev:
        case {"kind": "user", "id": int(uid), "name": str(name), "tags": [*tags]}:
            users[uid] = name
            role = "admin" if "admin" in tags else "member"
            return f"user {uid} {name} ({role}, {len(tags)} tags)"
        case {"kind": "order", "id": oid, "user": uid, "lines": []}:
            return f"order {oid}: empty"
        case {"kind": "order", "id": oid, "user": uid, "lines": [*lines]} if uid in users:
            total = sum(line_total(l) for l in lines)
            totals[oid] = total
            return f"order {oid} by {users[uid]}: {len(lines)} lines, total {total}"
        case {"kind": "order", "id": oid, "user": uid}:
            return f"order {oid}: unknown user {uid}"
        case {"kind": "refund", "order": oid, "amount": int(a) | float(a), **more}:
            before = totals.get(oid, 0)
            totals[oid] = before - a
            note = more.get("reason") or "no reason"
            return f"refund {a} on {oid} ({note}); now {totals[oid]}"
        case {"kind": "refund", "amount": bad}:
            return f"bad refund amount {bad!r}"
        case {"kind": str(k), **rest} if not rest:
            return f"bare event {k}"
        case dict():
            return f"unrecognised keys {sorted(ev)}"
        case _:
            return f"not an event: {type(ev).__name__}"

for ev in events:
    print(handle(ev))
print(users, totals)

# Recursive structure summary.
def summarize(v, depth=0):
    pad = "  " * depth
    match v:
        case dict() if not v:
            print(pad + "{}")
        case {**items}:
            for k, sub in items.items():
                print(f"{pad}{k}:")
                summarize(sub, depth + 1)
        case [] | ():
            print(pad + "[]")
        case [single]:
            print(pad + "[one]")
            summarize(single, depth + 1)
        case [*many]:
            print(f"{pad}[{len(many)} items]")
            for m in many:
                summarize(m, depth + 1)
        case bool() | None:
            print(f"{pad}{v} (flag)")
        case int() | float() as n:
            print(f"{pad}{n} (number)")
        case str(s):
            print(f"{pad}{s!r} (text)")

summarize({"a": [1, 2.5, {"b": None, "c": []}], "d": {}, "e": [True], "f": ("x",)})
