//! The `math` module: argument handling, conversions and CPython's error
//! rules around the float functions (the numeric algorithms themselves live
//! in `math_num.rs`; the integer functions in `math_int.rs`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use weft_compiler::bytecode::BinOp;

use crate::builtins::builtin;
use crate::builtins::math_int;
use crate::builtins::math_num::{self as num, FsumErr, MathErr, TripleLength, libm};
use crate::types::module::Module;
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyErr, PyResult, Vm};

// ----- argument checking ----------------------------------------------------

/// Reject keyword arguments: "math.f() takes no keyword arguments".
pub(crate) fn no_kwargs(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("math.{name}() takes no keyword arguments")))
    }
}

/// The single argument of a one-argument (METH_O) function.
pub(crate) fn one_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    no_kwargs(vm, args, name)?;
    match args.args {
        [x] => Ok(x),
        a => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

/// Positional arguments with CPython's `_PyArg_CheckPositional` messages.
pub(crate) fn positional<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, name)?;
    let n = args.args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {how}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {how}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(args.args)
}

/// Argument Clinic style parsing for the few functions with keyword
/// parameters: `names` lists every parameter, the first `posonly` are
/// positional-only, the first `npos` may be given positionally (all are
/// required) and the rest are optional keyword-only parameters.
pub(crate) fn clinic_args(
    vm: &Vm,
    args: &Args,
    fname: &str,
    names: &[&str],
    posonly: usize,
    npos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    let nargs = pos.len();
    let nkw = args.kwnames.len();
    let maxargs = names.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        )));
    }
    if nargs > npos {
        return Err(vm.type_error(format!(
            "{fname}() takes exactly {npos} positional argument{} ({nargs} given)",
            plural(npos)
        )));
    }
    if nargs < posonly {
        return Err(vm.type_error(format!(
            "{fname}() takes exactly {posonly} positional argument{} ({nargs} given)",
            plural(posonly)
        )));
    }
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    let mut used = 0;
    for (i, name) in names.iter().enumerate().skip(nargs.max(posonly)) {
        let v = args.kw(name).cloned();
        if v.is_some() {
            used += 1;
        } else if i < npos {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
        out.push(v);
    }
    if used < nkw {
        for k in args.kwnames {
            let k = k.as_str();
            match names.iter().position(|n| *n == k) {
                Some(i) if i >= posonly && i < nargs => {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                Some(i) if i >= posonly => {}
                _ => {
                    return Err(vm.type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )));
                }
            }
        }
    }
    Ok(out)
}

// ----- conversions -----------------------------------------------------------

/// `PyFloat_AsDouble`: floats, ints, `__float__` and `__index__`.
pub(crate) fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        b @ (Value::True | Value::False) => Ok(matches!(b, Value::True) as i64 as f64),
        Value::BigInt(b) => crate::vm::numeric::big_to_f64(vm, b),
        Value::Instance(inst) => {
            // Float subclasses use their value directly (PyFloat_Check).
            if let Some(Value::Float(f)) = *inst.base_value() {
                return Ok(f.get());
            }
            if let Some(r) = vm.call_method_opt(v, "__float__", &[])? {
                if let Value::Float(f) = r {
                    return Ok(f.get());
                }
                if let Value::Instance(ri) = &r
                    && let Some(Value::Float(f)) = *ri.base_value()
                {
                    return Ok(f.get());
                }
                return Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(v),
                    vm.type_name(&r)
                )));
            }
            let base = inst.base_value().clone();
            if let Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::True | Value::False)) = base
            {
                return to_f64(vm, &b);
            }
            if vm.class_of(v).lookup_str("__index__").is_some() {
                let i = to_index(vm, v)?;
                return to_f64(vm, &i);
            }
            Err(real_expected(vm, v))
        }
        _ => Err(real_expected(vm, v)),
    }
}

fn real_expected(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
}

/// `operator.index(v)`: an `Int` or `BigInt` value.
pub(crate) fn to_index(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        b @ (Value::True | Value::False) => Ok(Value::Int(matches!(b, Value::True) as i64)),
        Value::Instance(inst) => {
            let base = inst.base_value().clone();
            if let Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::True | Value::False)) = base
            {
                return to_index(vm, &b);
            }
            match vm.call_method_opt(v, "__index__", &[])? {
                Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(r),
                Some(b @ (Value::True | Value::False)) => {
                    Ok(Value::Int(matches!(b, Value::True) as i64))
                }
                Some(r) => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))),
                None => Err(not_integer(vm, v)),
            }
        }
        _ => Err(not_integer(vm, v)),
    }
}

pub(crate) fn not_integer(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    ))
}

pub(crate) fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub(crate) fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

