//! Methods of `list` and `tuple`, and the builtin `sorted`.
//!
//! Each method accepts its receiver as `args[0]`, either a plain value or an
//! instance of a subclass wrapping one (see `method_args::receiver`). The
//! list is never borrowed across a call back into Python code: items are
//! fetched one at a time and positions re-checked, as CPython does.

use std::cell::RefCell;
use std::rc::Rc;

use weft_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::method_args::{
    index_bounds, no_args, no_kwargs, one_arg, pos_args, receiver, ssize_arg,
};
use crate::builtins::timsort::{SortItem, timsort_with};
use crate::builtins::{add_method, builtin};
use crate::types::iter::{IterObj, IterState};
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};

type ListRef = Rc<RefCell<Vec<Value>>>;

thread_local! {
    /// Containers whose repr is being computed (CPython's `Py_ReprEnter`).
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being repr'd, so a self-reference prints as `[...]`.
pub struct ReprGuard(usize);

impl ReprGuard {
    /// `None` when `v` is already being repr'd further up.
    pub fn enter(v: &Value) -> Option<ReprGuard> {
        let p = v.ptr()?;
        REPR_ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if a.contains(&p) {
                None
            } else {
                a.push(p);
                Some(ReprGuard(p))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if let Some(i) = a.iter().rposition(|p| *p == self.0) {
                a.remove(i);
            }
        });
    }
}

fn is_list(v: &Value) -> bool {
    matches!(v, Value::List(_))
}

fn is_tuple(v: &Value) -> bool {
    matches!(v, Value::Tuple(_))
}

/// The list a method was called on.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<ListRef> {
    match receiver(vm, args, "list", name, is_list)? {
        Value::List(l) => Ok(l),
        _ => unreachable!("receiver checked the type"),
    }
}

