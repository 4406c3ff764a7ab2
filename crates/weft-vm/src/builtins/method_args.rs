//! Argument checking shared by the method tables of the builtin containers
//! (`list_methods.rs`, `dict_methods.rs`, `set_methods.rs`): receiver
//! unwrapping (including instances of subclasses) and CPython's exact
//! argument-count messages for `METH_O`, `METH_NOARGS` and clinic methods.

use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The receiver of a builtin method: `args[0]`, or the builtin value an
/// instance of a subclass wraps. `ok` says whether a value has the owner's type.
pub fn receiver(
    vm: &Vm,
    args: &Args,
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<Value> {
    let Some(first) = args.args.first().filter(|_| !args.pos().is_empty()) else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    if let Some(v) = owner_value(first, ok) {
        return Ok(v);
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        vm.type_name(first)
    )))
}

/// `TypeError: list.pop() takes no keyword arguments`.
pub fn no_kwargs(vm: &Vm, args: &Args, owner: &str, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")))
    }
}

/// A `METH_O` method's single argument (after `self`).
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, owner: &str, name: &str) -> PyResult<&'a Value> {
    no_kwargs(vm, args, owner, name)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{owner}.{name}() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(&pos[1])
}

/// A `METH_NOARGS` method: nothing but `self`.
pub fn no_args(vm: &Vm, args: &Args, owner: &str, name: &str) -> PyResult<()> {
    no_kwargs(vm, args, owner, name)?;
    let n = args.pos().len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("{owner}.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// Positional arguments of a clinic method taking `min..=max` of them
/// (after `self`), with CPython's `pop expected at most 1 argument, got 2`.
pub fn pos_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, owner, name)?;
    let pos = args.pos();
    let pos = if pos.is_empty() { pos } else { &pos[1..] };
    check_count(vm, name, pos.len(), min, max)?;
    Ok(pos)
}

/// `_PyArg_CheckPositional`: `insert expected 2 arguments, got 1`.
pub fn check_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let (bound, qual) = if n < min {
        (min, if min == max { "" } else { "at least " })
    } else if n > max {
        (max, if min == max { "" } else { "at most " })
    } else {
        return Ok(());
    };
    let s = if bound == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{name} expected {qual}{bound} argument{s}, got {n}"
    )))
}

/// A `Py_ssize_t` argument: ints (and `__index__` objects) that fit, else
/// `OverflowError: Python int too large to convert to C ssize_t`.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_or_big(v)? {
        Ok(i) => Ok(i),
        Err(_) => Err(ssize_overflow(vm)),
    }
}

pub fn ssize_overflow(vm: &Vm) -> PyErr {
    vm.overflow_error("Python int too large to convert to C ssize_t")
}

/// A `slice_index` argument (start/stop of `index()`): clamped when huge,
/// `TypeError: slice indices must be integers or have an __index__ method`.
pub fn slice_index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if !vm.has_index(v) {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    Ok(match vm.index_or_big(v)? {
        Ok(i) => i,
        Err(neg) => {
            if neg {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    })
}

/// Resolve `start`/`stop` of `index(x, start, stop)` against `len`.
pub fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len_i = len as i64;
    let norm = |i: i64| -> usize {
        if i < 0 {
            i.saturating_add(len_i).max(0) as usize
        } else {
            i.min(len_i) as usize
        }
    };
    let start = match rest.first() {
        Some(v) => norm(slice_index_arg(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(1) {
        Some(v) => norm(slice_index_arg(vm, v)?),
        None => len,
    };
    Ok((start, stop))
}

/// `v` itself if `ok(v)`, else the builtin value a subclass instance `v`
/// wraps if that is `ok`: the receiver a builtin type's method works on.
pub fn owner_value(v: &Value, ok: fn(&Value) -> bool) -> Option<Value> {
    if ok(v) {
        return Some(v.clone());
    }
    if let Value::Instance(inst) = v {
        if let Some(b) = inst.base_value().as_ref() {
            if ok(b) {
                return Some(b.clone());
            }
        }
    }
    None
}
