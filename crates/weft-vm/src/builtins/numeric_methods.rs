//! Methods of `int`, `bool`, `float` and `complex`.
//!
//! The arithmetic and comparison dunders (`(5).__add__(3)`, `int.__lt__`,
//! `(1.5).__rpow__(2)`) are generated from one generic implementation that
//! defers to the VM's numeric machinery (`vm/numeric.rs`), returning
//! `NotImplemented` for operands of the wrong type. The named methods
//! (`bit_length`, `to_bytes`, `conjugate`, ...) follow; float-specific
//! algorithms live in `float_methods.rs`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use weft_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::{add_method, builtin, float_methods};
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::numeric::{self, Num, as_num};
use crate::vm::{Args, PyResult, Vm};

/// Which builtin numeric type a method belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Float,
    Complex,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Complex => "complex",
        }
    }

    /// Is `v` (already unwrapped) an instance of this type?
    fn is_self(self, v: &Value) -> bool {
        match self {
            Kind::Int => is_int(v),
            Kind::Float => matches!(v, Value::Float(_)),
            Kind::Complex => matches!(v, Value::Complex(_)),
        }
    }

    /// Can `v` (already unwrapped) be the other operand of this type's operators?
    fn accepts(self, v: &Value) -> bool {
        match self {
            Kind::Int => is_int(v),
            Kind::Float => is_int(v) || matches!(v, Value::Float(_)),
            Kind::Complex => is_int(v) || matches!(v, Value::Float(_) | Value::Complex(_)),
        }
    }
}

fn is_int(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::True | Value::False
    )
}

/// The builtin value an instance of a builtin subclass wraps, or `v` itself.
pub fn unwrap(v: &Value) -> Value {
    if let Value::Instance(inst) = v {
        if let Some(b) = inst.base_value().as_ref() {
            return b.clone();
        }
    }
    v.clone()
}

/// An int value with `bool` turned into a plain int.
fn plain_int(v: &Value) -> Value {
    match v {
        b @ (Value::True | Value::False) => Value::Int(matches!(b, Value::True) as i64),
        other => other.clone(),
    }
}

fn to_bigint(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        b @ (Value::True | Value::False) => BigInt::from(matches!(b, Value::True) as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

/// `self` of a method of `kind`, unwrapped, with CPython's descriptor errors.
/// `slot` selects the wording for dunder wrappers vs. named methods.
fn this(vm: &Vm, args: &Args, kind: Kind, name: &str, slot: bool) -> PyResult<Value> {
    let Some(v) = args.args.first() else {
        return Err(vm.type_error(if slot {
            format!(
                "descriptor '{name}' of '{}' object needs an argument",
                kind.name()
            )
        } else {
            format!("unbound method {}.{name}() needs an argument", kind.name())
        }));
    };
    let b = unwrap(v);
    if kind.is_self(&b) {
        return Ok(b);
    }
    Err(vm.type_error(if slot {
        format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            kind.name(),
            vm.type_name(v)
        )
    } else {
        format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            kind.name(),
            vm.type_name(v)
        )
    }))
}

/// The arguments after `self` of a slot wrapper taking `min..=max` of them.
fn slot_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &args.args[1.min(args.args.len())..];
    let n = rest.len();
    if n < min || n > max {
        let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
        return Err(vm.type_error(if min == max {
            format!("expected {min} {}, got {n}", plural(min))
        } else if n < min {
            // CPython's unnamed PyArg_UnpackTuple leaves a leading space.
            format!(" expected at least {min} {}, got {n}", plural(min))
        } else {
            format!(" expected at most {max} {}, got {n}", plural(max))
        }));
    }
    Ok(rest)
}

/// Check that a named method (`int.bit_length`) got no arguments besides `self`.
fn no_args(vm: &Vm, args: &Args, kind: Kind, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            kind.name()
        )));
    }
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no arguments ({} given)",
            kind.name(),
            args.args.len() - 1
        )));
    }
    Ok(())
}

