//! Arithmetic on the builtin numeric types (bool, int, float, complex) with
//! CPython's semantics: floor division and modulo round toward negative
//! infinity, ints promote to arbitrary precision on overflow, and errors
//! carry CPython's messages.

use std::borrow::Cow;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_compiler::bytecode::BinOp;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A numeric operand, widened for arithmetic.
pub enum Num {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
    Complex(f64, f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Int(i) => Num::Int(*i),
        b @ (Value::True | Value::False) => Num::Int(matches!(b, Value::True) as i64),
        Value::BigInt(b) => Num::Big(b.clone()),
        Value::Float(f) => Num::Float(f.get()),
        Value::Complex(c) => Num::Complex(c.0, c.1),
        _ => return None,
    })
}

pub fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (**b).clone(),
        _ => unreachable!(),
    }
}

/// int → float with CPython's OverflowError.
pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(vm.overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

fn num_to_f64(vm: &Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
        Num::Complex(..) => unreachable!(),
    }
}

/// Apply `op` to two numbers; `None` if the operand types don't support it.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    use Num::*;
    match (a, b) {
        (Int(x), Int(y)) => int_op(vm, op, *x, *y),
        (Int(_) | Big(_), Int(_) | Big(_)) => {
            if let (Some(x), Some(y)) = (to_i128(a), to_i128(b)) {
                if let Some(v) = wide_op(op, x, y) {
                    return Ok(Some(v));
                }
            }
            big_op(vm, op, &big_ref(a), &big_ref(b))
        }
        (Complex(..), _) | (_, Complex(..)) => complex_op(vm, op, a, b),
        _ => {
            let x = num_to_f64(vm, a)?;
            let y = num_to_f64(vm, b)?;
            float_op(vm, op, x, y)
        }
    }
}

/// An int operand as i128, if it fits.
#[inline]
fn to_i128(n: &Num) -> Option<i128> {
    match n {
        Num::Int(i) => Some(*i as i128),
        Num::Big(b) => b.to_i128(),
        _ => None,
    }
}

/// An int operand as a `BigInt`, borrowed when it is one already.
fn big_ref(n: &Num) -> Cow<'_, BigInt> {
    match n {
        Num::Big(b) => Cow::Borrowed(&**b),
        other => Cow::Owned(to_big(other)),
    }
}

/// An i128 result as an int value: a `BigInt` only when it does not fit
/// i64 (big ints are kept normalised).
#[inline]
fn wide_value(r: i128) -> Value {
    match i64::try_from(r) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Rc::new(BigInt::from(r))),
    }
}

/// Int arithmetic in i128, for operands that fit it (an i64 result that
/// overflowed, or big ints of up to 127 bits such as 64-bit hashes and
/// random-number states): no `BigInt` temporaries, and at most the result
/// allocated. `None` when the result may not fit i128, the operator is not
/// covered, or the operation is an error (zero divisor, negative shift),
/// all of which `big_op` handles.
fn wide_op(op: BinOp, x: i128, y: i128) -> Option<Value> {
    let r = match op.base() {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        // `checked_rem` rules out a zero divisor and `MIN / -1` first, as
        // in `int_op`.
        BinOp::FloorDiv => x.checked_rem(y).map(|_| Integer::div_floor(&x, &y))?,
        BinOp::Mod => x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))?,
        BinOp::Pow => {
            if y < 0 {
                return None;
            }
            x.checked_pow(u32::try_from(y).ok()?)?
        }
        BinOp::LShift => {
            if y < 0 {
                return None;
            }
            if x == 0 {
                0
            } else if y < 127 && (x << y) >> y == x {
                x << y
            } else {
                return None;
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            if y >= 127 {
                if x < 0 { -1 } else { 0 }
            } else {
                x >> y
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        _ => return None,
    };
    Some(wide_value(r))
}

fn int_op(vm: &mut Vm, op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Some(Value::float(x as f64 / y as f64)));
            }
            return big_op(vm, op, &BigInt::from(x), &BigInt::from(y));
        }
        BinOp::Pow => {
            if y < 0 {
                return float_op(vm, op, x as f64, y as f64);
            }
            if y <= u32::MAX as i64 {
                x.checked_pow(y as u32)
            } else {
                None
            }
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x << y) >> y == x {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 { -1 } else { 0 }
            } else {
                x >> y
            })
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::MatMul => return Ok(None),
        _ => return int_op(vm, op.base(), x, y),
    };
    match r {
        Some(v) => Ok(Some(Value::Int(v))),
        None => match wide_op(op, x as i128, y as i128) {
            Some(v) => Ok(Some(v)),
            None => big_op(vm, op, &BigInt::from(x), &BigInt::from(y)),
        },
    }
}

