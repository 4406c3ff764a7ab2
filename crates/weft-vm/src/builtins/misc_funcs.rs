//! Builtin functions: `divmod`, `round`, `pow`, `bin`/`hex`/`oct`, `format`,
//! `vars`, `dir`, `locals`, `globals`, `input`, `eval`/`exec`/`compile` and
//! `__import__`; plus the CPython-style argument checkers shared by the
//! builtins in this file and in `iterfuncs.rs`.

use std::collections::BTreeSet;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_compiler::bytecode::BinOp;

use crate::builtins::builtin;
use crate::builtins::iterfuncs::index_int;
use crate::types::class::Class;
use crate::types::dict::PyDict;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::numeric::{Num, as_num, big_to_f64, float_divmod};
use crate::vm::{Args, PyResult, Vm};

// ----- argument checking -------------------------------------------------------

/// An Argument-Clinic style signature: `posonly` positional-only parameters,
/// then the keyword-capable ones named in `kw`.
pub struct Sig {
    pub name: &'static str,
    pub posonly: usize,
    pub kw: &'static [&'static str],
    /// Required parameters (all positional-capable).
    pub minpos: usize,
    /// How many parameters can be passed positionally.
    pub maxpos: usize,
}

/// Bind `args` to `sig` with CPython's messages (`_PyArg_UnpackKeywords`);
/// one slot per parameter, `None` when not given.
pub fn sig_args(vm: &Vm, args: &Args, sig: &Sig) -> PyResult<Vec<Option<Value>>> {
    let name = sig.name;
    let pos = args.pos();
    let nargs = pos.len();
    let nkw = args.kwnames.len();
    let maxargs = sig.posonly + sig.kw.len();
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            s(maxargs),
            nargs + nkw
        )));
    }
    if nargs > sig.maxpos {
        return Err(vm.type_error(if sig.maxpos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {} positional argument{} ({nargs} given)",
                if sig.minpos < sig.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                sig.maxpos,
                s(sig.maxpos)
            )
        }));
    }
    let minposonly = sig.posonly.min(sig.minpos);
    if nargs < minposonly {
        return Err(vm.type_error(format!(
            "{name}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < sig.maxpos {
                "at least"
            } else {
                "exactly"
            },
            s(minposonly)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    let mut used = 0;
    for i in nargs.max(sig.posonly)..maxargs {
        let key = sig.kw[i - sig.posonly];
        match args.kw(key) {
            Some(v) => {
                out[i] = Some(v.clone());
                used += 1;
            }
            None if i < sig.minpos => {
                return Err(vm.type_error(format!(
                    "{name}() missing required argument '{key}' (pos {})",
                    i + 1
                )));
            }
            None => {}
        }
    }
    if used < nkw {
        for i in sig.posonly..nargs {
            let key = sig.kw[i - sig.posonly];
            if args.kw(key).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in args.kwargs() {
            let known = sig.kw[nargs.saturating_sub(sig.posonly)..].contains(&k.as_str());
            if !known {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

/// Positional-only arguments, `min..=max` of them, no keywords
/// (`divmod expected 2 arguments, got 1`).
pub fn positional<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let n = pos.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", s(min))
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", s(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", s(max))
        };
        return Err(vm.type_error(msg));
    }
    Ok(pos)
}

/// The single argument of a one-argument builtin (`any() takes exactly one argument (0 given)`).
pub fn exactly_one<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [v] => Ok(v),
        p => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

// ----- divmod -------------------------------------------------------------------

/// Is `v` an int for arithmetic purposes (int, bool)?
fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn num_f64(vm: &Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
        Num::Complex(..) => Err(vm.type_error("can't convert complex to float")),
    }
}

/// The builtin value wrapped by an instance of a builtin subclass, if any.
fn base_value(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(inst) => inst.base_value.borrow().clone(),
        _ => None,
    }
}

/// Call a Python-level dunder `name` of `obj`'s class with `args`; `None` if
/// the class has no such method written in Python, or it returned NotImplemented.
fn user_dunder(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    if !matches!(obj, Value::Instance(_)) {
        return Ok(None);
    }
    let cls = vm.class_of(obj);
    match cls.lookup_str(name) {
        Some(m) if !matches!(m, Value::Builtin(_)) && !m.is_none() => {
            let f = vm.bind_descriptor(&m, obj, &cls)?;
            let r = vm.call(&f, args)?;
            Ok(if matches!(r, Value::NotImplemented) {
                None
            } else {
                Some(r)
            })
        }
        _ => Ok(None),
    }
}

/// Binary dunder dispatch with reflection (`__divmod__`/`__rdivmod__`),
/// trying the right operand first when its type is a subclass of the left's.
fn dunder_binary(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    name: &str,
    rname: &str,
) -> PyResult<Option<Value>> {
    let (ca, cb) = (vm.class_of(a), vm.class_of(b));
    let same = Rc::ptr_eq(&ca, &cb);
    let right_first = !same && cb.is_subclass(&ca);
    if right_first {
        if let Some(r) = user_dunder(vm, b, rname, std::slice::from_ref(a))? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = user_dunder(vm, a, name, std::slice::from_ref(b))? {
        return Ok(Some(r));
    }
    if !same && !right_first {
        if let Some(r) = user_dunder(vm, b, rname, std::slice::from_ref(a))? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

fn divmod_values(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Ok(None);
    };
    match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => Ok(None),
        (Num::Int(p), Num::Int(q)) if *q != 0 && !(*p == i64::MIN && *q == -1) => {
            Ok(Some(Value::tuple(vec![
                Value::Int(p.div_floor(q)),
                Value::Int(p.mod_floor(q)),
            ])))
        }
        (Num::Int(_) | Num::Big(_), Num::Int(_) | Num::Big(_)) => {
            let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
            let r = vm.binary_op(a, b, BinOp::Mod)?;
            Ok(Some(Value::tuple(vec![q, r])))
        }
        _ => {
            let (fx, fy) = (num_f64(vm, &x)?, num_f64(vm, &y)?);
            if fy == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(fx, fy);
            Ok(Some(Value::tuple(vec![Value::Float(q), Value::Float(r)])))
        }
    }
}

fn divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "divmod", 2, 2)?;
    let (a, b) = (&p[0], &p[1]);
    if let Some(r) = divmod_values(vm, a, b)? {
        return Ok(r);
    }
    if let Some(r) = dunder_binary(vm, a, b, "__divmod__", "__rdivmod__")? {
        return Ok(r);
    }
    let ua = base_value(a).unwrap_or_else(|| a.clone());
    let ub = base_value(b).unwrap_or_else(|| b.clone());
    if let Some(r) = divmod_values(vm, &ua, &ub)? {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

// ----- round --------------------------------------------------------------------

const ROUND: Sig = Sig {
    name: "round",
    posonly: 0,
    kw: &["number", "ndigits"],
    minpos: 1,
    maxpos: 2,
};

/// A float that is already integral as an int value.
fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.2e18 {
        return Ok(Value::Int(f as i64));
    }
    use num_traits::FromPrimitive;
    Ok(BigInt::from_f64(f).map_or(Value::Int(0), Value::from_bigint))
}

/// `round(x, -k)` for ints, `k > 0`: half-to-even at a multiple of `10**k`.
fn round_int_neg(x: &BigInt, k: u64) -> BigInt {
    if k as f64 > x.bits() as f64 * 0.30103 + 2.0 {
        // 10**k > 2*|x|: everything rounds to zero.
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    q * p
}

fn round_int(x: &Value, nd: &Value) -> Value {
    let k = match nd {
        Value::Int(n) if *n >= 0 => return x.clone(),
        Value::BigInt(b) if b.is_positive() => return x.clone(),
        Value::Int(n) => n.unsigned_abs(),
        _ => u64::MAX,
    };
    if let Value::Int(i) = x {
        if k <= 18 {
            let p = 10i64.pow(k as u32);
            let (q, r) = (i.div_floor(&p), i.mod_floor(&p));
            let twice = r * 2;
            let q = if twice > p || (twice == p && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            if let Some(v) = q.checked_mul(p) {
                return Value::Int(v);
            }
        }
    }
    let big = match x {
        Value::Int(i) => BigInt::from(*i),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    };
    Value::from_bigint(round_int_neg(&big, k))
}

fn round_value(vm: &mut Vm, x: &Value, nd: Option<&Value>) -> PyResult<Option<Value>> {
    let nd = match nd {
        Some(v) if !v.is_none() => Some(index_int(vm, v)?),
        _ => None,
    };
    Ok(Some(match (x, nd) {
        (Value::Bool(b), _) => Value::Int(*b as i64),
        (Value::Int(_) | Value::BigInt(_), None) => x.clone(),
        (Value::Int(_) | Value::BigInt(_), Some(nd)) => round_int(x, &nd),
        (Value::Float(f), None) => float_to_int(vm, f.round_ties_even())?,
        (Value::Float(f), Some(nd)) => {
            let n = match nd {
                Value::Int(n) => n,
                Value::BigInt(b) if b.is_positive() => i64::MAX,
                _ => i64::MIN,
            };
            let r = crate::format::round_float(*f, n);
            if r.is_infinite() && f.is_finite() {
                return Err(vm.overflow_error("rounded value too large to represent"));
            }
            Value::Float(r)
        }
        _ => return Ok(None),
    }))
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &ROUND)?;
    let Some(x) = a[0].clone() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = a[1].clone().filter(|v| !v.is_none());
    if let Some(r) = round_value(vm, &x, nd.as_ref())? {
        return Ok(r);
    }
    let cls = vm.class_of(&x);
    match cls.lookup_str("__round__") {
        Some(m) if !matches!(m, Value::Builtin(_)) && !m.is_none() => {
            let f = vm.bind_descriptor(&m, &x, &cls)?;
            match &nd {
                Some(n) => vm.call(&f, std::slice::from_ref(n)),
                None => vm.call(&f, &[]),
            }
        }
        m => {
            if let Some(b) = base_value(&x) {
                if let Some(r) = round_value(vm, &b, nd.as_ref())? {
                    return Ok(r);
                }
            }
            if let Some(m) = m.filter(|m| !m.is_none()) {
                let f = vm.bind_descriptor(&m, &x, &cls)?;
                return match &nd {
                    Some(n) => vm.call(&f, std::slice::from_ref(n)),
                    None => vm.call(&f, &[]),
                };
            }
            Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(&x)
            )))
        }
    }
}