/// Argument-clinic style parsing of the arguments after `self`: the first
/// `npos` of `names` may be positional, the rest are keyword-only.
pub fn parse_args(
    vm: &Vm,
    args: &Args,
    fname: &str,
    names: &[&str],
    npos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos()[1.min(args.pos().len())..];
    let total = pos.len() + args.kwnames.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if total > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({total} given)",
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
            plural(names.len())
        )));
    }
    if pos.len() > npos {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {npos} positional argument{} ({} given)",
            plural(npos),
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

// ----- generic operators ---------------------------------------------------

fn num(v: &Value) -> Option<Num> {
    as_num(v)
}

fn binary_dunder(
    vm: &mut Vm,
    args: &Args,
    kind: Kind,
    op: BinOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let a = this(vm, args, kind, name, true)?;
    let rest = slot_args(vm, args, name, 1, 1)?;
    let b = unwrap(&rest[0]);
    if !kind.accepts(&b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let (Some(xn), Some(yn)) = (num(&x), num(&y)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(numeric::binary(vm, op, &xn, &yn)?.unwrap_or(Value::NotImplemented))
}

/// `divmod(a, b)` for builtin numbers; `None` for complex operands.
pub fn divmod_num(vm: &mut Vm, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    match (a, b) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => Ok(None),
        (Num::Int(_) | Num::Big(_), Num::Int(_) | Num::Big(_)) => {
            let q = numeric::binary(vm, BinOp::FloorDiv, a, b)?;
            let r = numeric::binary(vm, BinOp::Mod, a, b)?;
            Ok(match (q, r) {
                (Some(q), Some(r)) => Some(Value::tuple(vec![q, r])),
                _ => None,
            })
        }
        _ => {
            let f = |vm: &Vm, n: &Num| -> PyResult<f64> {
                Ok(match n {
                    Num::Int(i) => *i as f64,
                    Num::Big(b) => numeric::big_to_f64(vm, b)?,
                    Num::Float(f) => *f,
                    Num::Complex(..) => 0.0,
                })
            };
            let (x, y) = (f(vm, a)?, f(vm, b)?);
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = numeric::float_divmod(x, y);
            Ok(Some(Value::tuple(vec![Value::float(q), Value::float(r)])))
        }
    }
}

fn divmod_dunder(
    vm: &mut Vm,
    args: &Args,
    kind: Kind,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let a = this(vm, args, kind, name, true)?;
    let rest = slot_args(vm, args, name, 1, 1)?;
    let b = unwrap(&rest[0]);
    if !kind.accepts(&b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let (Some(xn), Some(yn)) = (num(&x), num(&y)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(divmod_num(vm, &xn, &yn)?.unwrap_or(Value::NotImplemented))
}

/// `pow(base, exp, mod)` for ints, with CPython's errors.
pub fn int_pow_mod(vm: &Vm, base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let mut b = base.mod_floor(&am);
    let mut e = exp.clone();
    if e.is_negative() {
        let g = b.extended_gcd(&am);
        if !g.gcd.is_one_abs() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        b = g.x.mod_floor(&am);
        e = -e;
    }
    let mut r = b.modpow(&e, &am);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(Value::from_bigint(r))
}

trait OneAbs {
    fn is_one_abs(&self) -> bool;
}

impl OneAbs for BigInt {
    fn is_one_abs(&self) -> bool {
        self.magnitude() == &num_bigint::BigUint::from(1u32)
    }
}

fn pow_dunder(
    vm: &mut Vm,
    args: &Args,
    kind: Kind,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let a = this(vm, args, kind, name, true)?;
    let rest = slot_args(vm, args, name, 1, 2)?;
    let b = unwrap(&rest[0]);
    let m = rest.get(1).map(unwrap).filter(|m| !m.is_none());
    if !kind.accepts(&b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if let Some(m) = m {
        return match kind {
            Kind::Int => {
                if !is_int(&m) {
                    return Ok(Value::NotImplemented);
                }
                int_pow_mod(vm, &to_bigint(&x), &to_bigint(&y), &to_bigint(&m))
            }
            Kind::Float => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            Kind::Complex => Err(vm.value_error("complex modulo")),
        };
    }
    let (Some(xn), Some(yn)) = (num(&x), num(&y)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(numeric::binary(vm, BinOp::Pow, &xn, &yn)?.unwrap_or(Value::NotImplemented))
}

fn cmp_dunder(vm: &mut Vm, args: &Args, kind: Kind, op: CmpOp, name: &str) -> PyResult<Value> {
    let a = this(vm, args, kind, name, true)?;
    let rest = slot_args(vm, args, name, 1, 1)?;
    let b = unwrap(&rest[0]);
    if !kind.accepts(&b) {
        return Ok(Value::NotImplemented);
    }
    let (Some(x), Some(y)) = (num(&a), num(&b)) else {
        return Ok(Value::NotImplemented);
    };
    if let (Num::Complex(..), _) | (_, Num::Complex(..)) = (&x, &y) {
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(Value::NotImplemented);
        }
        let eq = complex_eq(&x, &y);
        return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
    }
    let o = numeric::num_cmp(&x, &y);
    use std::cmp::Ordering::*;
    Ok(Value::Bool(match (op, o) {
        (CmpOp::Ne, None) => true,
        (_, None) => false,
        (CmpOp::Lt, Some(o)) => o == Less,
        (CmpOp::Le, Some(o)) => o != Greater,
        (CmpOp::Eq, Some(o)) => o == Equal,
        (CmpOp::Ne, Some(o)) => o != Equal,
        (CmpOp::Gt, Some(o)) => o == Greater,
        (CmpOp::Ge, Some(o)) => o != Less,
    }))
}

/// Exact equality of two numbers where at least one is complex.
fn complex_eq(x: &Num, y: &Num) -> bool {
    let parts = |n: &Num| match n {
        Num::Complex(r, i) => (Num::Float(*r), *i),
        Num::Int(i) => (Num::Int(*i), 0.0),
        Num::Big(b) => (Num::Big(b.clone()), 0.0),
        Num::Float(f) => (Num::Float(*f), 0.0),
    };
    let (xr, xi) = parts(x);
    let (yr, yi) = parts(y);
    xi == yi && numeric::num_cmp(&xr, &yr) == Some(std::cmp::Ordering::Equal)
}

macro_rules! binary_fns {
    ($($f:ident: $kind:ident $op:ident $refl:literal $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            binary_dunder(vm, args, Kind::$kind, BinOp::$op, $refl, $name)
        })*
        const BINARY_TABLE: &[(Kind, &str, crate::vm::NativeFn)] = &[
            $((Kind::$kind, $name, $f as crate::vm::NativeFn),)*
        ];
    };
}

binary_fns! {
    int_add: Int Add false "__add__"; int_radd: Int Add true "__radd__";
    int_sub: Int Sub false "__sub__"; int_rsub: Int Sub true "__rsub__";
    int_mul: Int Mul false "__mul__"; int_rmul: Int Mul true "__rmul__";
    int_truediv: Int TrueDiv false "__truediv__"; int_rtruediv: Int TrueDiv true "__rtruediv__";
    int_floordiv: Int FloorDiv false "__floordiv__"; int_rfloordiv: Int FloorDiv true "__rfloordiv__";
    int_mod: Int Mod false "__mod__"; int_rmod: Int Mod true "__rmod__";
    int_lshift: Int LShift false "__lshift__"; int_rlshift: Int LShift true "__rlshift__";
    int_rshift: Int RShift false "__rshift__"; int_rrshift: Int RShift true "__rrshift__";
    int_and: Int And false "__and__"; int_rand: Int And true "__rand__";
    int_or: Int Or false "__or__"; int_ror: Int Or true "__ror__";
    int_xor: Int Xor false "__xor__"; int_rxor: Int Xor true "__rxor__";
    float_add: Float Add false "__add__"; float_radd: Float Add true "__radd__";
    float_sub: Float Sub false "__sub__"; float_rsub: Float Sub true "__rsub__";
    float_mul: Float Mul false "__mul__"; float_rmul: Float Mul true "__rmul__";
    float_truediv: Float TrueDiv false "__truediv__"; float_rtruediv: Float TrueDiv true "__rtruediv__";
    float_floordiv: Float FloorDiv false "__floordiv__"; float_rfloordiv: Float FloorDiv true "__rfloordiv__";
    float_mod: Float Mod false "__mod__"; float_rmod: Float Mod true "__rmod__";
    complex_add: Complex Add false "__add__"; complex_radd: Complex Add true "__radd__";
    complex_sub: Complex Sub false "__sub__"; complex_rsub: Complex Sub true "__rsub__";
    complex_mul: Complex Mul false "__mul__"; complex_rmul: Complex Mul true "__rmul__";
    complex_truediv: Complex TrueDiv false "__truediv__"; complex_rtruediv: Complex TrueDiv true "__rtruediv__";
}

macro_rules! cmp_fns {
    ($($f:ident: $kind:ident $op:ident $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            cmp_dunder(vm, args, Kind::$kind, CmpOp::$op, $name)
        })*
        const CMP_TABLE: &[(Kind, &str, crate::vm::NativeFn)] = &[
            $((Kind::$kind, $name, $f as crate::vm::NativeFn),)*
        ];
    };
}

cmp_fns! {
    int_lt: Int Lt "__lt__"; int_le: Int Le "__le__"; int_eq: Int Eq "__eq__";
    int_ne: Int Ne "__ne__"; int_gt: Int Gt "__gt__"; int_ge: Int Ge "__ge__";
    float_lt: Float Lt "__lt__"; float_le: Float Le "__le__"; float_eq: Float Eq "__eq__";
    float_ne: Float Ne "__ne__"; float_gt: Float Gt "__gt__"; float_ge: Float Ge "__ge__";
    complex_lt: Complex Lt "__lt__"; complex_le: Complex Le "__le__"; complex_eq_: Complex Eq "__eq__";
    complex_ne: Complex Ne "__ne__"; complex_gt: Complex Gt "__gt__"; complex_ge: Complex Ge "__ge__";
}

macro_rules! kind_fns {
    ($($f:ident = $imp:ident($kind:ident $(, $extra:expr)*) $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            $imp(vm, args, Kind::$kind $(, $extra)*, $name)
        })*
        const KIND_TABLE: &[(Kind, &str, crate::vm::NativeFn)] = &[
            $((Kind::$kind, $name, $f as crate::vm::NativeFn),)*
        ];
    };
}

kind_fns! {
    int_divmod = divmod_dunder(Int, false) "__divmod__";
    int_rdivmod = divmod_dunder(Int, true) "__rdivmod__";
    float_divmod = divmod_dunder(Float, false) "__divmod__";
    float_rdivmod = divmod_dunder(Float, true) "__rdivmod__";
    int_pow = pow_dunder(Int, false) "__pow__";
    int_rpow = pow_dunder(Int, true) "__rpow__";
    float_pow = pow_dunder(Float, false) "__pow__";
    float_rpow = pow_dunder(Float, true) "__rpow__";
    complex_pow = pow_dunder(Complex, false) "__pow__";
    complex_rpow = pow_dunder(Complex, true) "__rpow__";
    int_neg = unary_dunder(Int) "__neg__";
    int_pos = unary_dunder(Int) "__pos__";
    int_invert = unary_dunder(Int) "__invert__";
    int_abs = abs_dunder(Int) "__abs__";
    int_bool = bool_dunder(Int) "__bool__";
    int_hash = hash_dunder(Int) "__hash__";
    int_repr = repr_dunder(Int) "__repr__";
    int_format = format_dunder(Int) "__format__";
    int_getnewargs = getnewargs_dunder(Int) "__getnewargs__";
    int_int = int_dunder(Int) "__int__";
    int_index = int_dunder(Int) "__index__";
    int_trunc = int_dunder(Int) "__trunc__";
    int_floor = int_dunder(Int) "__floor__";
    int_ceil = int_dunder(Int) "__ceil__";
    int_float = float_dunder(Int) "__float__";
    int_round = round_dunder(Int) "__round__";
    float_neg = unary_dunder(Float) "__neg__";
    float_pos = unary_dunder(Float) "__pos__";
    float_abs = abs_dunder(Float) "__abs__";
    float_bool = bool_dunder(Float) "__bool__";
    float_hash = hash_dunder(Float) "__hash__";
    float_repr = repr_dunder(Float) "__repr__";
    float_format = format_dunder(Float) "__format__";
    float_getnewargs = getnewargs_dunder(Float) "__getnewargs__";
    float_int = int_dunder(Float) "__int__";
    float_float = float_dunder(Float) "__float__";
    float_round = round_dunder(Float) "__round__";
    complex_neg = unary_dunder(Complex) "__neg__";
    complex_pos = unary_dunder(Complex) "__pos__";
    complex_abs_ = abs_dunder(Complex) "__abs__";
    complex_bool = bool_dunder(Complex) "__bool__";
    complex_hash = hash_dunder(Complex) "__hash__";
    complex_repr = repr_dunder(Complex) "__repr__";
    complex_format = format_dunder(Complex) "__format__";
    complex_getnewargs = getnewargs_dunder(Complex) "__getnewargs__";
    complex_complex = complex_dunder(Complex) "__complex__";
}

fn unary_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, true)?;
    slot_args(vm, args, name, 0, 0)?;
    vm.unary_op(&v, name)
}