fn this_tuple(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<crate::types::tuple::PyTuple>> {
    match receiver(vm, args, "tuple", name, is_tuple)? {
        Value::Tuple(t) => Ok(t),
        _ => unreachable!("receiver checked the type"),
    }
}

/// A list or an instance of a list subclass, as its list.
fn as_list(v: &Value) -> Option<ListRef> {
    match v {
        Value::List(l) => Some(l.clone()),
        Value::Instance(i) => match &*i.base_value() {
            Some(Value::List(l)) => Some(l.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn as_tuple(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(_) => Some(v.clone()),
        Value::Instance(i) => match &*i.base_value() {
            Some(t @ Value::Tuple(_)) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `a == b` with CPython's identity shortcut (`PyObject_RichCompareBool`).
fn same(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || vm.eq(a, b)?)
}

fn list_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let ([Value::List(l), v], []) = (args.args, args.kwnames) {
        l.borrow_mut().push(v.clone());
        return Ok(Value::None);
    }
    let l = this(vm, args, "append")?;
    let v = one_arg(vm, args, "list", "append")?;
    l.borrow_mut().push(v.clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "extend")?;
    let v = one_arg(vm, args, "list", "extend")?;
    let items = vm.collect(v)?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // Plain list, int position: no argument parsing.
    if let ([Value::List(l), Value::Int(i), v], []) = (args.args, args.kwnames) {
        if let Ok(mut items) = l.try_borrow_mut() {
            let n = items.len() as i64;
            let at = if *i < 0 { (i + n).max(0) } else { (*i).min(n) };
            items.insert(at as usize, v.clone());
            return Ok(Value::None);
        }
    }
    let l = this(vm, args, "insert")?;
    let a = pos_args(vm, args, "list", "insert", 2, 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let mut items = l.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, a[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // Plain list, no position or an int one that is in range.
    let fast = match (args.args, args.kwnames) {
        ([Value::List(l)], []) => Some((l, -1)),
        ([Value::List(l), Value::Int(i)], []) => Some((l, *i)),
        _ => None,
    };
    if let Some((l, i)) = fast {
        if let Ok(mut items) = l.try_borrow_mut() {
            let n = items.len() as i64;
            let at = if i < 0 { i.wrapping_add(n) } else { i };
            if at >= 0 && at < n {
                return Ok(if at == n - 1 {
                    items.pop().unwrap_or(Value::None)
                } else {
                    items.remove(at as usize)
                });
            }
        }
    }
    let l = this(vm, args, "pop")?;
    let a = pos_args(vm, args, "list", "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        drop(items);
        return Err(vm.index_error(if n == 0 {
            "pop from empty list"
        } else {
            "pop index out of range"
        }));
    }
    if at == n - 1 {
        return Ok(items.pop().unwrap_or(Value::None));
    }
    Ok(items.remove(at as usize))
}

fn list_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "remove")?;
    let v = one_arg(vm, args, "list", "remove")?;
    let mut i = 0;
    loop {
        let item = l.borrow().get(i).cloned();
        let Some(item) = item else { break };
        if same(vm, &item, v)? {
            let mut items = l.borrow_mut();
            if i < items.len() {
                let old = items.remove(i);
                drop(items);
                drop(old);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "clear")?;
    no_args(vm, args, "list", "clear")?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "copy")?;
    no_args(vm, args, "list", "copy")?;
    let items = l.borrow().clone();
    Ok(Value::list(items))
}

fn list_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "count")?;
    let v = one_arg(vm, args, "list", "count")?;
    let mut count = 0;
    let mut i = 0;
    loop {
        let item = l.borrow().get(i).cloned();
        let Some(item) = item else { break };
        if same(vm, &item, v)? {
            count += 1;
        }
        i += 1;
    }
    Ok(Value::Int(count))
}

fn list_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "index")?;
    let a = pos_args(vm, args, "list", "index", 1, 3)?;
    let len = l.borrow().len();
    let (start, stop) = index_bounds(vm, &a[1..], len)?;
    let mut i = start;
    while i < stop {
        let item = l.borrow().get(i).cloned();
        let Some(item) = item else { break };
        if same(vm, &item, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr_string(&a[0])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "reverse")?;
    no_args(vm, args, "list", "reverse")?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__reversed__")?;
    no_args(vm, args, "list", "__reversed__")?;
    let pos = l.borrow().len();
    Ok(Value::Iter(Rc::new(IterObj::new(
        "list_reverseiterator",
        IterState::ListRev { list: l, pos },
    ))))
}

/// The `key=` and `reverse=` keywords of `list.sort` / `sorted`.
fn sort_options(vm: &mut Vm, args: &Args) -> PyResult<(Option<Value>, bool)> {
    if args.kwnames.len() > 2 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            args.kwnames.len()
        )));
    }
    let mut key = None;
    let mut reverse = false;
    for (name, v) in args.kwargs() {
        match name.as_str() {
            "key" => {
                if !v.is_none() {
                    key = Some(v.clone());
                }
            }
            "reverse" => reverse = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    Ok((key, reverse))
}

/// `a < b` for sorting, with fast paths for homogeneous builtin keys.
fn sort_lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(**x < **y),
        // UTF-8 byte order is code point order.
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        (Value::Tuple(x), Value::Tuple(y)) => {
            // CPython's tuple comparison: the first pair of items that are
            // not equal decides. Items of the common builtin types are
            // compared here directly (their comparisons run no Python code);
            // anything else takes the general path from the start.
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match simple_order(p, q) {
                    Some(std::cmp::Ordering::Equal) => continue,
                    Some(o) => return Ok(o == std::cmp::Ordering::Less),
                    None => return vm.lt(a, b),
                }
            }
            Ok(x.items.len() < y.items.len())
        }
        _ => vm.lt(a, b),
    }
}

