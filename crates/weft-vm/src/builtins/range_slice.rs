//! The `range` and `slice` types: constructors, the methods of `range`
//! (`index`, `count`, `reversed`, `hash`, the `start`/`stop`/`step`
//! attributes) and `slice.indices`.
//!
//! Ranges whose bounds fit an i64 are `Value::Range`, which the VM handles
//! directly. Larger ones (`range(10**20)`) are instances of the `range` class
//! wrapping a `(start, stop, step)` tuple of ints; all their behaviour comes
//! from the dunder methods registered here, computed exactly with BigInt.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_compiler::bytecode::CmpOp;

use crate::builtins::add_method;
use crate::builtins::method_args::{check_count, no_args, one_arg, receiver};
use crate::types::class::Instance;
use crate::types::iter::{IterObj, IterState};
use crate::types::misc::{Native, PyRange, PySlice};
use crate::value::Value;
use crate::vm::subscript::range_len;
use crate::vm::{Args, PyResult, Vm};

/// Exact bounds of any range.
struct Bounds {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
}

impl Bounds {
    fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            BigInt::zero()
        } else {
            (hi - lo - 1u32) / step + 1u32
        }
    }

    fn get(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    fn contains(&self, x: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        inside && ((x - &self.start) % &self.step).is_zero()
    }
}

fn int_value(b: BigInt) -> Value {
    Value::from_bigint(b)
}

fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        b @ (Value::True | Value::False) => Some(BigInt::from(matches!(b, Value::True) as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The bounds of a range value (small or big); `None` for anything else.
fn bounds_of(vm: &Vm, v: &Value) -> Option<Bounds> {
    match v {
        Value::Range(r) => Some(Bounds {
            start: BigInt::from(r.start),
            stop: BigInt::from(r.stop),
            step: BigInt::from(r.step),
        }),
        Value::Instance(inst) if Rc::ptr_eq(&inst.class(), &vm.types.range) => {
            match &*inst.base_value() {
                Some(Value::Tuple(t)) if t.len() == 3 => Some(Bounds {
                    start: to_big(&t.items[0])?,
                    stop: to_big(&t.items[1])?,
                    step: to_big(&t.items[2])?,
                }),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A range value: `Value::Range` when the bounds fit an i64, else a big range.
pub fn new_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return Value::Range(Rc::new(PyRange {
            start: a,
            stop: b,
            step: c,
        }));
    }
    let t = Value::tuple(vec![int_value(start), int_value(stop), int_value(step)]);
    Value::Instance(Rc::new(Instance::with_state(
        vm.types.range.clone(),
        None,
        None,
        Some(t),
    )))
}

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
    let mut n = Vec::with_capacity(3);
    for v in pos {
        n.push(exact_int(vm, v, None)?);
    }
    let (start, stop, step) = match n.len() {
        1 => (BigInt::zero(), n.remove(0), BigInt::one()),
        2 => (n.remove(0), n.remove(0), BigInt::one()),
        _ => (n.remove(0), n.remove(0), n.remove(0)),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

/// `operator.index(v)` exactly; `msg` replaces the default TypeError message.
fn exact_int(vm: &mut Vm, v: &Value, msg: Option<&str>) -> PyResult<BigInt> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    if !vm.has_index(v) {
        return Err(vm.type_error(match msg {
            Some(m) => m.to_string(),
            None => format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ),
        }));
    }
    if let Value::Instance(inst) = v {
        let base = inst.base_value().clone();
        if let Some(b) = base.as_ref().and_then(to_big) {
            return Ok(b);
        }
    }
    match vm.call_method_opt(v, "__index__", &[])? {
        Some(r) => match to_big(&r) {
            Some(b) => Ok(b),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        },
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// The bounds of the range a method was called on.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Bounds> {
    match args.args.first().filter(|_| !args.pos().is_empty()) {
        Some(v) => bounds_of(vm, v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!("unbound method range.{name}() needs an argument"))),
    }
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "count")?;
    let x = one_arg(vm, args, "range", "count")?;
    if let Some(i) = to_big(x) {
        return Ok(Value::Int(r.contains(&i) as i64));
    }
    let it = vm.iter(&args.args[0])?;
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
    if let Some(i) = to_big(x) {
        if r.contains(&i) {
            return Ok(int_value((i - &r.start) / &r.step));
        }
    } else {
        let it = vm.iter(&args.args[0])?;
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

/// An iterator over a range value.
fn iterate(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match &v {
        Value::Range(_) => vm.iter(&v),
        _ => Ok(Value::Iter(Rc::new(IterObj::new(
            "longrange_iterator",
            IterState::GetItem { obj: v, pos: 0 },
        )))),
    }
}

fn range_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__reversed__")?;
    no_args(vm, args, "range", "__reversed__")?;
    let len = r.len();
    let rev = if len.is_zero() {
        new_range(vm, BigInt::zero(), BigInt::zero(), BigInt::one())
    } else {
        let last = r.get(&(len - 1u32));
        new_range(vm, last, &r.start - &r.step, -&r.step)
    };
    iterate(vm, rev)
}

fn range_len_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__len__")?;
    no_args(vm, args, "range", "__len__")?;
    match r.len().to_i64() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__bool__")?;
    no_args(vm, args, "range", "__bool__")?;
    Ok(Value::Bool(!r.len().is_zero()))
}

/// `range[key]` computed exactly: an int, or a range for slices.
pub fn range_subscript(vm: &mut Vm, range: &Value, key: &Value) -> PyResult<Value> {
    let Some(r) = bounds_of(vm, range) else {
        return Err(vm.type_error("descriptor '__getitem__' requires a 'range' object"));
    };
    let len = r.len();
    if let Value::Slice(s) = key {
        let (start, stop, step) = slice_indices_exact(vm, s, &len)?;
        let new_step = &r.step * step;
        return Ok(new_range(vm, r.get(&start), r.get(&stop), new_step));
    }
    if !vm.has_index(key) {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let mut i = exact_int(vm, key, None)?;
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(int_value(r.get(&i)))
}

fn range_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(vm, args, "__getitem__")?;
    let k = one_arg(vm, args, "range", "__getitem__")?;
    range_subscript(vm, &args.args[0], k)
}

fn range_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__contains__")?;
    let k = one_arg(vm, args, "range", "__contains__")?;
    if let Some(i) = to_big(k) {
        return Ok(Value::Bool(r.contains(&i)));
    }
    let it = iterate(vm, args.args[0].clone())?;
    while let Some(v) = vm.next(&it)? {
        if v.is(k) || vm.eq(&v, k)? {
            return Ok(Value::True);
        }
    }
    Ok(Value::False)
}

fn range_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    no_args(vm, args, "range", "__iter__")?;
    iterate(vm, args.args[0].clone())
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
    let len = r.len();
    let t = if len.is_zero() {
        Value::tuple(vec![Value::Int(0), Value::None, Value::None])
    } else if len.is_one() {
        Value::tuple(vec![Value::Int(1), int_value(r.start), Value::None])
    } else {
        Value::tuple(vec![int_value(len), int_value(r.start), int_value(r.step)])
    };
    Ok(Value::Int(vm.hash(&t)?))
}

