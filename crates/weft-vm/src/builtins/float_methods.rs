//! Float algorithms behind `float` methods: `round(x, n)`'s edge cases,
//! `as_integer_ratio`, and `fromhex` ported from CPython's `floatobject.c`
//! (`hex` and the decimal rounding itself live in `crate::format`).

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::vm::{PyResult, Vm};

const DBL_MANT_DIG: i64 = 53;
const DBL_MIN_EXP: i64 = -1021;
const DBL_MAX_EXP: i64 = 1024;

/// The exact value of a finite, non-zero `|x|` as `mant * 2**exp`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// `x * 2**k` without intermediate overflow or double rounding for the
/// exactly representable results fromhex produces.
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= 2f64.powi(1000);
        k -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1000 {
        x *= 2f64.powi(-1000);
        k += 1000;
    }
    x * 2f64.powi(k as i32)
}

/// `round(x, ndigits)` with an explicit `ndigits`, as `float.__round__`.
pub fn round_float(vm: &Vm, x: f64, ndigits: &BigInt) -> PyResult<f64> {
    let nd = match ndigits.to_i64() {
        Some(n) => n,
        None if ndigits.is_negative() => i64::MIN,
        None => i64::MAX,
    };
    // Non-finite values round to themselves before the ndigits clamps.
    if !x.is_finite() {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(0.0 * x);
    }
    let r = crate::format::round_float(x, nd);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("rounded value too large to represent"));
    }
    Ok(r)
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
pub fn as_integer_ratio(vm: &Vm, x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (mut mant, mut exp) = decompose(x);
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut n = BigInt::from(mant);
    let mut d = BigInt::one();
    if exp >= 0 {
        n <<= exp as usize;
    } else {
        d <<= (-exp) as usize;
    }
    if x < 0.0 {
        n = -n;
    }
    Ok((n, d))
}

/// `float.fromhex(s)`, ported from CPython's `float_fromhex`.
pub fn float_fromhex(vm: &Vm, s: &str) -> PyResult<f64> {
    let invalid = || vm.value_error("invalid hexadecimal floating-point string");
    let overflow = || vm.overflow_error("hexadecimal value too large to represent as a float");
    let b = s.as_bytes();
    let n = b.len();
    let is_space = |c: u8| crate::builtins::numparse::is_c_space(c as char);
    let mut p = 0;
    while p < n && is_space(b[p]) {
        p += 1;
    }
    let finish = |p: usize, v: f64| -> PyResult<f64> {
        let mut p = p;
        while p < n && is_space(b[p]) {
            p += 1;
        }
        if p != n { Err(invalid()) } else { Ok(v) }
    };
    let mut negate = false;
    if p < n && (b[p] == b'-' || b[p] == b'+') {
        negate = b[p] == b'-';
        p += 1;
    }
    let sign = if negate { -1.0 } else { 1.0 };
    // inf, infinity, nan
    let rest = &b[p..];
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    if starts(b"infinity") {
        return finish(p + 8, sign * f64::INFINITY);
    }
    if starts(b"inf") {
        return finish(p + 3, sign * f64::INFINITY);
    }
    if starts(b"nan") {
        return finish(p + 3, f64::NAN);
    }
    if p + 1 < n && b[p] == b'0' && (b[p + 1] == b'x' || b[p + 1] == b'X') {
        p += 2;
    }
    // Coefficient: hex digits with an optional point.
    let hexval = |c: u8| (c as char).to_digit(16);
    let coeff_start = p;
    while p < n && hexval(b[p]).is_some() {
        p += 1;
    }
    let int_end = p;
    let mut frac_digits: Vec<u32> = Vec::new();
    if p < n && b[p] == b'.' {
        p += 1;
        while p < n && hexval(b[p]).is_some() {
            frac_digits.push(hexval(b[p]).unwrap_or(0));
            p += 1;
        }
    }
    // Digits from most to least significant.
    let mut digits: Vec<u32> = b[coeff_start..int_end]
        .iter()
        .map(|&c| hexval(c).unwrap_or(0))
        .collect();
    let fdigits = frac_digits.len() as i64;
    digits.extend(frac_digits);
    if digits.is_empty() {
        return Err(invalid());
    }
    if digits.len() as i64 > (i64::MAX / 2 + 1 - DBL_MAX_EXP) / 4 {
        return Err(vm.value_error("hexadecimal string too long to convert"));
    }
    // Exponent.
    let mut exp: i64 = 0;
    if p < n && (b[p] == b'p' || b[p] == b'P') {
        p += 1;
        let mut eneg = false;
        if p < n && (b[p] == b'-' || b[p] == b'+') {
            eneg = b[p] == b'-';
            p += 1;
        }
        let st = p;
        while p < n && b[p].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((b[p] - b'0') as i64);
            p += 1;
        }
        if p == st {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    // HEX_DIGIT(j): the j-th digit counting from the least significant.
    let nd_total = digits.len();
    let hex_digit = |j: usize| digits[nd_total - 1 - j];
    let mut ndigits = nd_total;
    // Discard leading zeros.
    while ndigits > 0 && hex_digit(ndigits - 1) == 0 {
        ndigits -= 1;
    }
    if ndigits == 0 || exp < i64::MIN / 2 {
        return finish(p, sign * 0.0);
    }
    if exp > i64::MAX / 2 {
        return Err(overflow());
    }
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits as i64 - 1);
    let mut d = hex_digit(ndigits - 1);
    while d != 0 {
        top_exp += 1;
        d /= 2;
    }
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
        return finish(p, sign * 0.0);
    }
    if top_exp > DBL_MAX_EXP {
        return Err(overflow());
    }
    let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for i in (0..ndigits).rev() {
            x = 16.0 * x + hex_digit(i) as f64;
        }
        return finish(p, sign * ldexp(x, exp));
    }
    let half_eps: u32 = 1 << ((lsb - exp - 1) % 4);
    let key_digit = ((lsb - exp - 1) / 4) as usize;
    for i in (key_digit + 1..ndigits).rev() {
        x = 16.0 * x + hex_digit(i) as f64;
    }
    let digit = hex_digit(key_digit);
    x = 16.0 * x + (digit & (16 - 2 * half_eps)) as f64;
    if digit & half_eps != 0 {
        let mut round_up = false;
        if digit & (3 * half_eps - 1) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && hex_digit(key_digit + 1) & 1 != 0)
        {
            round_up = true;
        } else {
            for i in (0..key_digit).rev() {
                if hex_digit(i) != 0 {
                    round_up = true;
                    break;
                }
            }
        }
        if round_up {
            x += (2 * half_eps) as f64;
            if top_exp == DBL_MAX_EXP && x == ldexp((2 * half_eps) as f64, DBL_MANT_DIG) {
                return Err(overflow());
            }
        }
    }
    let x = ldexp(x, exp + 4 * key_digit as i64);
    finish(p, sign * x)
}