/// How `p` and `q` order as tuple items when both are exact ints, floats or
/// strs of the same kind: `Equal` when the tuple comparison would move past
/// them, else the ordering that `<` then sees. `None` for anything else.
fn simple_order(p: &Value, q: &Value) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (p, q) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Str(x), Value::Str(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(Ordering::Equal);
            }
            Some(x.as_str().cmp(y.as_str()))
        }
        (Value::Float(x), Value::Float(y)) => {
            let (x, y) = (x.get(), y.get());
            // Identical values (even NaN) are skipped, like `is` in
            // CPython; otherwise unequal floats decide by `<`.
            if x == y || x.to_bits() == y.to_bits() {
                Some(Ordering::Equal)
            } else if x < y {
                Some(Ordering::Less)
            } else {
                // Not less (greater, or unordered with NaN): `<` is false.
                Some(Ordering::Greater)
            }
        }
        _ => None,
    }
}

/// The common type of all sort keys, found before sorting (like CPython's
/// `unsafe_*_compare` selection) so the comparison can be specialised.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    Int,
    Float,
    Str,
    Mixed,
}

fn key_kind<'a>(mut keys: impl Iterator<Item = &'a Value>) -> KeyKind {
    let kind_of = |v: &Value| match v {
        Value::Int(_) => KeyKind::Int,
        Value::Float(_) => KeyKind::Float,
        Value::Str(_) => KeyKind::Str,
        _ => KeyKind::Mixed,
    };
    let Some(first) = keys.next().map(kind_of) else {
        return KeyKind::Mixed;
    };
    if first == KeyKind::Mixed || keys.any(|k| kind_of(k) != first) {
        return KeyKind::Mixed;
    }
    first
}

/// Timsort `keys`, moving `vals` alike; `kind` is the keys' common type
/// (comparisons of any other pair still take the general path).
fn sort_by_kind<U: SortItem>(
    vm: &mut Vm,
    keys: &mut [Value],
    vals: &mut [U],
    kind: KeyKind,
) -> PyResult<()> {
    match kind {
        KeyKind::Int => timsort_with(keys, vals, |a, b| match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (x, y) => sort_lt(vm, x, y),
        }),
        KeyKind::Float => timsort_with(keys, vals, |a, b| match (a, b) {
            (Value::Float(x), Value::Float(y)) => Ok(**x < **y),
            (x, y) => sort_lt(vm, x, y),
        }),
        // UTF-8 byte order is code point order.
        KeyKind::Str => timsort_with(keys, vals, |a, b| match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            (x, y) => sort_lt(vm, x, y),
        }),
        KeyKind::Mixed => timsort_with(keys, vals, |a, b| sort_lt(vm, a, b)),
    }
}

impl SortItem for Value {
    #[inline(always)]
    fn placeholder() -> Self {
        Value::None
    }

    #[inline(always)]
    fn put(slot: &mut Self, v: Self) {
        // `slot` holds a placeholder: nothing to drop, only a tag to test.
        Value::release(std::mem::replace(slot, v));
    }

    #[inline(always)]
    fn drop_run(tmp: Vec<Self>) {
        for v in tmp {
            Value::release(v);
        }
    }
}

/// Sort a list in place like CPython's `list.sort`: the list looks empty
/// while sorting, and a mutation during the sort is an error.
pub fn sort_list(vm: &mut Vm, l: &ListRef, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let mut key_failed = false;
    let result = match key {
        None => {
            if reverse {
                items.reverse();
            }
            let kind = key_kind(items.iter());
            let mut units = vec![(); items.len()];
            let r = sort_by_kind(vm, &mut items, &mut units, kind);
            if reverse {
                items.reverse();
            }
            r
        }
        Some(kf) => {
            // The keys in an array of their own, sorted with the items
            // moving alike (CPython's `sortslice`): no copy of the items.
            let mut keys = Vec::with_capacity(items.len());
            let mut err = None;
            let simple = Vm::one_arg_simple(kf).cloned();
            for it in &items {
                let k = match &simple {
                    Some(f) => vm.call_simple1(f, it),
                    None => vm.call(kf, std::slice::from_ref(it)),
                };
                match k {
                    Ok(k) => keys.push(k),
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            match err {
                Some(e) => {
                    key_failed = true;
                    Err(e)
                }
                None => {
                    if reverse {
                        keys.reverse();
                        items.reverse();
                    }
                    let kind = key_kind(keys.iter());
                    let r = sort_by_kind(vm, &mut keys, &mut items, kind);
                    if reverse {
                        keys.reverse();
                        items.reverse();
                    }
                    r
                }
            }
        }
    };
    let mut cur = l.borrow_mut();
    let modified = !cur.is_empty() || cur.capacity() != 0;
    let junk = std::mem::replace(&mut *cur, items);
    drop(cur);
    drop(junk);
    result?;
    if modified && !key_failed {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

fn list_sort(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "sort")?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(vm, args)?;
    sort_list(vm, &l, key.as_ref(), reverse)?;
    Ok(Value::None)
}

fn sorted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect(&pos[0])?;
    let l = Rc::new(RefCell::new(items));
    let (key, reverse) = sort_options(vm, args)?;
    sort_list(vm, &l, key.as_ref(), reverse)?;
    Ok(Value::List(l))
}

// ----- dunder methods (for subclasses and explicit calls) -------------------

fn list_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__len__")?;
    no_args(vm, args, "list", "__len__")?;
    let n = l.borrow().len();
    Ok(Value::Int(n as i64))
}

/// A slot wrapper's single argument (`list.__getitem__(i)`).
fn slot_arg<'a>(vm: &Vm, args: &Args<'a>, owner: &str, name: &str) -> PyResult<&'a Value> {
    one_arg(vm, args, owner, name)
}

