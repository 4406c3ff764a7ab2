//! Methods and operators of `set` and `frozenset`, and the set operators of
//! dict key/item views.
//!
//! The algorithms follow CPython's setobject.c step by step (which operand is
//! iterated, when a table is copied or merged, when dummies are purged):
//! together with the CPython-compatible table in `types/set.rs` this makes
//! the iteration order of every result, and so its printed form, match.

use std::rc::Rc;

use weft_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::add_method;
use crate::builtins::method_args::{no_args, no_kwargs, one_arg, receiver};
use crate::types::misc::{Native, ViewKind};
use crate::types::set::PySet;
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};

// ----- the algorithms -----------------------------------------------------------

/// A set or frozenset (or an instance of a subclass), as its storage.
pub fn as_set(v: &Value) -> Option<Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.clone()),
        Value::Instance(i) => match &*i.base_value() {
            Some(Value::Set(s) | Value::FrozenSet(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn same_set(a: &Rc<PySet>, other: &Value) -> bool {
    as_set(other).is_some_and(|o| Rc::ptr_eq(a, &o))
}

/// `set_update_internal`: add the items of a set, a dict's keys, or any iterable.
pub fn update_internal(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return s.merge(vm, &o);
    }
    if let Value::Dict(d) = other {
        s.reserve_for(d.len());
        let entries: Vec<(Value, i64)> = d
            .map
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.hash))
            .collect();
        for (k, h) in entries {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        s.add(vm, k)?;
    }
    Ok(())
}

/// `make_new_set`: a new set holding the items of an iterable.
pub fn new_set_from(vm: &mut Vm, iterable: &Value) -> PyResult<PySet> {
    let s = PySet::new();
    update_internal(vm, &s, iterable)?;
    Ok(s)
}

/// `set_intersection`: iterate the smaller operand, probe the larger.
pub fn intersection(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<PySet> {
    if same_set(so, other) {
        return so.copy(vm);
    }
    let result = PySet::new();
    if let Some(o) = as_set(other) {
        let (big, small) = if o.len() > so.len() {
            (o, so.clone())
        } else {
            (so.clone(), o)
        };
        for (k, h) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                result.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if so.contains_hashed(vm, &k, h)? {
            result.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

fn intersection_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<PySet> {
    if others.is_empty() {
        return so.copy(vm);
    }
    let mut result = so.clone();
    for other in others {
        result = Rc::new(intersection(vm, &result, other)?);
    }
    match Rc::try_unwrap(result) {
        Ok(s) => Ok(s),
        Err(rc) => rc.copy(vm),
    }
}

/// `set_difference_update_internal`.
pub fn difference_update(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if same_set(so, other) {
        so.clear();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        // A much larger other is replaced by the intersection.
        let o = if (o.len() >> 3) > so.len() {
            Rc::new(intersection(vm, so, other)?)
        } else {
            o
        };
        for (k, h) in o.entries() {
            so.discard_hashed(vm, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            so.discard(vm, &k)?;
        }
    }
    so.purge_dummies();
    Ok(())
}

/// `set_difference`.
pub fn difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<PySet> {
    let other_size = match (as_set(other), other) {
        (Some(o), _) => Some(o.len()),
        (None, Value::Dict(d)) => Some(d.len()),
        _ => None,
    };
    let copy_and_difference = |vm: &mut Vm| -> PyResult<PySet> {
        let result = Rc::new(so.copy(vm)?);
        difference_update(vm, &result, other)?;
        Ok(Rc::try_unwrap(result).unwrap_or_else(|_| PySet::new()))
    };
    let Some(other_size) = other_size else {
        return copy_and_difference(vm);
    };
    if (so.len() >> 2) > other_size {
        return copy_and_difference(vm);
    }
    let result = PySet::new();
    if let (None, Value::Dict(d)) = (as_set(other), other) {
        for (k, h) in so.entries() {
            if d.get_hashed(vm, &k, h)?.is_none() {
                result.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let o = as_set(other).unwrap_or_default();
    for (k, h) in so.entries() {
        if !o.contains_hashed(vm, &k, h)? {
            result.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

fn difference_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<PySet> {
    let Some((first, rest)) = others.split_first() else {
        return so.copy(vm);
    };
    let result = Rc::new(difference(vm, so, first)?);
    for other in rest {
        difference_update(vm, &result, other)?;
    }
    Ok(Rc::try_unwrap(result).unwrap_or_else(|_| PySet::new()))
}

/// `set_symmetric_difference_update`.
pub fn symmetric_difference_update(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if same_set(so, other) {
        so.clear();
        return Ok(());
    }
    let entries = match (as_set(other), other) {
        (Some(o), _) => o.entries(),
        (None, Value::Dict(d)) => d
            .map
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.hash))
            .collect(),
        _ => new_set_from(vm, other)?.entries(),
    };
    for (k, h) in entries {
        if !so.discard_hashed(vm, &k, h)? {
            so.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a new set from `other`, updated with `so`.
pub fn symmetric_difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<PySet> {
    let result = Rc::new(new_set_from(vm, other)?);
    symmetric_difference_update(vm, &result, &Value::Set(so.clone()))?;
    Ok(Rc::try_unwrap(result).unwrap_or_else(|_| PySet::new()))
}

/// `so | other` for two sets.
pub fn union(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<PySet> {
    let result = so.copy(vm)?;
    if !same_set(so, other) {
        update_internal(vm, &result, other)?;
    }
    Ok(result)
}

pub fn is_subset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let o = match as_set(other) {
        Some(o) => o,
        None => Rc::new(new_set_from(vm, other)?),
    };
    if so.len() > o.len() {
        return Ok(false);
    }
    for (k, h) in so.entries() {
        if !o.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn is_superset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        return is_subset(vm, &o, &Value::Set(so.clone()));
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !so.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn is_disjoint(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if same_set(so, other) {
        return Ok(so.is_empty());
    }
    if let Some(o) = as_set(other) {
        let (big, small) = if o.len() > so.len() {
            (o, so.clone())
        } else {
            (so.clone(), o)
        };
        for (k, h) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if so.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `x | y`, `x & y`, `x - y`, `x ^ y` for sets.
pub fn binary(vm: &mut Vm, x: &Rc<PySet>, y: &Value, op: BinOp) -> PyResult<PySet> {
    match op {
        BinOp::Or => union(vm, x, y),
        BinOp::And => intersection(vm, x, y),
        BinOp::Sub => difference(vm, x, y),
        _ => symmetric_difference(vm, x, y),
    }
}

/// `x |= y` and friends on a mutable set.
pub fn inplace(vm: &mut Vm, x: &Rc<PySet>, y: &Value, op: BinOp) -> PyResult<()> {
    match op {
        BinOp::Or => update_internal(vm, x, y),
        BinOp::And => {
            let tmp = intersection(vm, x, y)?;
            x.swap_contents(&tmp);
            Ok(())
        }
        BinOp::Sub => difference_update(vm, x, y),
        _ => symmetric_difference_update(vm, x, y),
    }
}

/// Is `v` a keys or items view (the set-like dict views)?
pub fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(&**n,
        Native::DictView { kind: ViewKind::Keys | ViewKind::Items, .. }))
}

/// `dictviews_to_set`: a keys view of a dict converts with the dict's hashes.
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<PySet> {
    if let Value::Native(n) = v {
        if let Native::DictView {
            dict,
            kind: ViewKind::Keys,
        } = &**n
        {
            return new_set_from(vm, &Value::Dict(dict.clone()));
        }
    }
    new_set_from(vm, v)
}

/// The set operators of dict views (`d.keys() & other`, `{1} | d.items()`).
pub fn view_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let result = match op {
        BinOp::And => {
            let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
            let len_view = vm.len(view)?;
            if let Value::Set(s) = other {
                if len_view <= s.len() {
                    let r = intersection(vm, s, view)?;
                    return Ok(Value::Set(Rc::new(r)));
                }
            }
            if is_set_view(other) && vm.len(other)? > len_view {
                std::mem::swap(&mut view, &mut other);
            }
            let result = PySet::new();
            let it = vm.iter(other)?;
            while let Some(k) = vm.next(&it)? {
                if vm.contains(view, &k)? {
                    result.add(vm, k)?;
                }
            }
            result
        }
        _ => {
            let result = Rc::new(view_to_set(vm, a)?);
            match op {
                BinOp::Or => update_internal(vm, &result, b)?,
                BinOp::Sub => difference_update(vm, &result, b)?,
                _ => {
                    let other = if is_set_view(b) {
                        Value::Set(Rc::new(view_to_set(vm, b)?))
                    } else {
                        b.clone()
                    };
                    symmetric_difference_update(vm, &result, &other)?
                }
            }
            Rc::try_unwrap(result).unwrap_or_else(|_| PySet::new())
        }
    };
    Ok(Value::Set(Rc::new(result)))
}

// ----- methods ------------------------------------------------------------------

/// The set a method was called on, and whether it is a frozenset.
fn this(vm: &Vm, args: &Args, owner: &str, name: &str) -> PyResult<(Rc<PySet>, bool)> {
    let ok: fn(&Value) -> bool = if owner == "set" {
        |v| matches!(v, Value::Set(_))
    } else {
        |v| matches!(v, Value::FrozenSet(_))
    };
    match receiver(vm, args, owner, name, ok)? {
        Value::Set(s) => Ok((s, false)),
        Value::FrozenSet(s) => Ok((s, true)),
        _ => unreachable!("receiver checked the type"),
    }
}

/// Which class a shared method runs for, from the receiver's type.
fn owner_of(args: &Args) -> &'static str {
    let frozen = |v: &Value| matches!(v, Value::FrozenSet(_));
    match args.args.first() {
        Some(v) if frozen(v) => "frozenset",
        Some(Value::Instance(i)) => match &*i.base_value() {
            Some(v) if frozen(v) => "frozenset",
            _ => "set",
        },
        _ => "set",
    }
}

fn wrap(s: PySet, frozen: bool) -> Value {
    if frozen {
        Value::FrozenSet(Rc::new(s))
    } else {
        Value::Set(Rc::new(s))
    }
}

/// A key for lookups: an unhashable set is looked up as a frozenset.
fn lookup_key(vm: &mut Vm, k: &Value) -> PyResult<Option<Value>> {
    match vm.hash(k) {
        Ok(_) => Ok(None),
        Err(e) => match k {
            Value::Set(s) if vm.err_is(&e, "TypeError") => {
                Ok(Some(Value::FrozenSet(Rc::new(s.copy(vm)?))))
            }
            _ => Err(e),
        },
    }
}

/// `key in s`, looking an unhashable set up as a frozenset (`set_contains`).
pub fn contains_key(vm: &mut Vm, s: &PySet, key: &Value) -> PyResult<bool> {
    let alt = lookup_key(vm, key)?;
    s.contains(vm, alt.as_ref().unwrap_or(key))
}

fn set_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "add")?;
    let k = one_arg(vm, args, "set", "add")?;
    s.add(vm, k.clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "discard")?;
    let k = one_arg(vm, args, "set", "discard")?;
    let alt = lookup_key(vm, k)?;
    s.discard(vm, alt.as_ref().unwrap_or(k))?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "remove")?;
    let k = one_arg(vm, args, "set", "remove")?;
    let alt = lookup_key(vm, k)?;
    if s.discard(vm, alt.as_ref().unwrap_or(k))? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(k.clone()))
    }
}

fn set_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "pop")?;
    no_args(vm, args, "set", "pop")?;
    match s.pop() {
        Some(k) => Ok(k),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "clear")?;
    no_args(vm, args, "set", "clear")?;
    s.clear();
    Ok(Value::None)
}

fn any_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "copy")?;
    no_args(vm, args, owner, "copy")?;
    if frozen && matches!(args.args[0], Value::FrozenSet(_)) {
        return Ok(args.args[0].clone());
    }
    Ok(wrap(s.copy(vm)?, frozen))
}

fn any_union(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "union")?;
    no_kwargs(vm, args, owner, "union")?;
    let result = s.copy(vm)?;
    for other in &args.pos()[1..] {
        if !same_set(&s, other) {
            update_internal(vm, &result, other)?;
        }
    }
    Ok(wrap(result, frozen))
}

fn any_intersection(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "intersection")?;
    no_kwargs(vm, args, owner, "intersection")?;
    Ok(wrap(intersection_multi(vm, &s, &args.pos()[1..])?, frozen))
}

fn any_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "difference")?;
    no_kwargs(vm, args, owner, "difference")?;
    Ok(wrap(difference_multi(vm, &s, &args.pos()[1..])?, frozen))
}