// ----- pow ------------------------------------------------------------------------

const POW: Sig = Sig {
    name: "pow",
    posonly: 0,
    kw: &["base", "exp", "mod"],
    minpos: 2,
    maxpos: 3,
};

fn to_bigint(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

/// The inverse of `a` modulo `m` (`0 <= a < m`), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let t = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, t);
        let t = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, t);
    }
    if old_r.is_one() {
        Some(old_s.mod_floor(m))
    } else {
        None
    }
}

/// `base ** exp % m` for small non-negative operands.
fn pow_mod_u64(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let m128 = m as u128;
    let mut r: u128 = 1 % m128;
    let mut b = (base % m) as u128;
    while exp > 0 {
        if exp & 1 == 1 {
            r = r * b % m128;
        }
        b = b * b % m128;
        exp >>= 1;
    }
    base = r as u64;
    base
}

/// Three-argument `pow` on ints.
fn int_pow_mod(vm: &Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let m = to_bigint(m);
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = m.is_negative();
    let m_abs = m.abs();
    let mut exp = to_bigint(exp);
    let mut b = to_bigint(base).mod_floor(&m_abs);
    if exp.is_negative() {
        b = mod_inverse(&b, &m_abs)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let mut r = match (b.to_u64(), exp.to_u64(), m_abs.to_u64()) {
        (Some(b), Some(e), Some(m)) => BigInt::from(pow_mod_u64(b, e, m)),
        _ => b.modpow(&exp, &m_abs),
    };
    if neg_mod && !r.is_zero() {
        r -= &m_abs;
    }
    Ok(Value::from_bigint(r))
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &POW)?;
    let (Some(base), Some(exp)) = (a[0].clone(), a[1].clone()) else {
        let which = if a[0].is_none() {
            "base' (pos 1"
        } else {
            "exp' (pos 2"
        };
        return Err(vm.type_error(format!("pow() missing required argument '{which})")));
    };
    let m = match a[2].clone() {
        None | Some(Value::None) => return vm.binary_op(&base, &exp, BinOp::Pow),
        Some(m) => m,
    };
    if is_int(&base) && is_int(&exp) && is_int(&m) {
        return int_pow_mod(vm, &base, &exp, &m);
    }
    if let Some(r) = user_dunder(vm, &base, "__pow__", &[exp.clone(), m.clone()])? {
        return Ok(r);
    }
    let vals = [&base, &exp, &m];
    let unwrapped: Vec<Value> = vals
        .iter()
        .map(|v| base_value(v).unwrap_or_else(|| (*v).clone()))
        .collect();
    if unwrapped.iter().all(is_int) {
        return int_pow_mod(vm, &unwrapped[0], &unwrapped[1], &unwrapped[2]);
    }
    if unwrapped.iter().all(|v| as_num(v).is_some()) {
        for v in &unwrapped {
            match v {
                Value::Float(_) => {
                    return Err(vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ));
                }
                Value::Complex(_) => return Err(vm.value_error("complex modulo")),
                _ => {}
            }
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(&base),
        vm.type_name(&exp),
        vm.type_name(&m)
    )))
}