fn big_op(vm: &mut Vm, op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Option<Value>> {
    let r = match op.base() {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(y)
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Some(Value::float(int_true_div(vm, x, y)?)));
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = big_to_f64(vm, x)?;
                let fy = big_to_f64(vm, y)?;
                return float_op(vm, BinOp::Pow, fx, fy);
            }
            if x.is_zero() || x.is_one() {
                return Ok(Some(Value::from_bigint(x.clone())));
            }
            if *x == BigInt::from(-1) {
                return Ok(Some(Value::Int(if y.is_even() { 1 } else { -1 })));
            }
            let Some(e) = y.to_u32() else {
                return Err(vm.error("MemoryError", ""));
            };
            // A power of two raised to `e` is a single shift (`2**64`).
            if x.is_positive() && x.magnitude().count_ones() == 1 {
                let k = x.magnitude().trailing_zeros().unwrap_or(0);
                let bits = k.saturating_mul(e as u64);
                // Refuse results beyond 2**34 bits (2 GiB), as `<<` does.
                if bits > 1 << 34 {
                    return Err(vm.error("MemoryError", ""));
                }
                return Ok(Some(Value::from_bigint(BigInt::from(1) << bits as usize)));
            }
            num_traits::pow(x.clone(), e as usize)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(s) = y.to_u64() else {
                return Err(vm.error("MemoryError", ""));
            };
            // Refuse results beyond 2**34 bits (2 GiB) instead of aborting.
            if !x.is_zero() && x.bits().saturating_add(s) > 1 << 34 {
                return Err(vm.error("MemoryError", ""));
            }
            x << s as usize
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        _ => return Ok(None),
    };
    Ok(Some(Value::from_bigint(r)))
}

/// Correctly rounded int / int.
fn int_true_div(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.is_finite()
            && b.is_finite()
            && a.abs() < 9007199254740992.0
            && b.abs() < 9007199254740992.0
        {
            return Ok(a / b);
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = x.is_negative() != y.is_negative();
    let (xa, ya) = (x.abs(), y.abs());
    let shift = ya.bits() as i64 - xa.bits() as i64 + 60;
    let (num, den) = if shift >= 0 {
        (xa << shift as usize, ya)
    } else {
        (xa, ya << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::one();
    } else {
        q <<= 1usize;
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift + 1);
    let result = if exp > 1023 + 64 {
        f64::INFINITY
    } else {
        qf * 2f64.powi(exp as i32)
    };
    if result.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -result } else { result })
}

pub fn float_op(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    let r = match op.base() {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::float(r)))
}

/// CPython's float_divmod.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && x.is_finite() && y.is_finite() {
        // Negative base with fractional exponent gives a complex result.
        let r = x.abs().powf(y);
        let theta = std::f64::consts::PI * y;
        return Ok(Value::Complex(Rc::new((r * theta.cos(), r * theta.sin()))));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

fn complex_op(vm: &mut Vm, op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    let to_c = |vm: &Vm, n: &Num| -> PyResult<(f64, f64)> {
        Ok(match n {
            Num::Complex(r, i) => (*r, *i),
            other => (num_to_f64(vm, other)?, 0.0),
        })
    };
    let (ar, ai) = to_c(vm, a)?;
    let (br, bi) = to_c(vm, b)?;
    let r = match op.base() {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            complex_div(ar, ai, br, bi)
        }
        BinOp::Pow => {
            let p = if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
                // Integer powers by repeated multiplication, as CPython does.
                let n = br as i64;
                let mut result = (1.0, 0.0);
                let mut base = (ar, ai);
                let mut e = n.unsigned_abs();
                while e > 0 {
                    if e & 1 == 1 {
                        result = (
                            result.0 * base.0 - result.1 * base.1,
                            result.0 * base.1 + result.1 * base.0,
                        );
                    }
                    base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
                    e >>= 1;
                }
                if n < 0 {
                    complex_div(1.0, 0.0, result.0, result.1)
                } else {
                    result
                }
            } else {
                let vabs = ar.hypot(ai);
                let mut len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                // cos/sin of an infinite phase is libm's EDOM, reported as
                // CPython does.
                if phase.is_infinite() {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (len * phase.cos(), len * phase.sin())
            };
            // CPython's _Py_ADJUST_ERANGE2: an infinite part is an overflow.
            if p.0.is_infinite() || p.1.is_infinite() {
                return Err(vm.overflow_error("complex exponentiation"));
            }
            p
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Complex(Rc::new(r))))
}