fn math_err(vm: &Vm, e: MathErr) -> PyErr {
    match e {
        MathErr::Domain => domain_error(vm),
        MathErr::Range => range_error(vm),
    }
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity
/// from a finite input is a range error (or a domain error at a singularity).
fn math_1(vm: &Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::float(r))
}

/// CPython's `math_2` for two-argument libm functions.
fn math_2(vm: &Vm, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn two_floats(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let a = positional(vm, args, name, 2, 2)?;
    let x = to_f64(vm, &a[0])?;
    let y = to_f64(vm, &a[1])?;
    Ok((x, y))
}

// ----- one-argument float functions -------------------------------------------

macro_rules! unary {
    ($fn_name:ident, $py:literal, $f:expr, $overflow:expr) => {
        fn $fn_name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let v = one_arg(vm, args, $py)?;
            let x = to_f64(vm, v)?;
            math_1(vm, x, |x| $f(x), $overflow)
        }
    };
}

unary!(m_acos, "acos", libm::acos, false);
unary!(m_acosh, "acosh", libm::acosh, false);
unary!(m_asin, "asin", libm::asin, false);
unary!(m_asinh, "asinh", libm::asinh, false);
unary!(m_atan, "atan", libm::atan, false);
unary!(m_atanh, "atanh", libm::atanh, false);
unary!(m_cbrt, "cbrt", libm::cbrt, false);
unary!(m_cos, "cos", libm::cos, false);
unary!(m_cosh, "cosh", libm::cosh, true);
unary!(m_exp, "exp", libm::exp, true);
unary!(m_exp2, "exp2", libm::exp2, true);
unary!(m_expm1, "expm1", libm::expm1, true);
unary!(m_fabs, "fabs", f64::abs, false);
unary!(m_log1p, "log1p", num::log1p, false);
unary!(m_sin, "sin", libm::sin, false);
unary!(m_sinh, "sinh", libm::sinh, true);
unary!(m_sqrt, "sqrt", libm::sqrt, false);
unary!(m_tan, "tan", libm::tan, false);
unary!(m_tanh, "tanh", libm::tanh, false);

/// CPython's `math_1a`: functions that report their own errors.
fn math_1a(vm: &Vm, r: Result<f64, MathErr>) -> PyResult<Value> {
    match r {
        Ok(r) => Ok(Value::float(r)),
        // A range error on underflow is not an error (|r| < 1.5).
        Err(e) => Err(math_err(vm, e)),
    }
}

fn m_erf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "erf")?;
    let x = to_f64(vm, v)?;
    Ok(Value::float(libm::erf(x)))
}

fn m_erfc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "erfc")?;
    let x = to_f64(vm, v)?;
    Ok(Value::float(libm::erfc(x)))
}

fn m_gamma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "gamma")?;
    let x = to_f64(vm, v)?;
    math_1a(vm, num::gamma(x))
}

fn m_lgamma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "lgamma")?;
    let x = to_f64(vm, v)?;
    math_1a(vm, num::lgamma(x))
}

fn m_degrees(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "degrees")?;
    let x = to_f64(vm, v)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "radians")?;
    let x = to_f64(vm, v)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "isfinite")?;
    Ok(Value::Bool(to_f64(vm, v)?.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "isinf")?;
    Ok(Value::Bool(to_f64(vm, v)?.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "isnan")?;
    Ok(Value::Bool(to_f64(vm, v)?.is_nan()))
}

fn m_ulp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "ulp")?;
    let x = to_f64(vm, v)?;
    Ok(Value::float(num::ulp(x)))
}

fn m_frexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "frexp")?;
    let x = to_f64(vm, v)?;
    let (m, e) = num::frexp(x);
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn m_modf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "modf")?;
    let x = to_f64(vm, v)?;
    let (f, i) = num::modf(x);
    Ok(Value::tuple(vec![Value::float(f), Value::float(i)]))
}

// ----- logarithms ---------------------------------------------------------------

/// (m, e) with b ~= m * 2**e, 0.5 <= m < 1, m correctly rounded (b > 0).
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits();
    if bits <= 64 {
        let x = b.to_u64().unwrap_or(0) as f64;
        let (m, e) = num::frexp(x);
        return (m, e as i64);
    }
    let shift = bits - 64;
    let top: BigInt = b >> shift;
    let mut t = top.to_u64().unwrap_or(u64::MAX);
    // A sticky bit so the u64 -> f64 conversion rounds correctly.
    if b.trailing_zeros().unwrap_or(0) < shift {
        t |= 1;
    }
    let (m, e) = num::frexp(t as f64);
    (m, e as i64 + shift as i64)
}