// ----- bin / hex / oct / format -------------------------------------------------------

fn int_radix(vm: &mut Vm, args: &Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    let v = exactly_one(vm, args, name)?;
    let n = index_int(vm, v)?;
    let (neg, digits) = match &n {
        Value::Int(i) => {
            let m = i.unsigned_abs();
            let d = match radix {
                2 => format!("{m:b}"),
                8 => format!("{m:o}"),
                _ => format!("{m:x}"),
            };
            (*i < 0, d)
        }
        Value::BigInt(b) => (b.is_negative(), b.magnitude().to_str_radix(radix)),
        _ => (false, "0".to_string()),
    };
    let sign = if neg { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

fn bin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    int_radix(vm, args, "bin", 2, "0b")
}

fn oct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    int_radix(vm, args, "oct", 8, "0o")
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    int_radix(vm, args, "hex", 16, "0x")
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "format", 1, 2)?;
    let spec = match p.get(1) {
        None => "",
        Some(Value::Str(s)) => s.as_str(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    vm.format(&p[0], spec)
}

// ----- namespaces: locals, globals, vars, dir -------------------------------------------

/// What `locals()` sees in a frame: the namespace itself for module and
/// class bodies; for function frames the frame's one locals dict plus the
/// current values of its variables (`None` = unbound) to sync into it.
type LocalsPlan = (Rc<PyDict>, Vec<(Rc<PyStr>, Option<Value>)>);

fn frame_locals(frame: &Frame) -> LocalsPlan {
    if let Some(ns) = &frame.names {
        return (ns.clone(), Vec::new());
    }
    let d = frame
        .locals_dict
        .borrow_mut()
        .get_or_insert_with(|| Rc::new(PyDict::new()))
        .clone();
    let co = &frame.code.co;
    let mut vars = Vec::with_capacity(frame.code.varnames.len() + frame.cells.len());
    let cell = |i: usize| frame.cells.get(i).and_then(|c| c.get());
    // CPython's order: plain locals (arguments first), then the variables
    // captured by inner scopes, then free variables. A captured argument
    // keeps its place but its value lives in its cell.
    for (i, name) in frame.code.varnames.iter().enumerate() {
        let v = match co.cell2arg.iter().find(|(_, vi)| *vi as usize == i) {
            Some((ci, _)) => cell(*ci as usize),
            None if co.cellvars.iter().any(|c| &**c == name.as_str()) => continue,
            None => frame.locals.get(i).cloned().flatten(),
        };
        vars.push((name.clone(), v));
    }
    for (ci, name) in co.cellvars.iter().enumerate() {
        if !co.cell2arg.iter().any(|(c, _)| *c as usize == ci) {
            vars.push((Rc::new(PyStr::new(name)), cell(ci)));
        }
    }
    for (fi, name) in co.freevars.iter().enumerate() {
        vars.push((Rc::new(PyStr::new(name)), cell(co.cellvars.len() + fi)));
    }
    (d, vars)
}

/// The calling frame's globals.
fn caller_globals(vm: &Vm) -> Rc<PyDict> {
    match vm.caller_frame() {
        Some(f) => f.globals.clone(),
        None => vm
            .current_globals
            .clone()
            .unwrap_or_else(|| Rc::new(PyDict::new())),
    }
}

/// The calling frame's locals (as `locals()` returns them).
fn caller_locals(vm: &mut Vm) -> PyResult<Rc<PyDict>> {
    let (d, vars) = match vm.caller_frame() {
        Some(f) => frame_locals(f),
        None => return Ok(caller_globals(vm)),
    };
    for (name, v) in vars {
        match v {
            Some(v) => d.insert_native(Value::Str(name.clone()), name.hash(), v),
            None => {
                d.remove(vm, &Value::Str(name))?;
            }
        }
    }
    Ok(d)
}

fn locals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("locals() takes no keyword arguments"));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "locals() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(Value::Dict(caller_locals(vm)?))
}

