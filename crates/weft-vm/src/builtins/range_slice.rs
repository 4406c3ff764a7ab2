//! The `range` and `slice` types: constructors, `range.index`/`count`,
//! `reversed(range)`, `hash(range)` and `slice.indices`.
//!
//! Ranges are stored with i64 bounds; a range whose bounds leave i64 raises
//! NotImplementedError (see `vm::subscript::big_range`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::builtins::add_method;
use crate::builtins::method_args::{check_count, no_args, one_arg, receiver};
use crate::types::iter::{IterObj, IterState};
use crate::types::misc::{PyRange, PySlice};
use crate::value::Value;
use crate::vm::subscript::{big_range, range_contains_int, range_len};
use crate::vm::{Args, PyResult, Vm};

fn range_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    match pos.len() {
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        1..=3 => {}
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    }
    let mut n = [0i64; 3];
    for (slot, v) in n.iter_mut().zip(pos) {
        *slot = match vm.index_or_big(v)? {
            Ok(i) => i,
            Err(_) => {
                // Report a zero step before giving up on huge bounds.
                if pos.len() == 3 && matches!(pos[2], Value::Int(0) | Value::Bool(false)) {
                    return Err(vm.value_error("range() arg 3 must not be zero"));
                }
                return Err(big_range(vm));
            }
        };
    }
    let (start, stop, step) = match pos.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyRange>> {
    match receiver(vm, args, "range", name, |v| matches!(v, Value::Range(_)))? {
        Value::Range(r) => Ok(r),
        _ => unreachable!("receiver checked the type"),
    }
}

/// An exact int (not a subclass instance): the O(1) membership cases.
fn exact_int(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::Int(i) => Some(Some(*i)),
        Value::Bool(b) => Some(Some(*b as i64)),
        Value::BigInt(_) => Some(None),
        _ => None,
    }
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "count")?;
    let x = one_arg(vm, args, "range", "count")?;
    if let Some(i) = exact_int(x) {
        let hit = i.is_some_and(|i| range_contains_int(&r, i));
        return Ok(Value::Int(hit as i64));
    }
    let it = vm.iter(&Value::Range(r))?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "index")?;
    let x = one_arg(vm, args, "range", "index")?;
    if let Some(i) = exact_int(x) {
        if let Some(i) = i.filter(|i| range_contains_int(&r, *i)) {
            let pos = (i as i128 - r.start as i128) / r.step as i128;
            return Ok(Value::Int(pos as i64));
        }
    } else {
        let it = vm.iter(&Value::Range(r))?;
        let mut pos = 0i64;
        while let Some(v) = vm.next(&it)? {
            if vm.eq(&v, x)? {
                return Ok(Value::Int(pos));
            }
            pos += 1;
        }
    }
    let rep = vm.repr_string(x)?;
    Err(vm.value_error(format!("{rep} is not in range")))
}

fn range_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__reversed__")?;
    no_args(vm, args, "range", "__reversed__")?;
    let len = range_len(&r);
    let (start, step) = (r.start as i128, r.step as i128);
    let (next, stop, step) = if len == 0 {
        (0, 0, 1)
    } else {
        (start + (len - 1) * step, start - step, -step)
    };
    match (
        i64::try_from(next),
        i64::try_from(stop),
        i64::try_from(step),
    ) {
        (Ok(next), Ok(stop), Ok(step)) => Ok(Value::Iter(Rc::new(IterObj::new(
            "range_iterator",
            IterState::Range { next, stop, step },
        )))),
        _ => Err(big_range(vm)),
    }
}

fn range_len_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__len__")?;
    no_args(vm, args, "range", "__len__")?;
    Ok(Value::Int(vm.len(&Value::Range(r))? as i64))
}

fn range_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__getitem__")?;
    let k = one_arg(vm, args, "range", "__getitem__")?;
    vm.get_item(&Value::Range(r), k)
}

fn range_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__contains__")?;
    let k = one_arg(vm, args, "range", "__contains__")?;
    Ok(Value::Bool(vm.contains(&Value::Range(r), k)?))
}