/// A slot wrapper's two arguments: CPython's odd `expected 2 arguments, got 1`.
fn slot_args2<'a>(vm: &Vm, args: &Args<'a>, owner: &str, name: &str) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, owner, name)?;
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(vm.type_error(format!(" expected 2 arguments, got {}", pos.len())));
    }
    Ok(pos)
}

fn list_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__getitem__")?;
    let k = slot_arg(vm, args, "list", "__getitem__")?;
    vm.get_item(&Value::List(l), k)
}

fn list_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__setitem__")?;
    let a = slot_args2(vm, args, "list", "__setitem__")?;
    vm.set_item(&Value::List(l), a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__delitem__")?;
    let k = slot_arg(vm, args, "list", "__delitem__")?;
    vm.del_item(&Value::List(l), k)?;
    Ok(Value::None)
}

fn list_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__contains__")?;
    let v = slot_arg(vm, args, "list", "__contains__")?;
    Ok(Value::Bool(vm.contains(&Value::List(l), v)?))
}

fn list_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__iter__")?;
    no_args(vm, args, "list", "__iter__")?;
    vm.iter(&Value::List(l))
}

fn list_iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__iadd__")?;
    let v = slot_arg(vm, args, "list", "__iadd__")?;
    let items = vm.collect(v)?;
    l.borrow_mut().extend(items);
    Ok(args.args[0].clone())
}

fn list_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__add__")?;
    let v = slot_arg(vm, args, "list", "__add__")?;
    match as_list(v) {
        Some(other) => {
            let mut items = l.borrow().clone();
            items.extend(other.borrow().iter().cloned());
            Ok(Value::list(items))
        }
        None => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(v)
        ))),
    }
}

/// The repeat count of `seq * n`.
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if !vm.has_index(v) {
        return Ok(None);
    }
    match vm.index_or_big(v)? {
        Ok(n) => Ok(Some(n.max(0) as usize)),
        Err(true) => Ok(Some(0)),
        Err(false) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// `items` repeated `n` times; MemoryError instead of an allocation failure.
pub fn repeat_items<T: Clone>(vm: &Vm, items: &[T], n: usize) -> PyResult<Vec<T>> {
    let mut out = Vec::new();
    let total = items.len().checked_mul(n);
    if total.is_none_or(|t| out.try_reserve_exact(t).is_err()) {
        return Err(vm.error("MemoryError", ""));
    }
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn list_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__mul__")?;
    let v = slot_arg(vm, args, "list", "__mul__")?;
    match repeat_count(vm, v)? {
        Some(n) => {
            let items = l.borrow().clone();
            Ok(Value::list(repeat_items(vm, &items, n)?))
        }
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(v)
        ))),
    }
}