fn range_richcompare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let r = this(vm, args, op.dunder())?;
    let other = one_arg(vm, args, "range", op.dunder())?;
    let Some(o) = bounds_of(vm, other).filter(|_| matches!(op, CmpOp::Eq | CmpOp::Ne)) else {
        return Ok(Value::NotImplemented);
    };
    let (la, lb) = (r.len(), o.len());
    let eq =
        la == lb && (la.is_zero() || (r.start == o.start && (la.is_one() || r.step == o.step)));
    Ok(Value::Bool(if op == CmpOp::Eq { eq } else { !eq }))
}

fn range_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    range_richcompare(vm, args, CmpOp::Eq)
}

fn range_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    range_richcompare(vm, args, CmpOp::Ne)
}

fn range_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = this(vm, args, "__repr__")?;
    Ok(Value::string(if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn range_start(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int_value(this(vm, args, "start")?.start))
}

fn range_stop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int_value(this(vm, args, "stop")?.stop))
}

fn range_step(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int_value(this(vm, args, "step")?.step))
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

/// `slice.indices(length)` with exact ints (`_PySlice_GetLongIndices`).
fn slice_indices_exact(
    vm: &mut Vm,
    s: &PySlice,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let msg = "slice indices must be integers or None or have an __index__ method";
    let step = match &s.step {
        Value::None => BigInt::one(),
        v => exact_int(vm, v, Some(msg))?,
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (-BigInt::one(), length - 1u32)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |i: BigInt| -> BigInt {
        if i.is_negative() {
            let j = i + length;
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
        v => clamp(exact_int(vm, v, Some(msg))?),
    };
    let stop = match &s.stop {
        Value::None => {
            if neg {
                lower.clone()
            } else {
                upper.clone()
            }
        }
        v => clamp(exact_int(vm, v, Some(msg))?),
    };
    Ok((start, stop, step))
}

fn slice_indices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = match receiver(vm, args, "slice", "indices", |v| {
        matches!(v, Value::Slice(_))
    })? {
        Value::Slice(s) => s,
        _ => unreachable!("receiver checked the type"),
    };
    let len = one_arg(vm, args, "slice", "indices")?;
    let length = exact_int(vm, len, None)?;
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices_exact(vm, &s, &length)?;
    Ok(Value::tuple(vec![
        int_value(start),
        int_value(stop),
        int_value(step),
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
        ("__bool__", range_bool),
        ("__getitem__", range_getitem),
        ("__contains__", range_contains),
        ("__iter__", range_iter),
        ("__hash__", range_hash_method),
        ("__eq__", range_eq),
        ("__ne__", range_ne),
        ("__repr__", range_repr),
        ("__str__", range_repr),
    ] {
        add_method(&range, "range", name, f);
    }
    for (name, f) in [
        ("start", range_start as crate::vm::NativeFn),
        ("stop", range_stop),
        ("step", range_step),
    ] {
        let getter = Value::Builtin(Rc::new(crate::types::function::BuiltinFn {
            name,
            func: f,
            bound: None,
            owner: Some("range"),
        }));
        range.dict.set_str(
            name,
            Value::Native(Rc::new(Native::Property {
                fget: getter,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            })),
        );
    }
    let slice = vm.types.slice.clone();
    slice.native_new.set(Some(slice_new));
    add_method(&slice, "slice", "indices", slice_indices);
}