fn any_symmetric_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "symmetric_difference")?;
    let other = one_arg(vm, args, owner, "symmetric_difference")?;
    Ok(wrap(symmetric_difference(vm, &s, other)?, frozen))
}

fn any_issubset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, _) = this(vm, args, owner, "issubset")?;
    let other = one_arg(vm, args, owner, "issubset")?;
    Ok(Value::Bool(is_subset(vm, &s, other)?))
}

fn any_issuperset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, _) = this(vm, args, owner, "issuperset")?;
    let other = one_arg(vm, args, owner, "issuperset")?;
    Ok(Value::Bool(is_superset(vm, &s, other)?))
}

fn any_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, _) = this(vm, args, owner, "isdisjoint")?;
    let other = one_arg(vm, args, owner, "isdisjoint")?;
    Ok(Value::Bool(is_disjoint(vm, &s, other)?))
}

fn set_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "update")?;
    no_kwargs(vm, args, "set", "update")?;
    for other in &args.pos()[1..] {
        update_internal(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "intersection_update")?;
    no_kwargs(vm, args, "set", "intersection_update")?;
    let tmp = intersection_multi(vm, &s, &args.pos()[1..])?;
    s.swap_contents(&tmp);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "difference_update")?;
    no_kwargs(vm, args, "set", "difference_update")?;
    for other in &args.pos()[1..] {
        difference_update(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "symmetric_difference_update")?;
    let other = one_arg(vm, args, "set", "symmetric_difference_update")?;
    symmetric_difference_update(vm, &s, other)?;
    Ok(Value::None)
}

