#!/usr/bin/env python3
"""Generate str_unicode_data.rs: the Unicode character properties that
CPython's str methods use, taken from CPython 3.12 itself (Unicode 15.0).

Run with CPython 3.12 from the repository root:

    $(pyenv root)/versions/3.12.1/bin/python3.12 \
        crates/weft-vm/src/builtins/str_unicode_gen.py

Every table is derived from the behaviour of CPython's own str methods, so
weft's predicates and case mappings agree with CPython character for
character.
"""
import os
import sys
import unicodedata

if sys.version_info[:2] != (3, 12):
    sys.exit("run this with CPython 3.12")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "str_unicode_data.rs")
CHARS = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]


def ranges(pred):
    out = []
    start = prev = None
    for c in CHARS:
        cp = ord(c)
        if pred(c):
            if start is not None and cp == prev + 1:
                prev = cp
                continue
            if start is not None:
                out.append((start, prev))
            start = prev = cp
    if start is not None:
        out.append((start, prev))
    return out


def sigma_final_after(c):
    # "AΣc": Σ is final when c is case-ignorable or not cased.
    return ("A\u03a3" + c).lower()[1] == "\u03c2"


def sigma_final_before(c):
    # "AcΣ": Σ is final when c is case-ignorable or cased.
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


PROPS = [
    ("ALPHA", "str.isalpha", str.isalpha),
    ("DECIMAL", "str.isdecimal (category Nd)", str.isdecimal),
    ("DIGIT", "str.isdigit", str.isdigit),
    ("NUMERIC", "str.isnumeric", str.isnumeric),
    ("PRINTABLE", "str.isprintable", str.isprintable),
    ("IDENT_START", "XID_Start plus '_'", str.isidentifier),
    ("IDENT_CONTINUE", "XID_Continue", lambda c: ("a" + c).isidentifier()),
    ("LOWERCASE", "the Lowercase property", str.islower),
    ("UPPERCASE", "the Uppercase property", str.isupper),
    ("TITLECASE", "category Lt", lambda c: unicodedata.category(c) == "Lt"),
    ("CASE_IGNORABLE", "the Case_Ignorable property",
     lambda c: sigma_final_after(c) and sigma_final_before(c)),
]


def rust_str(s):
    return '"' + "".join("\\u{%x}" % ord(ch) for ch in s) + '"'


def emit_ranges(out, name, doc, rs):
    out.append(f"/// Ranges of code points with {doc}.")
    out.append("#[rustfmt::skip]")
    out.append(f"pub static {name}: &[(u32, u32)] = &[")
    line = "   "
    for a, b in rs:
        item = f" ({a}, {b}),"
        if len(line) + len(item) > 99:
            out.append(line)
            line = "   "
        line += item
    if line.strip():
        out.append(line)
    out.append("];")
    out.append("")


def emit_map(out, name, doc, pairs):
    out.append(f"/// {doc}")
    out.append("#[rustfmt::skip]")
    out.append(f"pub static {name}: &[(u32, &str)] = &[")
    line = "   "
    for c, s in pairs:
        item = f" ({ord(c)}, {rust_str(s)}),"
        if len(line) + len(item) > 99:
            out.append(line)
            line = "   "
        line += item
    if line.strip():
        out.append(line)
    out.append("];")
    out.append("")


def main():
    out = [
        "//! Unicode character tables for the str methods, generated from CPython 3.12",
        f"//! (Unicode {unicodedata.unidata_version}) by `str_unicode_gen.py`. Do not edit by hand.",
        "",
    ]
    for name, doc, pred in PROPS:
        emit_ranges(out, name, doc, ranges(pred))
    # Every run of decimal digits starts at a digit zero, so a digit's value
    # is its distance from the start of its run modulo 10.
    for a, b in ranges(str.isdecimal):
        for cp in range(a, b + 1):
            assert unicodedata.decimal(chr(cp)) == (cp - a) % 10, hex(cp)
    title = [(c, c.title()) for c in CHARS if c.title() != c.upper()]
    emit_map(out, "TITLE_SPECIAL", "Characters whose full titlecase mapping differs from their uppercase.", title)
    fold = [(c, c.casefold()) for c in CHARS if c.casefold() != c.lower()]
    emit_map(out, "FOLD_SPECIAL", "Characters whose full case folding differs from their lowercase.", fold)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"wrote {OUT}: {len(out)} lines")


main()