fn list_imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__imul__")?;
    let v = slot_arg(vm, args, "list", "__imul__")?;
    match repeat_count(vm, v)? {
        Some(n) => {
            let items = l.borrow().clone();
            let new = repeat_items(vm, &items, n)?;
            let old = std::mem::replace(&mut *l.borrow_mut(), new);
            drop(old);
            Ok(args.args[0].clone())
        }
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(v)
        ))),
    }
}

fn list_richcompare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let l = this(vm, args, op.dunder())?;
    let v = slot_arg(vm, args, "list", op.dunder())?;
    match as_list(v) {
        Some(other) => vm.compare(&Value::List(l), &Value::List(other), op),
        None => Ok(Value::NotImplemented),
    }
}

fn tuple_richcompare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let t = this_tuple(vm, args, op.dunder())?;
    let v = slot_arg(vm, args, "tuple", op.dunder())?;
    match as_tuple(v) {
        Some(other) => vm.compare(&Value::Tuple(t), &other, op),
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! cmp_methods {
    ($($name:ident, $f:ident, $op:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            $f(vm, args, $op)
        })*
    };
}

cmp_methods! {
    list_lt, list_richcompare, CmpOp::Lt;
    list_le, list_richcompare, CmpOp::Le;
    list_eq, list_richcompare, CmpOp::Eq;
    list_ne, list_richcompare, CmpOp::Ne;
    list_gt, list_richcompare, CmpOp::Gt;
    list_ge, list_richcompare, CmpOp::Ge;
    tuple_lt, tuple_richcompare, CmpOp::Lt;
    tuple_le, tuple_richcompare, CmpOp::Le;
    tuple_eq, tuple_richcompare, CmpOp::Eq;
    tuple_ne, tuple_richcompare, CmpOp::Ne;
    tuple_gt, tuple_richcompare, CmpOp::Gt;
    tuple_ge, tuple_richcompare, CmpOp::Ge;
}

// ----- tuple ----------------------------------------------------------------

fn tuple_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "count")?;
    let v = one_arg(vm, args, "tuple", "count")?;
    let mut count = 0;
    for item in t.items.iter() {
        if same(vm, item, v)? {
            count += 1;
        }
    }
    Ok(Value::Int(count))
}

fn tuple_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "index")?;
    let a = pos_args(vm, args, "tuple", "index", 1, 3)?;
    let (start, stop) = index_bounds(vm, &a[1..], t.len())?;
    for i in start..stop.min(t.len()) {
        if same(vm, &t.items[i], &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "__len__")?;
    no_args(vm, args, "tuple", "__len__")?;
    Ok(Value::Int(t.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "__getitem__")?;
    let k = slot_arg(vm, args, "tuple", "__getitem__")?;
    vm.get_item(&Value::Tuple(t), k)
}

fn tuple_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "__contains__")?;
    let v = slot_arg(vm, args, "tuple", "__contains__")?;
    Ok(Value::Bool(vm.contains(&Value::Tuple(t), v)?))
}

fn tuple_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "__iter__")?;
    no_args(vm, args, "tuple", "__iter__")?;
    vm.iter(&Value::Tuple(t))
}

fn tuple_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "__hash__")?;
    no_args(vm, args, "tuple", "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::Tuple(t))?))
}

fn tuple_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "__add__")?;
    let v = slot_arg(vm, args, "tuple", "__add__")?;
    match as_tuple(v) {
        Some(Value::Tuple(other)) => {
            let mut items = t.items.to_vec();
            items.extend(other.items.iter().cloned());
            Ok(Value::tuple(items))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(v)
        ))),
    }
}

fn tuple_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_tuple(vm, args, "__mul__")?;
    let v = slot_arg(vm, args, "tuple", "__mul__")?;
    match repeat_count(vm, v)? {
        Some(n) => Ok(Value::tuple(repeat_items(vm, &t.items, n)?)),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `seq * n` for a list/tuple subclass instance as the right operand.
fn binary_fallback(vm: &mut Vm, args: &Args, op: BinOp) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    let base = match &pos[0] {
        Value::Instance(i) => i.base_value().clone(),
        v => Some(v.clone()),
    };
    match base {
        Some(b) => vm.binary_op(&pos[1], &b, op),
        None => Ok(Value::NotImplemented),
    }
}