// ----- dunder methods (for subclasses and explicit calls) ------------------------

fn any_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, _) = this(vm, args, owner, "__len__")?;
    no_args(vm, args, owner, "__len__")?;
    Ok(Value::Int(s.len() as i64))
}

fn any_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, _) = this(vm, args, owner, "__contains__")?;
    let k = one_arg(vm, args, owner, "__contains__")?;
    Ok(Value::Bool(contains_key(vm, &s, k)?))
}

fn any_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "__iter__")?;
    no_args(vm, args, owner, "__iter__")?;
    vm.iter(&if frozen {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    })
}

/// `repr()` of a set; subclasses show their name: `Tags({1, 2})`, `Tags()`.
fn any_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "__repr__")?;
    let keys = s.keys();
    let mut items = String::new();
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            items.push_str(", ");
        }
        items.push_str(&vm.repr_string(k)?);
    }
    let name = vm.type_name(&args.args[0]);
    let exact = matches!(args.args[0], Value::Set(_) | Value::FrozenSet(_));
    Ok(Value::string(match (exact, frozen, keys.is_empty()) {
        (true, false, true) => "set()".to_string(),
        (true, false, false) => format!("{{{items}}}"),
        (_, _, true) => format!("{name}()"),
        (_, _, false) => format!("{name}({{{items}}})"),
    }))
}