/// `abs()` of a complex number, with CPython's overflow check.
pub fn complex_abs(vm: &Vm, re: f64, im: f64) -> PyResult<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn abs_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, true)?;
    slot_args(vm, args, name, 0, 0)?;
    Ok(match &v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        b @ (Value::True | Value::False) => Value::Int(matches!(b, Value::True) as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::float(f.abs()),
        Value::Complex(c) => Value::float(complex_abs(vm, c.0, c.1)?),
        other => other.clone(),
    })
}

fn bool_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, true)?;
    slot_args(vm, args, name, 0, 0)?;
    vm.truthy(&v).map(Value::Bool)
}

fn hash_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, true)?;
    slot_args(vm, args, name, 0, 0)?;
    vm.hash(&v).map(Value::Int)
}

fn repr_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, true)?;
    slot_args(vm, args, name, 0, 0)?;
    vm.repr(&plain_int(&v))
}

fn bool_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.args.first() {
        Some(b @ (Value::True | Value::False)) => {
            slot_args(vm, args, "__repr__", 0, 0)?;
            Ok(Value::str(if matches!(b, Value::True) {
                "True"
            } else {
                "False"
            }))
        }
        Some(other) => Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'bool' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("descriptor '__repr__' of 'bool' object needs an argument")),
    }
}

