//! Float → text conversions that reproduce CPython 3.12 byte for byte.
//!
//! CPython funnels every float conversion (`repr`, `format`, `%`-formatting,
//! `complex.__repr__`) through `PyOS_double_to_string` in Python/pystrtod.c,
//! which asks David Gay's `_Py_dg_dtoa` for a bare digit string plus a
//! decimal-point position and then lays those digits out (`format_float_short`).
//! We keep exactly that split:
//!
//! * **digit generation** — instead of dtoa we use `ryu` for the shortest
//!   round-trip digits (dtoa mode 0) and Rust's own exact `{:.N}` / `{:.Ne}`
//!   formatting for a fixed number of digits (dtoa modes 2 and 3).  Both are
//!   correctly rounded with ties-to-even on the exact binary value, which is
//!   what dtoa does, so the digits are identical;
//! * **layout** — a line-by-line port of `format_float_short`, so all the
//!   quirks (`1e+16` vs `1000000000000000.0`, `#` keeping a bare `.`, the
//!   `z` flag only applying after rounding, nan ignoring its sign) fall out
//!   of the same code paths CPython uses.

use std::fmt::Write as _;

/// Digits as `_Py_dg_dtoa` returns them: no leading or trailing zeros, and the
/// value is `0.DIGITS × 10^decpt`.  Zero is `("0", 1)`; a non-zero value that
/// rounds away entirely in fixed mode is `("", -ndigits)`, like dtoa.
struct Digits {
    digits: String,
    decpt: i64,
}

/// Turns any plain or scientific decimal string produced by Rust or ryu
/// (`"123.450"`, `"1e16"`, `"1.5e-7"`, `"0.00001"`) into dtoa-style digits.
/// Returns an empty digit string when every digit is zero.
fn parse_decimal(s: &str) -> Digits {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().expect("exponent")),
        None => (s, 0),
    };
    let (int, frac) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let mut digits = String::with_capacity(int.len() + frac.len());
    digits.push_str(int);
    digits.push_str(frac);
    let lead = digits.bytes().take_while(|&b| b == b'0').count();
    digits.drain(..lead);
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    Digits {
        digits,
        decpt: int.len() as i64 + exp - lead as i64,
    }
}

/// dtoa mode 0: the shortest digit string that round-trips (ryu picks the
/// closest such string, as dtoa does).  `x` must be finite and non-negative.
fn shortest_digits(x: f64) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: "0".into(),
            decpt: 1,
        };
    }
    let mut buf = ryu::Buffer::new();
    parse_decimal(buf.format_finite(x))
}

/// dtoa mode 2: `ndigits` (≥ 1) significant digits, correctly rounded.
fn exp_digits(x: f64, ndigits: usize) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: "0".into(),
            decpt: 1,
        };
    }
    parse_decimal(&format!("{:.*e}", ndigits - 1, x))
}

/// dtoa mode 3: digits up to `ndigits` places after the decimal point
/// (negative `ndigits` rounds to tens, hundreds, …; only `round()` uses that).
fn fixed_digits(x: f64, ndigits: i64) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: "0".into(),
            decpt: 1,
        };
    }
    let d = if ndigits >= 0 {
        parse_decimal(&format!("{:.*}", ndigits as usize, x))
    } else {
        round_integer_part(x, (-ndigits) as usize)
    };
    if d.digits.is_empty() {
        Digits {
            digits: String::new(),
            decpt: -ndigits,
        }
    } else {
        d
    }
}

/// Rounds `x` (finite, positive) half-to-even to a multiple of `10^k`, k ≥ 1.
/// Rust's formatter cannot round left of the decimal point, so we take the
/// exact integer digits of `trunc(x)` and round that string ourselves; the
/// fractional part only matters to break an apparent exact tie.
fn round_integer_part(x: f64, k: usize) -> Digits {
    let int = format!("{:.0}", x.trunc());
    let frac_nonzero = x.fract() != 0.0;
    if int.len() < k || int == "0" {
        // x < 10^(k-1) ≤ 0.5·10^k: rounds to zero.
        return Digits {
            digits: String::new(),
            decpt: 0,
        };
    }
    let (kept, dropped) = int.split_at(int.len() - k);
    let first = dropped.as_bytes()[0];
    let rest_zero = dropped[1..].bytes().all(|b| b == b'0') && !frac_nonzero;
    let last_odd = kept.bytes().last().is_some_and(|b| (b - b'0') % 2 == 1);
    let up = first > b'5' || (first == b'5' && (!rest_zero || last_odd));
    let mut kept: Vec<u8> = kept.bytes().collect();
    if up {
        // Decimal increment with carry.
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let s = String::from_utf8(kept).expect("ascii digits");
    parse_decimal(&format!("{s}e{k}"))
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
pub(crate) struct DtsFlags {
    /// Always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// Make sure the result looks like a float (`1.0`, not `1`), for repr.
    pub add_dot_0: bool,
    /// The `#` alternate form: keep the decimal point and `g`'s trailing zeros.
    pub alt: bool,
    /// The `z` flag: drop the sign of a value that rounds to zero.
    pub no_neg_0: bool,
}

/// Port of CPython's `PyOS_double_to_string`: `code` is one of `eEfFgG` or
/// `r` (repr, for which `precision` is ignored).
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        // dtoa ignores the sign of a nan.
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        });
        return out;
    }
    // PyOS_double_to_string adjusts the precision before format_float_short.
    let precision = match code {
        'e' => precision + 1,
        'g' => precision.max(1),
        'r' => 0,
        _ => precision,
    } as i64;
    let Digits { digits, mut decpt } = match code {
        'e' | 'g' => exp_digits(x.abs(), precision as usize),
        'f' => fixed_digits(x.abs(), precision),
        'r' => shortest_digits(x.abs()),
        _ => unreachable!("double_to_string: bad format code {code:?}"),
    };

    // ---- format_float_short ----
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == "0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        // repr switches to exponent form at 1e16 and below 1e-4.
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    // Exactly one of the three branches below places the decimal point.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": explicit sign, at least two digits.
        let _ = write!(
            out,
            "{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.unsigned_abs()
        );
    }
    out
}

