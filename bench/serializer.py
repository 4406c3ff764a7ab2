"""A JSON-like recursive serializer over nested dicts/lists: isinstance dispatch, string escaping, joins."""


from benchsize import bench_size


SIZES = {"full": 900, "tiny": 6}

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


class SerializeError(TypeError):
    pass


def escape(text):
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return '"' + text + '"'
    out = []
    for ch in text:
        rep = ESCAPES.get(ch)
        if rep is not None:
            out.append(rep)
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        elif ord(ch) > 126:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def serialize(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise SerializeError(f"cannot serialize {value!r}")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [serialize(v, indent, level + 1) for v in value]
        return join_items("[", items, "]", indent, level)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for key in sorted(value):
            if not isinstance(key, str):
                raise SerializeError(f"keys must be str, not {type(key).__name__}")
            items.append(f"{escape(key)}: {serialize(value[key], indent, level + 1)}")
        return join_items("{", items, "}", indent, level)
    raise SerializeError(f"Object of type {type(value).__name__} is not serializable")


def join_items(open_, items, close, indent, level):
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = "\n" + " " * (indent * (level + 1))
    return open_ + pad + ("," + pad).join(items) + "\n" + " " * (indent * level) + close


def make_record(i):
    return {
        "id": i,
        "name": f"user-{i:05d}",
        "score": (i * 37 % 1000) / 8,
        "active": i % 3 != 0,
        "tags": [f"t{j}" for j in range(i % 5)],
        "note": None if i % 4 else 'line one\nline "two"\t\\ caf\u00e9 \u2603 \U0001f600',
        "history": [{"day": d, "delta": d * i % 17 - 8} for d in range(i % 4 + 1)],
        "geo": {"lat": 51.5 + i / 1000, "lon": -0.125 * (i % 7), "alt": i % 250},
    }


def checksum(text):
    h = 0
    for ch in text[::7]:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    n = SIZES[size]
    records = [make_record(i) for i in range(n)]
    doc = {"version": 3, "records": records, "empty": {}, "nested": [[[], [1, [2.5, [True]]]]]}
    compact_len = 0
    pretty_len = 0
    h = 0
    for _ in range(8):
        compact = serialize(doc)
        pretty = serialize(doc, indent=2)
        compact_len += len(compact)
        pretty_len += len(pretty)
        h = (h * 1_000_003 + checksum(compact) + checksum(pretty)) & 0xFFFFFFFF
    try:
        serialize({"bad": {1, 2}})
        error = "none"
    except SerializeError as e:
        error = str(e)
    print(f"serializer({n}): compact={compact_len} pretty={pretty_len} hash={h:08x} error={error!r}")


main()