fn format_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, true)?;
    let rest = &args.args[1..];
    if rest.len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__format__() takes exactly one argument ({} given)",
            kind.name(),
            rest.len()
        )));
    }
    let Value::Str(spec) = &rest[0] else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&rest[0])
        )));
    };
    if spec.as_str().is_empty() {
        return vm.str(&args.args[0]);
    }
    vm.format(&v, spec.as_str())
}

fn getnewargs_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, false)?;
    no_args(vm, args, kind, name)?;
    Ok(match &v {
        Value::Complex(c) => Value::tuple(vec![Value::float(c.0), Value::float(c.1)]),
        other => Value::tuple(vec![plain_int(other)]),
    })
}

/// `int(x)` of a finite float, truncating; CPython's errors for nan/inf.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    match num_traits::FromPrimitive::from_f64(t) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn int_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let slot = matches!(name, "__int__" | "__index__");
    let v = this(vm, args, kind, name, slot)?;
    if slot {
        slot_args(vm, args, name, 0, 0)?;
    } else {
        no_args(vm, args, kind, name)?;
    }
    match v {
        Value::Float(f) => float_to_int(vm, f.get()),
        other => Ok(plain_int(&other)),
    }
}

fn float_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, true)?;
    slot_args(vm, args, name, 0, 0)?;
    Ok(match &v {
        Value::Int(i) => Value::float(*i as f64),
        b @ (Value::True | Value::False) => Value::float(matches!(b, Value::True) as i64 as f64),
        Value::BigInt(b) => Value::float(numeric::big_to_f64(vm, b)?),
        other => other.clone(),
    })
}

