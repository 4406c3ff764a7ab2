//! Parsing numbers from text with CPython's rules: `int(s, base)`,
//! `float(s)` and `complex(s)` accept Unicode decimal digits and whitespace,
//! underscores between digits, and report CPython's exact error messages.

use num_bigint::BigInt;

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The first code point of every run of ten Unicode decimal digits (`Nd`),
/// as in Unicode 15.0 (CPython 3.12).
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// The value of a Unicode decimal digit (`str.isdecimal` characters).
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    if i == 0 {
        return None;
    }
    let d = u - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// C's `isspace` in the C locale (CPython's `Py_ISSPACE`), which number
/// parsers apply after non-ASCII spaces have become ' '.
pub fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode digits
/// become ASCII digits and Unicode spaces become ' '. `None` when another
/// non-ASCII character remains (the text can't be a number).
fn to_ascii_number(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else if c.is_whitespace() {
            out.push(' ');
        } else {
            return None;
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

/// A repr truncated to 200 characters, as CPython's `%.200R`.
fn repr200(r: String) -> String {
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

/// Remove underscores, which are only allowed between two digits.
fn strip_underscores(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if !s.contains('_') {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !before || !after {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

/// Why an int literal was rejected.
enum IntErr {
    Invalid,
    TooManyDigits(usize),
}

/// Parse the text of an int literal (already ASCII) in `base` (0 = infer).
fn parse_int_ascii(s: &str, base: u32) -> Result<BigInt, IntErr> {
    let t = s.trim_matches(is_c_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let bytes = body.as_bytes();
    let mut b = base;
    let mut digits = body;
    let prefixed =
        |p: u8| bytes.len() >= 2 && bytes[0] == b'0' && bytes[1].to_ascii_lowercase() == p;
    for (p, pb) in [(b'x', 16), (b'o', 8), (b'b', 2)] {
        if (base == 0 || base == pb) && prefixed(p) {
            digits = &body[2..];
            b = pb;
            // One underscore may directly follow the prefix.
            if let Some(rest) = digits.strip_prefix('_') {
                digits = rest;
            }
            break;
        }
    }
    if b == 0 {
        b = 10;
        // Without a prefix, a leading zero only allows a value of zero.
        if digits.starts_with('0') && !digits.bytes().all(|c| c == b'0' || c == b'_') {
            return Err(IntErr::Invalid);
        }
    }
    let db = digits.as_bytes();
    if db.is_empty() || db[0] == b'_' || db[db.len() - 1] == b'_' {
        return Err(IntErr::Invalid);
    }
    let mut clean: Vec<u8> = Vec::with_capacity(db.len());
    let mut prev_us = false;
    for &c in db {
        if c == b'_' {
            if prev_us {
                return Err(IntErr::Invalid);
            }
            prev_us = true;
            continue;
        }
        prev_us = false;
        let ok = (c as char).to_digit(36).is_some_and(|d| d < b);
        if !ok {
            return Err(IntErr::Invalid);
        }
        clean.push(c);
    }
    if !b.is_power_of_two() && clean.len() > 4300 {
        return Err(IntErr::TooManyDigits(clean.len()));
    }
    if clean.len() <= 18 && b == 10 {
        let mut v: i64 = 0;
        for &c in &clean {
            v = v * 10 + (c - b'0') as i64;
        }
        return Ok(BigInt::from(if neg { -v } else { v }));
    }
    match BigInt::parse_bytes(&clean, b) {
        Some(n) => Ok(if neg { -n } else { n }),
        None => Err(IntErr::Invalid),
    }
}

fn check_base(vm: &Vm, base: i64) -> PyResult<u32> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(base as u32)
}

fn int_err(vm: &Vm, e: IntErr, base: u32, repr: impl FnOnce() -> String) -> PyErr {
    match e {
        IntErr::Invalid => vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            repr200(repr())
        )),
        IntErr::TooManyDigits(n) => vm.value_error(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )),
    }
}

/// `int(s, base)` for a str.
pub fn int_from_str(vm: &Vm, s: &str, base: i64) -> PyResult<Value> {
    let base = check_base(vm, base)?;
    let r = match to_ascii_number(s) {
        Some(a) => parse_int_ascii(&a, base),
        None => Err(IntErr::Invalid),
    };
    r.map(Value::from_bigint)
        .map_err(|e| int_err(vm, e, base, || crate::builtins::repr::str_repr(s)))
}

/// `int(b, base)` for bytes-like data.
pub fn int_from_bytes_text(vm: &Vm, b: &[u8], base: i64) -> PyResult<Value> {
    let base = check_base(vm, base)?;
    let r = match std::str::from_utf8(b) {
        Ok(s) if s.is_ascii() => parse_int_ascii(s, base),
        _ => Err(IntErr::Invalid),
    };
    r.map(Value::from_bigint)
        .map_err(|e| int_err(vm, e, base, || crate::builtins::repr::bytes_repr(b)))
}

/// `int(v, base)` with an explicit base: `v` must be str or bytes-like.
pub fn int_with_base(vm: &mut Vm, v: &Value, base: &Value) -> PyResult<Value> {
    let base = match base {
        Value::BigInt(_) => 37,
        other => vm.index_value(other)?,
    };
    match v {
        Value::Str(s) => int_from_str(vm, s.as_str(), base),
        Value::Bytes(b) => int_from_bytes_text(vm, b, base),
        Value::ByteArray(b) => {
            let data = b.borrow().clone();
            int_from_bytes_text(vm, &data, base)
        }
        _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
    }
}

/// Parse a whole float literal (ASCII, no underscores): Python's grammar is
/// exactly what Rust's `f64::from_str` accepts.
fn parse_float_ascii(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_c_space);
    let t = strip_underscores(t)?;
    t.parse::<f64>().ok()
}

/// `float(s)` for a str.
pub fn float_from_str(vm: &Vm, s: &str) -> PyResult<f64> {
    to_ascii_number(s)
        .and_then(|a| parse_float_ascii(&a))
        .ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                repr200(crate::builtins::repr::str_repr(s))
            ))
        })
}