fn range_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__iter__")?;
    no_args(vm, args, "range", "__iter__")?;
    vm.iter(&Value::Range(r))
}

/// `hash(range)`: the hash of `(len, start, step)` with CPython's
/// normalisation of empty and one-element ranges.
pub fn range_hash(vm: &mut Vm, r: &PyRange) -> PyResult<i64> {
    let len = range_len(r);
    let len_v = match i64::try_from(len) {
        Ok(n) => Value::Int(n),
        Err(_) => Value::from_bigint(BigInt::from(len)),
    };
    let t = match len {
        0 => Value::tuple(vec![len_v, Value::None, Value::None]),
        1 => Value::tuple(vec![len_v, Value::Int(r.start), Value::None]),
        _ => Value::tuple(vec![len_v, Value::Int(r.start), Value::Int(r.step)]),
    };
    vm.hash(&t)
}

fn range_hash_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__hash__")?;
    no_args(vm, args, "range", "__hash__")?;
    Ok(Value::Int(range_hash(vm, &r)?))
}

// ----- slice ------------------------------------------------------------------------

fn slice_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    check_count(vm, "slice", pos.len(), 1, 3)?;
    let (start, stop, step) = match pos {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => unreachable!("count checked"),
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

/// An int argument of `slice.indices`, exactly.
fn exact_index(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => {
            if !vm.has_index(v) {
                return Err(vm.type_error(what.to_string()));
            }
            let r = vm.call_method_opt(v, "__index__", &[])?;
            match (r, v) {
                (Some(r), _) => exact_index(vm, &r, what),
                (None, Value::Instance(i)) => {
                    let base = i.base_value.borrow().clone();
                    match base {
                        Some(b) => exact_index(vm, &b, what),
                        None => Err(vm.type_error(what.to_string())),
                    }
                }
                _ => Err(vm.type_error(what.to_string())),
            }
        }
    }
}

fn slice_indices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = match receiver(vm, args, "slice", "indices", |v| {
        matches!(v, Value::Slice(_))
    })? {
        Value::Slice(s) => s,
        _ => unreachable!("receiver checked the type"),
    };
    let len = one_arg(vm, args, "slice", "indices")?;
    let length = match len {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => exact_index(vm, len, "")?,
        _ if vm.has_index(len) => exact_index(vm, len, "")?,
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(len)
            )));
        }
    };
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let msg = "slice indices must be integers or None or have an __index__ method";
    let step = match &s.step {
        Value::None => BigInt::one(),
        v => exact_index(vm, v, msg)?,
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (-BigInt::one(), &length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |i: BigInt| -> BigInt {
        if i.is_negative() {
            let j = i + &length;
            if j < lower { lower.clone() } else { j }
        } else if i > upper {
            upper.clone()
        } else {
            i
        }
    };
    let start = match &s.start {
        Value::None => {
            if neg {
                upper.clone()
            } else {
                lower.clone()
            }
        }
        v => clamp(exact_index(vm, v, msg)?),
    };
    let stop = match &s.stop {
        Value::None => {
            if neg {
                lower.clone()
            } else {
                upper.clone()
            }
        }
        v => clamp(exact_index(vm, v, msg)?),
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(start),
        Value::from_bigint(stop),
        Value::from_bigint(step),
    ]))
}

pub fn install(vm: &mut Vm) {
    let range = vm.types.range.clone();
    range.native_new.set(Some(range_new));
    for (name, f) in [
        ("count", range_count as crate::vm::NativeFn),
        ("index", range_index),
        ("__reversed__", range_reversed),
        ("__len__", range_len_method),
        ("__getitem__", range_getitem),
        ("__contains__", range_contains),
        ("__iter__", range_iter),
        ("__hash__", range_hash_method),
    ] {
        add_method(&range, "range", name, f);
    }
    let slice = vm.types.slice.clone();
    slice.native_new.set(Some(slice_new));
    add_method(&slice, "slice", "indices", slice_indices);
}