fn complex_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, false)?;
    no_args(vm, args, kind, name)?;
    Ok(v)
}

/// `operator.index(v)` as a BigInt (no size limit).
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let b = unwrap(v);
    if is_int(&b) {
        return Ok(to_bigint(&b));
    }
    if !matches!(v, Value::Instance(_)) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    match vm.call_method_opt(v, "__index__", &[])? {
        Some(r) if is_int(&unwrap(&r)) => Ok(to_bigint(&unwrap(&r))),
        Some(r) => Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        ))),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// `round(n, ndigits)` for an int: exact, rounding half to even.
pub fn int_round_digits(n: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return n.clone();
    }
    // Beyond the number of digits of n the result is 0.
    let digits = (n.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let k = match (-ndigits).to_u64() {
        Some(k) if k <= digits => k,
        _ => return BigInt::zero(),
    };
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = n.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    q * p
}

fn round_dunder(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let v = this(vm, args, kind, name, false)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__round__() takes no keyword arguments",
            kind.name()
        )));
    }
    let rest = &args.args[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    // float.__round__ treats None as absent; int.__round__ does not.
    let nd = rest
        .first()
        .filter(|v| !(v.is_none() && kind == Kind::Float))
        .cloned();
    match (&v, nd) {
        (Value::Float(f), None) => float_to_int(vm, f.round_ties_even()),
        (Value::Float(f), Some(nd)) => {
            let nd = index_big(vm, &nd)?;
            float_methods::round_float(vm, f.get(), &nd).map(Value::float)
        }
        (_, None) => Ok(plain_int(&v)),
        (_, Some(nd)) => {
            let nd = index_big(vm, &nd)?;
            Ok(Value::from_bigint(int_round_digits(&to_bigint(&v), &nd)))
        }
    }
}