/// CPython's `loghelper`: ints of any size are handled exactly.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let big = match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        b @ (Value::True | Value::False) => Some(BigInt::from(matches!(b, Value::True) as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Instance(inst) => match inst.base_value().clone() {
            Some(Value::Int(i)) => Some(BigInt::from(i)),
            Some(Value::BigInt(b)) => Some((*b).clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(b) = big {
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        return Ok(match b.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x),
            None => {
                let (x, e) = big_frexp(&b);
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    match math_1(vm, x, f, false)? {
        Value::Float(r) => Ok(r.get()),
        _ => Ok(f64::NAN),
    }
}

fn m_log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "log", 1, 2)?;
    let num = loghelper(vm, &a[0], num::log)?;
    if a.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = loghelper(vm, &a[1], num::log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn m_log2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "log2")?;
    Ok(Value::float(loghelper(vm, v, num::log2)?))
}

fn m_log10(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "log10")?;
    Ok(Value::float(loghelper(vm, v, num::log10)?))
}

// ----- two-argument float functions ---------------------------------------------

fn m_atan2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, args, "atan2")?;
    math_2(vm, y, x, num::atan2(y, x))
}

fn m_copysign(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "copysign")?;
    math_2(vm, x, y, x.copysign(y))
}

fn m_remainder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "remainder")?;
    math_2(vm, x, y, num::remainder(x, y))
}

fn m_fmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "fmod")?;
    // fmod(x, +/-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

fn m_pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "pow")?;
    num::pow(x, y)
        .map(Value::float)
        .map_err(|e| math_err(vm, e))
}

fn m_ldexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "ldexp", 2, 2)?;
    let x = to_f64(vm, &a[0])?;
    let exp = match &a[1] {
        Value::Int(i) => *i,
        b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
        Value::BigInt(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Value::Instance(inst)
            if matches!(
                *inst.base_value(),
                Some(Value::Int(_) | Value::BigInt(_) | Value::True | Value::False)
            ) =>
        {
            match to_index(vm, &a[1])? {
                Value::Int(i) => i,
                Value::BigInt(b) if b.is_negative() => i64::MIN,
                _ => i64::MAX,
            }
        }
        _ => {
            return Err(vm.type_error("Expected an int as second argument to ldexp."));
        }
    };
    num::ldexp(x, exp)
        .map(Value::float)
        .map_err(|e| math_err(vm, e))
}

fn m_isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = clinic_args(vm, args, "isclose", &["a", "b", "rel_tol", "abs_tol"], 0, 2)?;
    let mut vals = [0.0f64, 0.0, 1e-9, 0.0];
    for (i, v) in p.iter().enumerate() {
        if let Some(v) = v {
            vals[i] = to_f64(vm, v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = vals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::True);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::False);
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn m_nextafter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = clinic_args(vm, args, "nextafter", &["x", "y", "steps"], 2, 2)?;
    let (Some(xv), Some(yv)) = (&p[0], &p[1]) else {
        return Err(vm.type_error("nextafter() takes exactly 2 positional arguments"));
    };
    let x = to_f64(vm, xv)?;
    let y = to_f64(vm, yv)?;
    let steps = match &p[2] {
        None | Some(Value::None) => return Ok(Value::float(libm::nextafter(x, y))),
        Some(s) => to_index(vm, s)?,
    };
    let steps = match steps {
        Value::Int(i) if i < 0 => None,
        Value::Int(i) => Some(i as u64),
        Value::BigInt(b) if b.is_negative() => None,
        Value::BigInt(b) => Some(b.to_u64().unwrap_or(u64::MAX)),
        _ => None,
    };
    let Some(steps) = steps else {
        return Err(vm.value_error("steps must be a non-negative integer"));
    };
    Ok(Value::float(num::nextafter_steps(x, y, steps)))
}

// ----- functions over iterables ---------------------------------------------------

fn m_fsum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let seq = one_arg(vm, args, "fsum")?;
    let it = vm.iter(seq)?;
    let mut acc = num::Fsum::default();
    while let Some(item) = vm.next(&it)? {
        let x = to_f64(vm, &item)?;
        acc.add(x).map_err(|e| fsum_err(vm, e))?;
    }
    acc.finish().map(Value::float).map_err(|e| fsum_err(vm, e))
}

fn fsum_err(vm: &Vm, e: FsumErr) -> PyErr {
    match e {
        FsumErr::Overflow => vm.overflow_error("intermediate overflow in fsum"),
        FsumErr::InfMinusInf => vm.value_error("-inf + inf in fsum"),
    }
}