fn frozenset_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "frozenset", "__hash__")?;
    no_args(vm, args, "frozenset", "__hash__")?;
    Ok(Value::Int(s.frozen_hash()))
}

/// The receiver as a plain set value, and the other operand if it is a set.
fn operands(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, Option<Value>)> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, name)?;
    let other = one_arg(vm, args, owner, name)?;
    let me = if frozen {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    };
    let other = as_set(other).map(|o| match other {
        Value::Instance(i) => i.base_value().clone().unwrap_or(Value::Set(o)),
        _ => other.clone(),
    });
    Ok((me, other))
}

fn set_binary(vm: &mut Vm, args: &Args, op: BinOp, name: &str) -> PyResult<Value> {
    let (me, other) = operands(vm, args, name)?;
    let Some(other) = other else {
        return Ok(Value::NotImplemented);
    };
    let r = vm.binary_op(&me, &other, op)?;
    if op.is_inplace() {
        return Ok(args.args[0].clone());
    }
    Ok(r)
}

fn set_rbinary(vm: &mut Vm, args: &Args, op: BinOp, name: &str) -> PyResult<Value> {
    let (me, other) = operands(vm, args, name)?;
    let Some(other) = other else {
        return Ok(Value::NotImplemented);
    };
    vm.binary_op(&other, &me, op)
}

fn set_richcompare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let (me, other) = operands(vm, args, op.dunder())?;
    match other {
        Some(o) => vm.compare(&me, &o, op),
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! dunders {
    ($($name:ident => $body:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let f: fn(&mut Vm, &Args) -> PyResult<Value> = $body;
            f(vm, args)
        })*
    };
}