// ----- bool ------------------------------------------------------------------

fn bool_bitop(vm: &mut Vm, args: &Args, op: BinOp, reflected: bool, name: &str) -> PyResult<Value> {
    match args.args.first() {
        Some(a @ (Value::True | Value::False)) => {
            let rest = slot_args(vm, args, name, 1, 1)?;
            if let b @ (Value::True | Value::False) = &rest[0] {
                let (a, b) = (matches!(a, Value::True), matches!(b, Value::True));
                return Ok(Value::Bool(match op {
                    BinOp::And => a & b,
                    BinOp::Or => a | b,
                    _ => a ^ b,
                }));
            }
            binary_dunder(vm, args, Kind::Int, op, reflected, name)
        }
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'bool' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'bool' object needs an argument"
        ))),
    }
}

fn bool_and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, BinOp::And, false, "__and__")
}
fn bool_rand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, BinOp::And, true, "__rand__")
}
fn bool_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, BinOp::Or, false, "__or__")
}
fn bool_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, BinOp::Or, true, "__ror__")
}
fn bool_xor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, BinOp::Xor, false, "__xor__")
}
fn bool_rxor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, BinOp::Xor, true, "__rxor__")
}

// ----- int methods -------------------------------------------------------------

fn int_bit_length(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(vm, args, Kind::Int, "bit_length", false)?;
    no_args(vm, args, Kind::Int, "bit_length")?;
    Ok(Value::Int(match &v {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

fn int_bit_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(vm, args, Kind::Int, "bit_count", false)?;
    no_args(vm, args, Kind::Int, "bit_count")?;
    Ok(Value::Int(match &v {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
        Value::BigInt(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
        _ => 0,
    }))
}

fn int_conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(vm, args, Kind::Int, "conjugate", false)?;
    no_args(vm, args, Kind::Int, "conjugate")?;
    Ok(plain_int(&v))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(vm, args, Kind::Int, "as_integer_ratio", false)?;
    no_args(vm, args, Kind::Int, "as_integer_ratio")?;
    Ok(Value::tuple(vec![plain_int(&v), Value::Int(1)]))
}

fn int_is_integer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(vm, args, Kind::Int, "is_integer", false)?;
    no_args(vm, args, Kind::Int, "is_integer")?;
    Ok(Value::True)
}

/// The `byteorder` argument of to_bytes/from_bytes: true for little-endian.
fn byteorder(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn int_to_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(vm, args, Kind::Int, "to_bytes", false)?;
    let a = parse_args(vm, args, "to_bytes", &["length", "byteorder", "signed"], 2)?;
    let length = match &a[0] {
        None => 1,
        Some(l) => {
            let l = vm.index_value(l)?;
            if l < 0 {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            l as usize
        }
    };
    let little = byteorder(vm, a[1].as_ref(), "to_bytes")?;
    let signed = match &a[2] {
        None => false,
        Some(s) => vm.truthy(s)?,
    };
    let n = to_bigint(&v);
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    // A minimal two's complement encoding of -1 is [0xff]; of -128 [0x80].
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let pad = if n.is_negative() { 0xff } else { 0 };
    let mut out = Vec::new();
    out.try_reserve_exact(length)
        .map_err(|_| vm.error("MemoryError", ""))?;
    out.resize(length - bytes.len(), pad);
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(Value::Bytes(Rc::new(out)))
}

fn int_from_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let a = parse_args(vm, args, "from_bytes", &["bytes", "byteorder", "signed"], 2)?;
    let Some(src) = &a[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder(vm, a[1].as_ref(), "from_bytes")?;
    let signed = match &a[2] {
        None => false,
        Some(s) => vm.truthy(s)?,
    };
    let data = crate::builtins::bytes::bytes_from(vm, src)?;
    let n = match (little, signed) {
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (true, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (true, true) => BigInt::from_signed_bytes_le(&data),
    };
    let r = Value::from_bigint(n);
    match &cls {
        Value::Class(c) if !Rc::ptr_eq(c, &vm.types.int) => vm.call(&cls, &[r]),
        _ => Ok(r),
    }
}

// ----- float and complex methods -------------------------------------------------

fn float_conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(vm, args, Kind::Float, "conjugate", false)?;
    no_args(vm, args, Kind::Float, "conjugate")?;
    Ok(v)
}

fn float_trunc_like(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = this(vm, args, Kind::Float, name, false)?;
    no_args(vm, args, Kind::Float, name)?;
    match v {
        Value::Float(x) => float_to_int(vm, f(x.get())),
        _ => Ok(v),
    }
}

fn float_trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    float_trunc_like(vm, args, "__trunc__", f64::trunc)
}
fn float_floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    float_trunc_like(vm, args, "__floor__", f64::floor)
}
fn float_ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    float_trunc_like(vm, args, "__ceil__", f64::ceil)
}

