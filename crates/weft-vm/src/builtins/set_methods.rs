//! Methods of `set` and `frozenset`. The operators (`| & - ^` and
//! comparisons) on plain sets are dispatched in `vm/ops.rs`; the dunder
//! versions here serve subclasses and explicit calls.

use std::rc::Rc;

use weft_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::add_method;
use crate::builtins::method_args::{no_args, no_kwargs, one_arg, receiver};
use crate::types::set::PySet;
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};

fn is_set(v: &Value) -> bool {
    matches!(v, Value::Set(_))
}

fn is_frozenset(v: &Value) -> bool {
    matches!(v, Value::FrozenSet(_))
}

/// The set a method was called on, and whether it is a frozenset.
fn this(vm: &Vm, args: &Args, owner: &str, name: &str) -> PyResult<(Rc<PySet>, bool)> {
    let ok = if owner == "set" { is_set } else { is_frozenset };
    match receiver(vm, args, owner, name, ok)? {
        Value::Set(s) => Ok((s, false)),
        Value::FrozenSet(s) => Ok((s, true)),
        _ => unreachable!("receiver checked the type"),
    }
}

/// Which class owns a method call: decided by the receiver's type.
fn owner_of(args: &Args) -> &'static str {
    let frozen = |v: &Value| matches!(v, Value::FrozenSet(_));
    match args.args.first() {
        Some(v) if frozen(v) => "frozenset",
        Some(Value::Instance(i)) => match &*i.base_value.borrow() {
            Some(v) if frozen(v) => "frozenset",
            _ => "set",
        },
        _ => "set",
    }
}

/// A set or frozenset (or an instance of a subclass), as its storage.
fn as_set(v: &Value) -> Option<Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.clone()),
        Value::Instance(i) => match &*i.base_value.borrow() {
            Some(Value::Set(s) | Value::FrozenSet(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn wrap(s: PySet, frozen: bool) -> Value {
    if frozen {
        Value::FrozenSet(Rc::new(s))
    } else {
        Value::Set(Rc::new(s))
    }
}

fn copy_of(s: &PySet) -> PySet {
    PySet {
        dict: s.dict.copy(),
    }
}

fn add(vm: &mut Vm, s: &PySet, k: Value) -> PyResult<()> {
    s.dict.insert(vm, k, Value::None)
}

/// A key for lookups: unhashable sets are looked up as frozensets, as CPython does.
fn lookup_key(vm: &mut Vm, k: &Value) -> PyResult<Option<Value>> {
    match vm.hash(k) {
        Ok(_) => Ok(None),
        Err(e) => match k {
            Value::Set(s) if vm.err_is(&e, "TypeError") => {
                Ok(Some(Value::FrozenSet(Rc::new(copy_of(s)))))
            }
            _ => Err(e),
        },
    }
}

/// Add every item of an iterable.
fn update_with(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        for k in o.dict.keys() {
            add(vm, s, k)?;
        }
        return Ok(());
    }
    if let Value::Dict(d) = other {
        for k in d.keys() {
            add(vm, s, k)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        add(vm, s, k)?;
    }
    Ok(())
}

/// `other` as a set for membership tests (itself when it already is one).
fn to_set(vm: &mut Vm, other: &Value) -> PyResult<Rc<PySet>> {
    if let Some(o) = as_set(other) {
        return Ok(o);
    }
    let s = PySet::new();
    update_with(vm, &s, other)?;
    Ok(Rc::new(s))
}

fn intersection_of(vm: &mut Vm, s: &Rc<PySet>, other: &Value) -> PyResult<PySet> {
    let out = PySet::new();
    if let Some(o) = as_set(other) {
        // Iterate over the smaller set.
        let (small, big) = if o.len() > s.len() { (s, &o) } else { (&o, s) };
        for k in small.dict.keys() {
            if big.dict.contains(vm, &k)? {
                add(vm, &out, k)?;
            }
        }
        return Ok(out);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if s.dict.contains(vm, &k)? {
            add(vm, &out, k)?;
        }
    }
    Ok(out)
}

fn difference_of(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<PySet> {
    let o = to_set(vm, other)?;
    let out = PySet::new();
    for k in s.dict.keys() {
        if !o.dict.contains(vm, &k)? {
            add(vm, &out, k)?;
        }
    }
    Ok(out)
}

/// In-place symmetric difference of `s` with the items of `other`.
fn symmetric_update(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    let o = to_set(vm, other)?;
    if let Some(so) = as_set(other) {
        if std::ptr::eq(Rc::as_ptr(&so), s) {
            s.dict.clear();
            return Ok(());
        }
    }
    for k in o.dict.keys() {
        if s.dict.remove(vm, &k)?.is_none() {
            add(vm, s, k)?;
        }
    }
    Ok(())
}

fn is_subset(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<bool> {
    let o = to_set(vm, other)?;
    if s.len() > o.len() {
        return Ok(false);
    }
    for k in s.dict.keys() {
        if !o.dict.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ----- methods ------------------------------------------------------------------

fn set_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "add")?;
    let k = one_arg(vm, args, "set", "add")?;
    add(vm, &s, k.clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "discard")?;
    let k = one_arg(vm, args, "set", "discard")?;
    let alt = lookup_key(vm, k)?;
    s.dict.remove(vm, alt.as_ref().unwrap_or(k))?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "remove")?;
    let k = one_arg(vm, args, "set", "remove")?;
    let alt = lookup_key(vm, k)?;
    match s.dict.remove(vm, alt.as_ref().unwrap_or(k))? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(k.clone())),
    }
}

fn set_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "pop")?;
    no_args(vm, args, "set", "pop")?;
    let first = s.dict.keys().into_iter().next();
    match first {
        Some(k) => {
            s.dict.remove(vm, &k)?;
            Ok(k)
        }
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "clear")?;
    no_args(vm, args, "set", "clear")?;
    s.dict.clear();
    Ok(Value::None)
}

