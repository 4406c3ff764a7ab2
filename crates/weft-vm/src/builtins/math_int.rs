//! The integer functions of the `math` module: floor/ceil/trunc (which return
//! ints), factorial, comb, perm, gcd, lcm and isqrt. Results are exact and
//! become BigInts when they outgrow i64.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::functions::to_int;
use crate::builtins::math::{as_big, no_kwargs, one_arg, positional, to_f64, to_index};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The int an instance of an int subclass wraps, if it is one.
fn int_base(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(inst) => match inst.base_value().clone() {
            Some(b @ (Value::Int(_) | Value::BigInt(_))) => Some(b),
            Some(b @ (Value::True | Value::False)) => {
                Some(Value::Int(matches!(b, Value::True) as i64))
            }
            _ => None,
        },
        _ => None,
    }
}

/// floor/ceil: exact floats use libm; other objects their `__floor__`/`__ceil__`.
fn round_to_int(vm: &mut Vm, args: &Args, name: &str, dunder: &str, up: bool) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?.clone();
    let x = match &v {
        Value::Float(f) => f.get(),
        Value::Int(_) | Value::BigInt(_) => return Ok(v),
        b @ (Value::True | Value::False) => return Ok(Value::Int(matches!(b, Value::True) as i64)),
        _ => {
            if let Some(r) = vm.call_method_opt(&v, dunder, &[])? {
                return Ok(r);
            }
            if let Some(b) = int_base(&v) {
                return Ok(b);
            }
            to_f64(vm, &v)?
        }
    };
    to_int(vm, &Value::float(if up { x.ceil() } else { x.floor() }))
}

pub fn m_floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    round_to_int(vm, args, "floor", "__floor__", false)
}

pub fn m_ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    round_to_int(vm, args, "ceil", "__ceil__", true)
}

pub fn m_trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "trunc")?.clone();
    match &v {
        Value::Float(_) => to_int(vm, &v),
        Value::Int(_) | Value::BigInt(_) => Ok(v),
        b @ (Value::True | Value::False) => Ok(Value::Int(matches!(b, Value::True) as i64)),
        _ => {
            if let Some(r) = vm.call_method_opt(&v, "__trunc__", &[])? {
                return Ok(r);
            }
            if let Some(b) = int_base(&v) {
                return Ok(b);
            }
            if let Value::Instance(inst) = &v {
                // A float subclass inherits float.__trunc__.
                let base = inst.base_value().clone();
                if let Some(f @ Value::Float(_)) = base {
                    return to_int(vm, &f);
                }
            }
            Err(vm.type_error(format!(
                "type {} doesn't define __trunc__ method",
                vm.type_name(&v)
            )))
        }
    }
}

/// The product lo * (lo+1) * ... * hi (1 when lo > hi), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        // Multiply in u128 while it fits, then fold into the BigInt.
        let mut acc = BigInt::one();
        let mut chunk: u128 = 1;
        for i in lo..=hi {
            match chunk.checked_mul(i as u128) {
                Some(c) if c <= u64::MAX as u128 => chunk = c,
                _ => {
                    acc *= chunk;
                    chunk = i as u128;
                }
            }
        }
        return acc * chunk;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// The product n * (n-1) * ... * (n-k+1) for a BigInt n.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k <= 8 {
        let mut acc = BigInt::one();
        for i in 0..k {
            acc *= n - BigInt::from(i);
        }
        return acc;
    }
    let half = k / 2;
    let rest = n - BigInt::from(half);
    falling_product(n, half) * falling_product(&rest, k - half)
}

fn factorial_u64(n: u64) -> BigInt {
    range_product(2, n)
}

const LLONG_MAX: &str = "9223372036854775807";

pub fn m_factorial(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "factorial")?;
    let n = match to_index(vm, v)? {
        Value::Int(i) if i < 0 => None,
        Value::Int(i) => Some(i as u64),
        Value::BigInt(b) if b.is_negative() => None,
        _ => {
            return Err(vm.overflow_error(format!(
                "factorial() argument should not exceed {LLONG_MAX}"
            )));
        }
    };
    let Some(n) = n else {
        return Err(vm.value_error("factorial() not defined for negative values"));
    };
    Ok(Value::from_bigint(factorial_u64(n)))
}