fn float_value(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    match this(vm, args, Kind::Float, name, false)? {
        Value::Float(f) => {
            no_args(vm, args, Kind::Float, name)?;
            Ok(f.get())
        }
        _ => Ok(0.0),
    }
}

fn float_is_integer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = float_value(vm, args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = float_value(vm, args, "as_integer_ratio")?;
    let (n, d) = float_methods::as_integer_ratio(vm, f)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn float_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = float_value(vm, args, "hex")?;
    Ok(Value::string(crate::format::float_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let rest = &args.args[1.min(args.args.len())..];
    if rest.len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    let Value::Str(s) = &rest[0] else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let r = Value::float(float_methods::float_fromhex(vm, s.as_str())?);
    match &cls {
        Value::Class(c) if !Rc::ptr_eq(c, &vm.types.float) => vm.call(&cls, &[r]),
        _ => Ok(r),
    }
}

fn complex_conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(vm, args, Kind::Complex, "conjugate", false)?;
    no_args(vm, args, Kind::Complex, "conjugate")?;
    match v {
        Value::Complex(c) => Ok(Value::Complex(Rc::new((c.0, -c.1)))),
        other => Ok(other),
    }
}

fn classmethod(name: &'static str, f: crate::vm::NativeFn) -> Value {
    Value::Native(Rc::new(Native::ClassMethod(builtin(name, f))))
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (int, float, complex, bool_) = (
        t.int.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.bool_.clone(),
    );
    let class_of = |k: Kind| match k {
        Kind::Int => (&int, "int"),
        Kind::Float => (&float, "float"),
        Kind::Complex => (&complex, "complex"),
    };
    for (kind, name, f) in BINARY_TABLE.iter().chain(CMP_TABLE).chain(KIND_TABLE) {
        let (cls, owner) = class_of(*kind);
        add_method(cls, owner, name, *f);
    }
    for (name, f) in [
        ("bit_length", int_bit_length as crate::vm::NativeFn),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
        ("to_bytes", int_to_bytes),
    ] {
        add_method(&int, "int", name, f);
    }
    int.dict
        .set_str("from_bytes", classmethod("from_bytes", int_from_bytes));
    for (name, f) in [
        ("__and__", bool_and as crate::vm::NativeFn),
        ("__rand__", bool_rand),
        ("__or__", bool_or),
        ("__ror__", bool_ror),
        ("__xor__", bool_xor),
        ("__rxor__", bool_rxor),
        ("__repr__", bool_repr),
    ] {
        add_method(&bool_, "bool", name, f);
    }
    for (name, f) in [
        ("conjugate", float_conjugate as crate::vm::NativeFn),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
    ] {
        add_method(&float, "float", name, f);
    }
    float
        .dict
        .set_str("fromhex", classmethod("fromhex", float_fromhex));
    add_method(&complex, "complex", "conjugate", complex_conjugate);
}