fn globals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("globals() takes no keyword arguments"));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "globals() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(Value::Dict(caller_globals(vm)))
}

fn vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "vars", 0, 1)?;
    let Some(obj) = p.first() else {
        return Ok(Value::Dict(caller_locals(vm)?));
    };
    match vm.get_attr_opt(obj, "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// Add the `str` keys of `d` to `out`.
fn add_keys(out: &mut BTreeSet<String>, d: &PyDict, skip_module: bool) {
    for entry in d.map.borrow().iter() {
        if let Value::Str(s) = &entry.key {
            if skip_module && s.as_str() == "__module__" {
                continue;
            }
            out.insert(s.as_str().to_string());
        }
    }
}

/// The attribute names of a class and its bases (`type.__dir__`).
fn class_names(out: &mut BTreeSet<String>, cls: &Rc<Class>) {
    for c in cls.mro_iter() {
        // Builtin classes carry `__module__` only as an implementation detail.
        add_keys(out, &c.dict, c.builtin);
        if !c.builtin && !c.no_dict {
            out.insert("__dict__".to_string());
        }
    }
    out.insert("__class__".to_string());
    out.insert("__doc__".to_string());
}

/// Sort a `__dir__` result like `sorted()`.
fn sort_values(vm: &mut Vm, mut items: Vec<Value>) -> PyResult<Vec<Value>> {
    if items.iter().all(|v| matches!(v, Value::Str(_))) {
        items.sort_by(|a, b| match (a, b) {
            (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(items);
    }
    // Mixed items: a stable insertion sort with Python's `<`.
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        let mut i = out.len();
        while i > 0 && vm.lt(&v, &out[i - 1])? {
            i -= 1;
        }
        out.insert(i, v);
    }
    Ok(out)
}

fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "dir", 0, 1)?;
    let Some(obj) = p.first() else {
        let mut names = BTreeSet::new();
        let loc = caller_locals(vm)?;
        add_keys(&mut names, &loc, false);
        return Ok(Value::list(names.into_iter().map(Value::string).collect()));
    };
    // A `__dir__` written in Python (or a module-level `__dir__` function).
    let custom = match obj {
        Value::Module(m) => m.dict.get_str("__dir__"),
        Value::Instance(_) => {
            let cls = vm.class_of(obj);
            match cls.lookup_str("__dir__") {
                Some(m) if !matches!(m, Value::Builtin(_)) => {
                    Some(vm.bind_descriptor(&m, obj, &cls)?)
                }
                _ => None,
            }
        }
        _ => None,
    };
    if let Some(f) = custom {
        let r = vm.call(&f, &[])?;
        let items = vm.collect(&r)?;
        return Ok(Value::list(sort_values(vm, items)?));
    }
    let mut names = BTreeSet::new();
    match obj {
        Value::Module(m) => add_keys(&mut names, &m.dict, false),
        Value::Class(c) => class_names(&mut names, c),
        Value::Instance(inst) => {
            if let Some(d) = &inst.dict {
                add_keys(&mut names, d, false);
            }
            class_names(&mut names, &inst.class());
        }
        Value::Function(f) => {
            add_keys(&mut names, &f.dict, false);
            class_names(&mut names, &vm.class_of(obj));
        }
        _ => class_names(&mut names, &vm.class_of(obj)),
    }
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

// ----- input --------------------------------------------------------------------------

fn sys_attr(vm: &mut Vm, name: &str) -> Value {
    // `sys_stdout` makes sure the sys module exists.
    let stdout = vm.sys_stdout();
    if name == "stdout" {
        return stdout;
    }
    match vm.modules.get_str("sys") {
        Some(Value::Module(m)) => m.dict.get_str(name).unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn input(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "input", 0, 1)?;
    let stdin = sys_attr(vm, "stdin");
    if stdin.is_none() {
        return Err(vm.error("RuntimeError", "input(): lost sys.stdin"));
    }
    let stdout = sys_attr(vm, "stdout");
    if stdout.is_none() {
        return Err(vm.error("RuntimeError", "input(): lost sys.stdout"));
    }
    if let Some(prompt) = p.first() {
        let s = vm.str_string(prompt)?;
        crate::builtins::io::write_to(vm, &stdout, &s)?;
    }
    if let Some(flush) = vm.get_attr_opt(&stdout, "flush")? {
        vm.call(&flush, &[])?;
    }
    vm.stdout.flush();
    let readline = vm.get_attr_str(&stdin, "readline")?;
    let line = vm.call(&readline, &[])?;
    let Value::Str(s) = &line else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    let text = s.as_str();
    if text.is_empty() {
        return Err(vm.error("EOFError", "EOF when reading a line"));
    }
    Ok(match text.strip_suffix('\n') {
        Some(t) => Value::str(t),
        None => line.clone(),
    })
}

// ----- eval / exec / compile / __import__ ------------------------------------------------

/// Source text of an eval/exec/compile argument, or `None` if it isn't text.
fn source_text(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let bytes = match v {
        Value::Str(s) => return Ok(Some(s.as_str().to_string())),
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        _ => return Ok(None),
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Some(s)),
        Err(_) => Err(vm.error(
            "SyntaxError",
            "(unicode error) 'utf-8' codec can't decode bytes",
        )),
    }
}

/// Resolve the `globals`/`locals` arguments of eval/exec.
fn namespaces(
    vm: &mut Vm,
    g: Option<&Value>,
    l: Option<&Value>,
    fname: &str,
) -> PyResult<(Rc<PyDict>, Rc<PyDict>)> {
    let g = g.filter(|v| !v.is_none());
    let l = l.filter(|v| !v.is_none());
    let globals = match g {
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(vm.type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", vm.type_name(other))
            } else {
                "globals must be a dict".to_string()
            }));
        }
        None => None,
    };
    let locals = match l {
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            let is_mapping = vm.class_of(other).lookup_str("__getitem__").is_some();
            if !is_mapping {
                return Err(vm.type_error(if fname == "exec" {
                    format!(
                        "locals must be a mapping or None, not {}",
                        vm.type_name(other)
                    )
                } else {
                    "locals must be a mapping".to_string()
                }));
            }
            return Err(vm.not_implemented(&format!("non-dict locals in {fname}()")));
        }
        None => None,
    };
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let g = caller_globals(vm);
            let l = match l {
                Some(l) => l,
                None => caller_locals(vm)?,
            };
            (g, l)
        }
    };
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    Ok((globals, locals))
}