pub fn m_comb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "comb", 2, 2)?;
    let n = to_index(vm, &a[0])?;
    let k = to_index(vm, &a[1])?;
    let (n, k) = (as_big(&n), as_big(&k));
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let other = &n - &k;
    let k = if other < k { other } else { k };
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {LLONG_MAX}")));
    };
    let k = k as u64;
    let r = match n.to_u64() {
        Some(nu) => range_product(nu - k + 1, nu) / factorial_u64(k),
        None => falling_product(&n, k) / factorial_u64(k),
    };
    Ok(Value::from_bigint(r))
}

pub fn m_perm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "perm", 1, 2)?;
    if a.len() == 1 || a[1].is_none() {
        let only = [a[0].clone()];
        return m_factorial(vm, &Args::new(&only));
    }
    let n = to_index(vm, &a[0])?;
    let k = to_index(vm, &a[1])?;
    let (n, k) = (as_big(&n), as_big(&k));
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {LLONG_MAX}")));
    };
    let k = k as u64;
    let r = match n.to_u64() {
        Some(nu) => range_product(nu - k + 1, nu),
        None => falling_product(&n, k),
    };
    Ok(Value::from_bigint(r))
}

fn gcd_values(a: &Value, b: &Value) -> Value {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let g = x.unsigned_abs().gcd(&y.unsigned_abs());
            match i64::try_from(g) {
                Ok(g) => Value::Int(g),
                Err(_) => Value::from_bigint(BigInt::from(g)),
            }
        }
        _ => Value::from_bigint(as_big(a).gcd(&as_big(b))),
    }
}

fn abs_value(v: Value) -> Value {
    match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(-BigInt::from(i)),
        },
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        other => other,
    }
}

pub fn m_gcd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kwargs(vm, args, "gcd")?;
    let Some(first) = args.args.first() else {
        return Ok(Value::Int(0));
    };
    let mut res = abs_value(to_index(vm, first)?);
    for v in &args.args[1..] {
        let x = to_index(vm, v)?;
        if !matches!(res, Value::Int(1)) {
            res = gcd_values(&res, &x);
        }
    }
    Ok(res)
}

fn lcm_values(a: &Value, b: &Value) -> Value {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *x == 0 || *y == 0 {
            return Value::Int(0);
        }
        let g = x.unsigned_abs().gcd(&y.unsigned_abs()) as i128;
        let r = ((*x as i128) / g * (*y as i128)).abs();
        return match i64::try_from(r) {
            Ok(r) => Value::Int(r),
            Err(_) => Value::from_bigint(BigInt::from(r)),
        };
    }
    let (x, y) = (as_big(a), as_big(b));
    if x.is_zero() || y.is_zero() {
        return Value::Int(0);
    }
    Value::from_bigint((&x / x.gcd(&y) * &y).abs())
}

pub fn m_lcm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kwargs(vm, args, "lcm")?;
    let Some(first) = args.args.first() else {
        return Ok(Value::Int(1));
    };
    let mut res = abs_value(to_index(vm, first)?);
    for v in &args.args[1..] {
        let x = to_index(vm, v)?;
        if !matches!(res, Value::Int(0)) {
            res = lcm_values(&res, &x);
        }
    }
    Ok(res)
}

pub fn m_isqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "isqrt")?;
    let n = to_index(vm, v)?;
    match n {
        Value::Int(i) if i >= 0 => {
            let u = i as u64;
            // A float estimate corrected to the exact integer square root.
            let mut r = (u as f64).sqrt() as u64;
            while r > 0 && r.checked_mul(r).is_none_or(|s| s > u) {
                r -= 1;
            }
            while (r + 1).checked_mul(r + 1).is_some_and(|s| s <= u) {
                r += 1;
            }
            Ok(Value::Int(r as i64))
        }
        Value::BigInt(b) if !b.is_negative() => Ok(Value::from_bigint(b.sqrt())),
        _ => Err(vm.value_error("isqrt() argument must be nonnegative")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products() {
        assert_eq!(factorial_u64(20), BigInt::from(2432902008176640000u64));
        assert_eq!(factorial_u64(0), BigInt::one());
        assert_eq!(falling_product(&BigInt::from(10), 3), BigInt::from(720));
        assert_eq!(range_product(8, 10), BigInt::from(720));
    }
}
