//! CPython 3.12-exact number and string formatting, independent of the VM.
//!
//! This module knows nothing about `Value` or the interpreter: it takes plain
//! Rust numbers and strings and returns the exact text CPython would produce,
//! or `Err(message)` carrying CPython's exception message verbatim (almost
//! always a `ValueError`; the few `OverflowError`s are noted on the function).
//! Keeping it self-contained lets it be tested against CPython in isolation.
//!
//! * [`float`] — float digits and layout (`repr`, `e`/`f`/`g`, `float.hex`,
//!   `round`), a port of Python/pystrtod.c;
//! * [`spec`] — the `format()` mini-language, a port of
//!   Python/formatter_unicode.c;
//! * this file — printf-style `%` conversions (Objects/unicodeobject.c).

mod float;
mod spec;

#[cfg(test)]
mod tests;

pub use float::{complex_repr, float_hex, float_repr, float_repr_value, round_float};
pub use spec::{
    FormatSpec, format_complex, format_float, format_i64, format_int, format_str, parse_spec,
};

use float::{DtsFlags, double_to_string};
use num_bigint::{BigInt, Sign};

/// `'%<flags><width>.<prec><conv>' % v` for an int, `conv` in `diuoxX`.
///
/// `flags` may contain any of `-+ #0`.  The precision is a minimum digit
/// count (`'%.5d' % 3 == '00003'`); `#` adds `0o`/`0x`/`0X`.  Mirrors
/// `_PyUnicode_FormatLong` followed by `unicode_format_arg_output`.
pub fn percent_int(
    v: &BigInt,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> String {
    let alt = flags.contains('#');
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if let Some(p) = prec
        && p > digits.len()
    {
        digits.insert_str(0, &"0".repeat(p - digits.len()));
    }
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut s = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    s.push_str(&digits);
    percent_output(&s, flags, width, true, alt && base != 10)
}

/// `'%<flags><width>.<prec><conv>' % x` for a float, `conv` in `eEfFgG`
/// (the caller converts `%d`-style ints and `__float__` objects first).
/// The precision defaults to 6; `#` keeps the point and `g`'s zeros.
pub fn percent_float(
    x: f64,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> String {
    let dts = DtsFlags {
        alt: flags.contains('#'),
        ..DtsFlags::default()
    };
    let s = double_to_string(x, conv, prec.unwrap_or(6), dts);
    percent_output(&s, flags, width, true, false)
}

/// Pads an already-converted `%s`/`%r`/`%a`/`%c` result to `width`
/// (`-` in `flags` left-justifies; other flags are ignored for text, and the
/// fill is always a space).  Precision truncation of `%s`/`%r`/`%a` is done
/// by the caller before calling this, as only those three conversions (not
/// `%c`) truncate.
pub fn pad_percent(s: &str, flags: &str, width: Option<usize>) -> String {
    percent_output(s, flags, width, false, false)
}

/// Port of `unicode_format_arg_output`.  For numbers (`numeric`), the sign
/// (and a `0x`/`0o` prefix, `has_prefix`) stays in front of zero padding
/// but behind space padding; `+`/space flags add a sign to positive numbers.
/// With `0` flag, even `nan`/`inf` are zero-padded (`'%05f' % nan == '00nan'`),
/// as in CPython.
fn percent_output(
    s: &str,
    flags: &str,
    width: Option<usize>,
    numeric: bool,
    has_prefix: bool,
) -> String {
    let ljust = flags.contains('-');
    let fill = if numeric && flags.contains('0') {
        '0'
    } else {
        ' '
    };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut pindex = 0usize;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if flags.contains('+') => sign = Some('+'),
            _ if flags.contains(' ') => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = width.map_or(-1, |w| w as i64).max(len);
    let mut out = String::with_capacity(width.max(0) as usize + 1);
    if let Some(c) = sign {
        if fill != ' ' {
            out.push(c);
        }
        if width > len {
            width -= 1;
        }
    }
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !ljust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if has_prefix {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len as usize]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    out
}