dunders! {
    set_or => |vm, a| set_binary(vm, a, BinOp::Or, "__or__");
    set_and => |vm, a| set_binary(vm, a, BinOp::And, "__and__");
    set_sub => |vm, a| set_binary(vm, a, BinOp::Sub, "__sub__");
    set_xor => |vm, a| set_binary(vm, a, BinOp::Xor, "__xor__");
    set_ror => |vm, a| set_rbinary(vm, a, BinOp::Or, "__ror__");
    set_rand => |vm, a| set_rbinary(vm, a, BinOp::And, "__rand__");
    set_rsub => |vm, a| set_rbinary(vm, a, BinOp::Sub, "__rsub__");
    set_rxor => |vm, a| set_rbinary(vm, a, BinOp::Xor, "__rxor__");
    set_ior => |vm, a| set_binary(vm, a, BinOp::IOr, "__ior__");
    set_iand => |vm, a| set_binary(vm, a, BinOp::IAnd, "__iand__");
    set_isub => |vm, a| set_binary(vm, a, BinOp::ISub, "__isub__");
    set_ixor => |vm, a| set_binary(vm, a, BinOp::IXor, "__ixor__");
    set_lt => |vm, a| set_richcompare(vm, a, CmpOp::Lt);
    set_le => |vm, a| set_richcompare(vm, a, CmpOp::Le);
    set_eq => |vm, a| set_richcompare(vm, a, CmpOp::Eq);
    set_ne => |vm, a| set_richcompare(vm, a, CmpOp::Ne);
    set_gt => |vm, a| set_richcompare(vm, a, CmpOp::Gt);
    set_ge => |vm, a| set_richcompare(vm, a, CmpOp::Ge);
}

/// `set.__new__`: an empty set; `__init__` fills it.
fn set_new(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Set(Rc::new(PySet::new())))
}

/// `set.__init__(iterable=())`: clear, then add the items.
fn set_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "__init__")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    crate::builtins::method_args::check_count(vm, "set", pos.len(), 0, 1)?;
    s.clear();
    if let Some(it) = pos.first() {
        update_internal(vm, &s, it)?;
    }
    Ok(Value::None)
}

/// `frozenset(iterable)`; a frozenset argument is returned as is.
fn frozenset_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    crate::builtins::method_args::check_count(vm, "frozenset", pos.len(), 0, 1)?;
    let exact =
        matches!(args.args.first(), Some(Value::Class(c)) if Rc::ptr_eq(c, &vm.types.frozenset));
    match pos.first() {
        Some(f @ Value::FrozenSet(_)) if exact => Ok(f.clone()),
        Some(it) => Ok(Value::FrozenSet(Rc::new(new_set_from(vm, it)?))),
        None => Ok(Value::FrozenSet(Rc::new(PySet::new()))),
    }
}

pub fn install(vm: &mut Vm) {
    vm.types.set.native_new.set(Some(set_new));
    add_method(&vm.types.set, "set", "__init__", set_init);
    vm.types.frozenset.native_new.set(Some(frozenset_new));
    let shared: [(&'static str, NativeFn); 27] = [
        ("copy", any_copy),
        ("union", any_union),
        ("intersection", any_intersection),
        ("difference", any_difference),
        ("symmetric_difference", any_symmetric_difference),
        ("issubset", any_issubset),
        ("issuperset", any_issuperset),
        ("isdisjoint", any_isdisjoint),
        ("__len__", any_len),
        ("__contains__", any_contains),
        ("__iter__", any_iter),
        ("__repr__", any_repr),
        ("__str__", any_repr),
        ("__or__", set_or),
        ("__and__", set_and),
        ("__sub__", set_sub),
        ("__xor__", set_xor),
        ("__ror__", set_ror),
        ("__rand__", set_rand),
        ("__rsub__", set_rsub),
        ("__rxor__", set_rxor),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
    ];
    let set = vm.types.set.clone();
    let frozenset = vm.types.frozenset.clone();
    for (name, f) in shared {
        add_method(&set, "set", name, f);
        add_method(&frozenset, "frozenset", name, f);
    }
    let own: [(&'static str, NativeFn); 13] = [
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
    ];
    for (name, f) in own {
        add_method(&set, "set", name, f);
    }
    set.dict.set_str("__hash__", Value::None);
    add_method(&frozenset, "frozenset", "__hash__", frozenset_hash);
}