/// Run a code object with the given namespaces.
fn run_code(
    vm: &mut Vm,
    code: Rc<crate::vm::code::Code>,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
    fname: &str,
) -> PyResult<Value> {
    if !code.co.freevars.is_empty() {
        return Err(vm.type_error(format!(
            "code object passed to {fname}() may not contain free variables"
        )));
    }
    let frame = Frame::new(code, globals.clone(), Some(locals));
    let saved = vm.current_globals.replace(globals);
    let r = vm.run_frame(frame);
    vm.current_globals = saved;
    r
}

fn eval_or_exec(
    vm: &mut Vm,
    src: &Value,
    g: Option<&Value>,
    l: Option<&Value>,
    exec: bool,
) -> PyResult<Value> {
    let fname = if exec { "exec" } else { "eval" };
    let code = match src {
        Value::Code(c) => c.clone(),
        _ => match source_text(vm, src)? {
            Some(text) => {
                // Check the namespaces before compiling, as CPython does.
                namespaces(vm, g, l, fname)?;
                let (text, mode) = if exec {
                    (text, weft_compiler::Mode::Exec)
                } else {
                    let t = text.trim_start_matches([' ', '\t']).to_string();
                    (t, weft_compiler::Mode::Eval)
                };
                vm.compile_source(&text, "<string>", mode)?
            }
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                )));
            }
        },
    };
    let (globals, locals) = namespaces(vm, g, l, fname)?;
    run_code(vm, code, globals, locals, fname)
}