/// `repr(x)` / `str(x)` of a float, e.g. `0.1`, `1e+16`, `1.5e-07`, `-0.0`.
///
/// ryu's own layout already is Python's for almost every value (the same
/// shortest digits, `.0` on integral values, plain notation up to 16 integer
/// digits), so its text is used directly: only its exponent needs a sign and
/// two digits (`1e16` → `1e+16`). The one range where the two disagree is
/// 1e-5 ≤ |x| < 1e-4, which ryu writes as `0.0000…` and Python in exponent
/// form; that and nan/inf take the general path.
pub fn float_repr(x: f64) -> String {
    let mut out = String::new();
    if short_repr(x, |s| out.push_str(s)) {
        return out;
    }
    float_repr_general(x)
}

/// `repr(x)` as a `str` value: the text goes from ryu's stack buffer into
/// the (usually inline) string with no intermediate `String`.
pub fn float_repr_value(x: f64) -> crate::value::Value {
    let mut value = None;
    if short_repr(x, |s| value = Some(crate::types::str::ascii_str_value(s))) {
        if let Some(v) = value {
            return v;
        }
    }
    crate::value::Value::string(float_repr_general(x))
}

/// [`float_repr`]'s text for the values ryu lays out as Python does, handed
/// to `emit` in one piece (false, with nothing emitted, for the others).
#[inline]
fn short_repr(x: f64, emit: impl FnOnce(&str)) -> bool {
    if !x.is_finite() {
        return false;
    }
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(x);
    if let Some(e) = s.find('e') {
        let (mantissa, exp) = (&s[..e], &s[e + 1..]);
        let (sign, magnitude) = match exp.strip_prefix('-') {
            Some(m) => (b'-', m),
            None => (b'+', exp),
        };
        // At most 17 digits, a sign and a point, `e`, a sign, 3 digits.
        let mut out = [0u8; 32];
        let mut n = mantissa.len();
        out[..n].copy_from_slice(mantissa.as_bytes());
        out[n] = b'e';
        out[n + 1] = sign;
        n += 2;
        if magnitude.len() < 2 {
            out[n] = b'0';
            n += 1;
        }
        out[n..n + magnitude.len()].copy_from_slice(magnitude.as_bytes());
        n += magnitude.len();
        return match std::str::from_utf8(&out[..n]) {
            Ok(text) => {
                emit(text);
                true
            }
            Err(_) => false,
        };
    }
    if s.trim_start_matches('-').starts_with("0.0000") {
        return false;
    }
    emit(s);
    true
}

/// [`float_repr`] through the port of `PyOS_double_to_string`.
pub(super) fn float_repr_general(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// `repr(complex(re, im))`, a port of CPython's `complex_repr`: a real part of
/// +0.0 is omitted (and so are the parentheses); components print like floats
/// but without a forced `.0`, so `(1+2j)` rather than `(1.0+2.0j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtsFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", double_to_string(im, 'r', 0, plain))
    } else {
        let re_s = double_to_string(re, 'r', 0, plain);
        let im_s = double_to_string(
            im,
            'r',
            0,
            DtsFlags {
                sign: true,
                ..plain
            },
        );
        format!("({re_s}{im_s}j)")
    }
}

/// `float.hex(x)`: `[-]0x{0|1}.{13 hex digits}p{±exp}`; subnormals use a
/// leading `0` and exponent -1022, exactly like CPython's `float_hex`.
/// Infinities and nans come out as their repr (`inf`, `-inf`, `nan`).
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// `round(x, ndigits)` for floats, CPython's `float.__round__` with an
/// explicit `ndigits`: the value is rounded half-to-even on its *exact* binary
/// value (hence `round(2.675, 2) == 2.67`) by producing the correctly-rounded
/// decimal string and reading it back.
///
/// Non-finite values are returned unchanged.  Where CPython raises
/// `OverflowError("rounded value too large to represent")` this returns an
/// infinity; callers detect that as `result.is_infinite() && x.is_finite()`.
/// (`round(x)` with no `ndigits` returns an int and is the caller's business.)
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and -(DBL_MAX_EXP + 1) * 0.30103.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return x;
    }
    if ndigits < NDIGITS_MIN {
        return 0.0 * x;
    }
    let Digits { digits, decpt } = fixed_digits(x.abs(), ndigits);
    let mag = if digits.is_empty() {
        0.0
    } else {
        format!("0.{digits}e{decpt}")
            .parse::<f64>()
            .expect("decimal string")
    };
    if x.is_sign_negative() { -mag } else { mag }
}