fn any_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "copy")?;
    no_args(vm, args, owner, "copy")?;
    if frozen && matches!(args.args[0], Value::FrozenSet(_)) {
        return Ok(args.args[0].clone());
    }
    Ok(wrap(copy_of(&s), frozen))
}

fn any_union(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "union")?;
    no_kwargs(vm, args, owner, "union")?;
    let out = copy_of(&s);
    for other in &args.pos()[1..] {
        update_with(vm, &out, other)?;
    }
    Ok(wrap(out, frozen))
}

fn any_intersection(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "intersection")?;
    no_kwargs(vm, args, owner, "intersection")?;
    let mut cur = Rc::new(copy_of(&s));
    for other in &args.pos()[1..] {
        cur = Rc::new(intersection_of(vm, &cur, other)?);
    }
    let out = Rc::try_unwrap(cur).unwrap_or_else(|rc| copy_of(&rc));
    Ok(wrap(out, frozen))
}

fn any_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "difference")?;
    no_kwargs(vm, args, owner, "difference")?;
    let mut out = copy_of(&s);
    for other in &args.pos()[1..] {
        out = difference_of(vm, &out, other)?;
    }
    Ok(wrap(out, frozen))
}

fn any_symmetric_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, frozen) = this(vm, args, owner, "symmetric_difference")?;
    let other = one_arg(vm, args, owner, "symmetric_difference")?;
    let out = copy_of(&s);
    let o = to_set(vm, other)?;
    for k in o.dict.keys() {
        if out.dict.remove(vm, &k)?.is_none() {
            add(vm, &out, k)?;
        }
    }
    Ok(wrap(out, frozen))
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
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !s.dict.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = owner_of(args);
    let (s, _) = this(vm, args, owner, "isdisjoint")?;
    let other = one_arg(vm, args, owner, "isdisjoint")?;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if s.dict.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "update")?;
    no_kwargs(vm, args, "set", "update")?;
    for other in &args.pos()[1..] {
        update_with(vm, &s, other)?;
    }
    Ok(Value::None)
}

/// Replace the contents of `s` with those of `new`.
fn replace_contents(s: &PySet, new: PySet) {
    let map = std::mem::take(&mut *new.dict.map.borrow_mut());
    let old = std::mem::replace(&mut *s.dict.map.borrow_mut(), map);
    drop(old);
}

fn set_intersection_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "intersection_update")?;
    no_kwargs(vm, args, "set", "intersection_update")?;
    for other in &args.pos()[1..] {
        let r = intersection_of(vm, &s, other)?;
        replace_contents(&s, r);
    }
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "difference_update")?;
    no_kwargs(vm, args, "set", "difference_update")?;
    for other in &args.pos()[1..] {
        if as_set(other).is_some_and(|o| Rc::ptr_eq(&o, &s)) {
            s.dict.clear();
            continue;
        }
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            s.dict.remove(vm, &k)?;
        }
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "set", "symmetric_difference_update")?;
    let other = one_arg(vm, args, "set", "symmetric_difference_update")?;
    symmetric_update(vm, &s, other)?;
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
    let alt = lookup_key(vm, k)?;
    Ok(Value::Bool(s.dict.contains(vm, alt.as_ref().unwrap_or(k))?))
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

fn frozenset_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "frozenset", "__hash__")?;
    no_args(vm, args, "frozenset", "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::FrozenSet(s))?))
}

/// The receiver and other operand of a binary dunder, both as plain sets.
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
        Value::FrozenSet(_) => Value::FrozenSet(o),
        Value::Instance(i) => i.base_value.borrow().clone().unwrap_or(Value::Set(o)),
        _ => Value::Set(o),
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

pub fn install(vm: &mut Vm) {
    let shared: [(&'static str, NativeFn); 28] = [
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
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
    ];
    let set = vm.types.set.clone();
    let frozenset = vm.types.frozenset.clone();
    for (name, f) in shared {
        add_method(&set, "set", name, f);
        if !name.starts_with("__i") || name == "__iter__" {
            add_method(&frozenset, "frozenset", name, f);
        }
    }
    let own: [(&'static str, NativeFn); 11] = [
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
        ("__ixor__", set_ixor),
        ("__isub__", set_isub),
    ];
    for (name, f) in own {
        add_method(&set, "set", name, f);
    }
    set.dict.set_str("__hash__", Value::None);
    add_method(&frozenset, "frozenset", "__hash__", frozenset_hash);
}