fn eval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "eval", 1, 3)?;
    eval_or_exec(vm, &p[0], p.get(1), p.get(2), false)
}

const EXEC: Sig = Sig {
    name: "exec",
    posonly: 3,
    kw: &["closure"],
    minpos: 1,
    maxpos: 3,
};

fn exec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &EXEC)?;
    let Some(src) = &a[0] else {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    };
    if a[3].as_ref().is_some_and(|c| !c.is_none()) {
        return Err(vm.not_implemented("exec() with a closure"));
    }
    eval_or_exec(vm, src, a[1].as_ref(), a[2].as_ref(), true)?;
    Ok(Value::None)
}

const COMPILE: Sig = Sig {
    name: "compile",
    posonly: 0,
    kw: &[
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ],
    minpos: 3,
    maxpos: 6,
};

/// `ast.PyCF_ONLY_AST`.
const PYCF_ONLY_AST: i64 = 0x400;

fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &COMPILE)?;
    let (Some(src), Some(filename), Some(mode)) = (&a[0], &a[1], &a[2]) else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let filename = match filename {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )));
        }
    };
    let Value::Str(mode) = mode else {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            vm.type_name(mode)
        )));
    };
    let flags = match &a[3] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if let Some(o) = &a[5] {
        vm.index_value(o)?;
    }
    let mode = match mode.as_str() {
        "exec" => weft_compiler::Mode::Exec,
        "eval" => weft_compiler::Mode::Eval,
        "single" => return Err(vm.not_implemented("compile() in 'single' mode")),
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.not_implemented("compile() to an AST"));
    }
    let Some(text) = source_text(vm, src)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let text = if mode == weft_compiler::Mode::Eval {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    };
    Ok(Value::Code(vm.compile_source(&text, &filename, mode)?))
}