fn complex_div(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

/// Compare two real numbers exactly (ints and floats mixed). `None` for NaN.
pub fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    use Num::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Int(_) | Big(_), Int(_) | Big(_)) => Some(to_big(a).cmp(&to_big(b))),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Float(x), other) => float_int_cmp(*x, other),
        (other, Float(y)) => float_int_cmp(*y, other).map(|o| o.reverse()),
        _ => None,
    }
}

fn float_int_cmp(x: f64, i: &Num) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    let bi = to_big(i);
    let fl = x.floor();
    let fb = num_bigint::BigInt::from_f64(fl).unwrap();
    match fb.cmp(&bi) {
        std::cmp::Ordering::Equal => Some(if x > fl {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }),
        o => Some(o),
    }
}

use num_traits::FromPrimitive;

/// CPython's numeric hash: consistent across int, float and bool.
pub fn hash_int(i: i64) -> i64 {
    const M: i64 = (1 << 61) - 1;
    let h = if i >= 0 {
        i % M
    } else {
        -((-(i as i128) % M as i128) as i64)
    };
    if h == -1 { -2 } else { h }
}

pub fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from((1i64 << 61) - 1);
    let r = b.abs() % &m;
    let mut h = r.to_i64().unwrap();
    if b.is_negative() {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_int(x as i64);
    }
    // Exact rational hash as in CPython's _Py_HashDouble.
    const BITS: i32 = 61;
    const M: u64 = (1 << 61) - 1;
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & M) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= M {
            h -= M;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    h = ((h << e) & M) | (h >> (BITS - e));
    let mut h = h as i64;
    if x < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// The dispatch loop's fast path for `int`/`float` operands: the common
/// operators computed inline, or `None` to take the generic `binary_op`
/// (overflow to big ints, division by zero, mixed or user types).
#[inline(always)]
pub fn fast_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    fast_binary_g::<true>(op, a, b)
}

/// [`fast_binary`] without `**` (`None` for it): what it computes needs
/// no call, so a caller whose fast path is otherwise call-free stays so.
#[inline(always)]
pub fn fast_binary_leaf(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    fast_binary_g::<false>(op, a, b)
}

#[inline(always)]
fn fast_binary_g<const POW: bool>(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => fast_int(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => fast_float::<POW>(op, x.get(), y.get()),
        (Value::Float(x), Value::Int(y)) => fast_float::<POW>(op, x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) => fast_float::<POW>(op, *x as f64, y.get()),
        _ => None,
    }
}

/// (Matching `op` and its in-place twin directly, not `op.base()`: that
/// is a table lookup on every arithmetic instruction.)
#[inline(always)]
fn fast_int(op: BinOp, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        BinOp::Add | BinOp::IAdd => x.checked_add(y)?,
        BinOp::Sub | BinOp::ISub => x.checked_sub(y)?,
        BinOp::Mul | BinOp::IMul => x.checked_mul(y)?,
        BinOp::FloorDiv | BinOp::IFloorDiv => {
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod | BinOp::IMod => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::And | BinOp::IAnd => x & y,
        BinOp::Or | BinOp::IOr => x | y,
        BinOp::Xor | BinOp::IXor => x ^ y,
        _ => return None,
    };
    Some(Value::Int(r))
}

#[inline(always)]
fn fast_float<const POW: bool>(op: BinOp, x: f64, y: f64) -> Option<Value> {
    let r = match op {
        BinOp::Add | BinOp::IAdd => x + y,
        BinOp::Sub | BinOp::ISub => x - y,
        BinOp::Mul | BinOp::IMul => x * y,
        BinOp::TrueDiv | BinOp::ITrueDiv if y != 0.0 => x / y,
        // Positive finite bases only: negative bases, zero and overflow
        // have Python-specific results (complex, ZeroDivisionError,
        // OverflowError) that the generic path produces.
        BinOp::Pow | BinOp::IPow if POW && x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() || r == 0.0 {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Value::float(r))
}