/// `float(b)` for bytes-like data.
pub fn float_from_bytes_text(vm: &Vm, b: &[u8]) -> PyResult<f64> {
    std::str::from_utf8(b)
        .ok()
        .filter(|s| s.is_ascii())
        .and_then(parse_float_ascii)
        .ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                repr200(crate::builtins::repr::bytes_repr(b))
            ))
        })
}

/// The longest prefix of `s` that is a float literal: (value, length).
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    let lower_starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let end = if lower_starts(b"infinity") {
        i + 8
    } else if lower_starts(b"inf") || lower_starts(b"nan") {
        i + 3
    } else {
        let mut j = i;
        let digits = |j: &mut usize| {
            let st = *j;
            while *j < s.len() && s[*j].is_ascii_digit() {
                *j += 1;
            }
            *j - st
        };
        let mut n = digits(&mut j);
        if j < s.len() && s[j] == b'.' {
            j += 1;
            n += digits(&mut j);
        }
        if n == 0 {
            return None;
        }
        if j < s.len() && (s[j] == b'e' || s[j] == b'E') {
            let mut k = j + 1;
            if k < s.len() && (s[k] == b'+' || s[k] == b'-') {
                k += 1;
            }
            if digits(&mut k) > 0 {
                j = k;
            }
        }
        j
    };
    let text = std::str::from_utf8(&s[..end]).ok()?;
    text.parse::<f64>().ok().map(|f| (f, end))
}

/// `complex(s)`: (real, imag), or the ValueError to raise.
pub fn complex_from_str(vm: &Vm, s: &str) -> PyResult<(f64, f64)> {
    let malformed = || vm.value_error("complex() arg is a malformed string");
    let Some(a) = to_ascii_number(s) else {
        return Err(malformed());
    };
    let Some(a) = strip_underscores(&a).map(|c| c.into_owned()) else {
        return Err(vm.value_error(format!(
            "could not convert string to complex: {}",
            repr200(crate::builtins::repr::str_repr(s))
        )));
    };
    let b = a.as_bytes();
    let n = b.len();
    let mut p = 0;
    let skip_space = |p: &mut usize| {
        while *p < n && is_c_space(b[*p] as char) {
            *p += 1;
        }
    };
    skip_space(&mut p);
    let bracket = p < n && b[p] == b'(';
    if bracket {
        p += 1;
        skip_space(&mut p);
    }
    let is_j = |p: usize| p < n && (b[p] == b'j' || b[p] == b'J');
    let (mut re, mut im) = (0.0, 0.0);
    match float_prefix(&b[p..]) {
        Some((z, len)) => {
            p += len;
            if p < n && (b[p] == b'+' || b[p] == b'-') {
                re = z;
                match float_prefix(&b[p..]) {
                    Some((y, len)) => {
                        im = y;
                        p += len;
                    }
                    None => {
                        im = if b[p] == b'+' { 1.0 } else { -1.0 };
                        p += 1;
                    }
                }
                if !is_j(p) {
                    return Err(malformed());
                }
                p += 1;
            } else if is_j(p) {
                im = z;
                p += 1;
            } else {
                re = z;
            }
        }
        None => {
            if p < n && (b[p] == b'+' || b[p] == b'-') {
                im = if b[p] == b'+' { 1.0 } else { -1.0 };
                p += 1;
            } else {
                im = 1.0;
            }
            if !is_j(p) {
                return Err(malformed());
            }
            p += 1;
        }
    }
    skip_space(&mut p);
    if bracket {
        if p >= n || b[p] != b')' {
            return Err(malformed());
        }
        p += 1;
        skip_space(&mut p);
    }
    if p != n {
        return Err(malformed());
    }
    Ok((re, im))
}