const IMPORT: Sig = Sig {
    name: "__import__",
    posonly: 0,
    kw: &["name", "globals", "locals", "fromlist", "level"],
    minpos: 1,
    maxpos: 5,
};

fn import(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &IMPORT)?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.type_error("module name must be a string")),
    };
    let level = match &a[4] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if level == 0 && name.as_str().is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let globals = match &a[1] {
        Some(Value::Dict(d)) => d.clone(),
        _ => Rc::new(PyDict::new()),
    };
    let fromlist = match &a[3] {
        Some(v) if !v.is_none() => v.clone(),
        _ => Value::tuple(Vec::new()),
    };
    vm.import_name(name.as_str(), &fromlist, &Value::Int(level), &globals)
}

const EXIT: Sig = Sig {
    name: "__call__",
    posonly: 0,
    kw: &["code"],
    minpos: 0,
    maxpos: 1,
};

/// `exit(code=None)` / `quit(code=None)` (site's Quitter): raise SystemExit(code).
fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &EXIT)?;
    let code = a[0].clone().unwrap_or(Value::None);
    let cls = vm.exc_class("SystemExit");
    Err(crate::vm::PyErr(vm.new_exception(&cls, vec![code])))
}

fn breakpoint(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.not_implemented("breakpoint()"))
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for (name, f) in [
        ("divmod", divmod as crate::vm::NativeFn),
        ("round", round),
        ("pow", pow),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("format", format),
        ("vars", vars),
        ("dir", dir),
        ("locals", locals),
        ("globals", globals),
        ("input", input),
        ("eval", eval),
        ("exec", exec),
        ("compile", compile),
        ("__import__", import),
        ("exit", exit),
        ("quit", exit),
        ("breakpoint", breakpoint),
    ] {
        b.set_str(name, builtin(name, f));
    }
    // Module attributes of `builtins` that name lookups can fall back to
    // (a class body exec'd with bare globals reads `__name__` from here).
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("__package__", Value::str(""));
    b.set_str("__debug__", Value::Bool(true));
}