fn seq_rmul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binary_fallback(vm, args, BinOp::Mul)
}

/// `__getitem__`/`__setitem__`/`__delitem__` of str, bytes and bytearray,
/// for explicit calls and subclasses; subscription itself is in `vm/subscript.rs`.
fn seq_receiver(vm: &Vm, args: &Args, owner: &'static str, name: &str) -> PyResult<Value> {
    let ok: fn(&Value) -> bool = match owner {
        "str" => |v| matches!(v, Value::Str(_)),
        "bytes" => |v| matches!(v, Value::Bytes(_)),
        _ => |v| matches!(v, Value::ByteArray(_)),
    };
    receiver(vm, args, owner, name, ok)
}

fn str_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = seq_receiver(vm, args, "str", "__getitem__")?;
    let k = slot_arg(vm, args, "str", "__getitem__")?;
    vm.get_item(&s, k)
}

fn bytes_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = seq_receiver(vm, args, "bytes", "__getitem__")?;
    let k = slot_arg(vm, args, "bytes", "__getitem__")?;
    vm.get_item(&b, k)
}

fn bytearray_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = seq_receiver(vm, args, "bytearray", "__getitem__")?;
    let k = slot_arg(vm, args, "bytearray", "__getitem__")?;
    vm.get_item(&b, k)
}

fn bytearray_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = seq_receiver(vm, args, "bytearray", "__setitem__")?;
    let a = slot_args2(vm, args, "bytearray", "__setitem__")?;
    vm.set_item(&b, a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn bytearray_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = seq_receiver(vm, args, "bytearray", "__delitem__")?;
    let k = slot_arg(vm, args, "bytearray", "__delitem__")?;
    vm.del_item(&b, k)?;
    Ok(Value::None)
}

/// `list.__new__`: an empty list; `__init__` fills it (so subclasses may
/// take any constructor arguments).
fn list_new(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::list(Vec::new()))
}

/// `list.__init__(iterable=())`: replace the contents.
fn list_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = this(vm, args, "__init__")?;
    if !args.kwnames.is_empty() && matches!(args.args[0], Value::List(_)) {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    crate::builtins::method_args::check_count(vm, "list", pos.len(), 0, 1)?;
    let items = match pos.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    vm.types.list.native_new.set(Some(list_new));
    add_method(&vm.types.list, "list", "__init__", list_init);
    add_method(&vm.types.str_, "str", "__getitem__", str_getitem);
    add_method(&vm.types.bytes, "bytes", "__getitem__", bytes_getitem);
    let ba = vm.types.bytearray.clone();
    add_method(&ba, "bytearray", "__getitem__", bytearray_getitem);
    add_method(&ba, "bytearray", "__setitem__", bytearray_setitem);
    add_method(&ba, "bytearray", "__delitem__", bytearray_delitem);

    let list = vm.types.list.clone();
    let methods: [(&'static str, NativeFn); 29] = [
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("clear", list_clear),
        ("copy", list_copy),
        ("count", list_count),
        ("index", list_index),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("__reversed__", list_reversed),
        ("__len__", list_len),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", seq_rmul),
        ("__imul__", list_imul),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
    ];
    for (name, f) in methods {
        add_method(&list, "list", name, f);
    }
    // Lists are unhashable.
    list.dict.set_str("__hash__", Value::None);

    let tuple = vm.types.tuple.clone();
    let methods: [(&'static str, NativeFn); 16] = [
        ("count", tuple_count),
        ("index", tuple_index),
        ("__len__", tuple_len),
        ("__getitem__", tuple_getitem),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
        ("__hash__", tuple_hash),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", seq_rmul),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
    ];
    for (name, f) in methods {
        add_method(&tuple, "tuple", name, f);
    }

    vm.builtins.set_str("sorted", builtin("sorted", sorted));
}