fn m_hypot(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kwargs(vm, args, "hypot")?;
    let mut coords = Vec::with_capacity(args.args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.args {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(num::vector_norm(&mut coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "dist", 2, 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(q.iter()) {
        let px = to_f64(vm, pv)?;
        let qx = to_f64(vm, qv)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::float(num::vector_norm(&mut diffs, max, found_nan)))
}

fn m_prod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = clinic_args(vm, args, "prod", &["iterable", "start"], 1, 1)?;
    let iterable = p[0].clone().unwrap_or(Value::None);
    let it = vm.iter(&iterable)?;
    let mut result = p[1].clone().unwrap_or(Value::Int(1));
    while let Some(item) = vm.next(&it)? {
        result = match (&result, &item) {
            (Value::Int(a), Value::Int(b)) => match a.checked_mul(*b) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(&result, &item, BinOp::Mul)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::float(**a * **b),
            _ => vm.binary_op(&result, &item, BinOp::Mul)?,
        };
    }
    Ok(result)
}

/// `sumprod(p, q)`: exact for ints, triple-length accumulation for floats,
/// generic `+`/`*` otherwise (CPython's three-path algorithm).
fn m_sumprod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "sumprod", 2, 2)?;
    let p_it = vm.iter(&a[0])?;
    let q_it = vm.iter(&a[1])?;
    let mut total = Value::Int(0);
    let (mut int_path, mut int_in_use, mut int_total) = (true, false, 0i64);
    let (mut flt_path, mut flt_in_use, mut flt_total) = (true, false, TripleLength::default());
    loop {
        let p_i = vm.next(&p_it)?;
        let q_i = vm.next(&q_it)?;
        if p_i.is_some() != q_i.is_some() {
            return Err(vm.value_error("Inputs are not the same length"));
        }
        let pair = p_i.zip(q_i);
        if int_path {
            if let Some((Value::Int(x), Value::Int(y))) = &pair
                && let Some(s) = x.checked_mul(*y).and_then(|m| int_total.checked_add(m))
            {
                int_total = s;
                int_in_use = true;
                continue;
            }
            int_path = false;
            if int_in_use {
                total = vm.binary_op(&total, &Value::Int(int_total), BinOp::Add)?;
                int_in_use = false;
            }
        }
        if flt_path {
            if let Some((pv, qv)) = &pair {
                let fl = |v: &Value| -> Option<f64> {
                    match v {
                        Value::Int(i) => Some(*i as f64),
                        b @ (Value::True | Value::False) => {
                            Some(matches!(b, Value::True) as i64 as f64)
                        }
                        Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()),
                        _ => None,
                    }
                };
                let xy = match (pv, qv) {
                    (Value::Float(x), Value::Float(y)) => Some((x.get(), y.get())),
                    (Value::Float(x), other) => fl(other).map(|y| (x.get(), y)),
                    (other, Value::Float(y)) => fl(other).map(|x| (x, y.get())),
                    _ => None,
                };
                if let Some((x, y)) = xy {
                    let t = flt_total.fma(x, y);
                    if t.hi.is_finite() {
                        flt_total = t;
                        flt_in_use = true;
                        continue;
                    }
                }
            }
            flt_path = false;
            if flt_in_use {
                let f = Value::float(flt_total.to_f64());
                total = vm.binary_op(&total, &f, BinOp::Add)?;
                flt_in_use = false;
            }
        }
        let Some((pv, qv)) = pair else {
            return Ok(total);
        };
        let term = vm.binary_op(&pv, &qv, BinOp::Mul)?;
        total = vm.binary_op(&total, &term, BinOp::Add)?;
    }
}

// ----- the module ------------------------------------------------------------------

pub fn make_math(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("math", None);
    let d = &m.dict;
    d.set_str("pi", Value::float(std::f64::consts::PI));
    d.set_str("e", Value::float(std::f64::consts::E));
    d.set_str("tau", Value::float(std::f64::consts::TAU));
    d.set_str("inf", Value::float(f64::INFINITY));
    d.set_str("nan", Value::float(f64::NAN));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", math_int::m_ceil),
        ("comb", math_int::m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", math_int::m_factorial),
        ("floor", math_int::m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", math_int::m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", math_int::m_isqrt),
        ("lcm", math_int::m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", math_int::m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("sumprod", m_sumprod),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", math_int::m_trunc),
        ("ulp", m_ulp),
    ];
    for &(name, f) in funcs {
        d.set_str(name, builtin(name, f));
    }
    m
}

/// `x` as a BigInt (for ints already normalised by [`to_index`]).
pub(crate) fn as_big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::BigInt(b) => (**b).clone(),
        b @ (Value::True | Value::False) => BigInt::from(matches!(b, Value::True) as i64),
        _ => BigInt::zero(),
    }
}
