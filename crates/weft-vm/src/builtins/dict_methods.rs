//! Methods of `dict`, of its views (`dict_keys`, `dict_values`,
//! `dict_items`) and the read-only `mappingproxy` a view's `.mapping` gives.
//! Also the set-like comparisons of key and item views used by `vm/ops.rs`.

use std::rc::Rc;

use weft_compiler::bytecode::CmpOp;

use crate::builtins::method_args::{no_args, no_kwargs, one_arg, pos_args, receiver};
use crate::builtins::{add_method, builtin};
use crate::types::class::{Class, Instance, Layout};
use crate::types::dict::PyDict;

use crate::types::misc::{Native, ViewKind};
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};

fn is_dict(v: &Value) -> bool {
    matches!(v, Value::Dict(_))
}

/// The dict a method was called on.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyDict>> {
    match receiver(vm, args, "dict", name, is_dict)? {
        Value::Dict(d) => Ok(d),
        _ => unreachable!("receiver checked the type"),
    }
}

/// A dict or an instance of a dict subclass, as its dict.
pub fn as_dict(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &*i.base_value() {
            Some(Value::Dict(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn view(d: Rc<PyDict>, kind: ViewKind) -> Value {
    Value::Native(Rc::new(Native::DictView { dict: d, kind }))
}

fn dict_keys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "keys")?;
    no_args(vm, args, "dict", "keys")?;
    Ok(view(d, ViewKind::Keys))
}

fn dict_values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "values")?;
    no_args(vm, args, "dict", "values")?;
    Ok(view(d, ViewKind::Values))
}

fn dict_items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "items")?;
    no_args(vm, args, "dict", "items")?;
    Ok(view(d, ViewKind::Items))
}

fn dict_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // The common call, `d.get(key[, default])` on a plain dict: no
    // receiver or argument-count checks to go through.
    if let ([Value::Dict(d), key, rest @ ..], []) = (args.args, args.kwnames) {
        if rest.len() <= 1 {
            return Ok(match d.get(vm, key)? {
                Some(v) => v,
                None => rest.first().cloned().unwrap_or(Value::None),
            });
        }
    }
    let d = this(vm, args, "get")?;
    let a = pos_args(vm, args, "dict", "get", 1, 2)?;
    Ok(match d.get(vm, &a[0])? {
        Some(v) => v,
        None => a.get(1).cloned().unwrap_or(Value::None),
    })
}

fn dict_setdefault(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, a) = match (args.args, args.kwnames) {
        // The common call on a plain dict, checked in one match.
        ([Value::Dict(d), rest @ ..], []) if (1..=2).contains(&rest.len()) => (d.clone(), rest),
        _ => (
            this(vm, args, "setdefault")?,
            pos_args(vm, args, "dict", "setdefault", 1, 2)?,
        ),
    };
    let hash = match &a[0] {
        Value::Str(s) => s.hash(),
        k => vm.hash(k)?,
    };
    if let Some(v) = d.get_hashed(vm, &a[0], hash)? {
        return Ok(v);
    }
    let default = a.get(1).cloned().unwrap_or(Value::None);
    d.insert_hashed(vm, a[0].clone(), hash, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "pop")?;
    let a = pos_args(vm, args, "dict", "pop", 1, 2)?;
    match d.remove(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(a[0].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "popitem")?;
    no_args(vm, args, "dict", "popitem")?;
    let last = d.map.borrow_mut().pop_last();
    match last {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

/// `dict.update(other)`: a dict, a mapping with `keys()`, or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
    if let Some(s) = as_dict(src) {
        if matches!(src, Value::Dict(_))
            || vm
                .class_of(src)
                .lookup_str("keys")
                .is_none_or(|k| matches!(&k, Value::Builtin(b) if b.owner == Some("dict")))
        {
            for (k, v) in s.items() {
                d.insert(vm, k, v)?;
            }
            return Ok(());
        }
    }
    if let Some(keys) = vm.get_attr_opt(src, "keys")? {
        let keys = vm.call(&keys, &[])?;
        let it = vm.iter(&keys)?;
        while let Some(k) = vm.next(&it)? {
            let v = vm.get_item(src, &k)?;
            d.insert(vm, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(src)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match &item {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => match vm.iter(&item) {
                Ok(pit) => {
                    let mut out = Vec::new();
                    while let Some(x) = vm.next(&pit)? {
                        out.push(x);
                    }
                    out
                }
                Err(e) if vm.err_is(&e, "TypeError") => {
                    return Err(vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            d.insert(vm, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {n}")));
    }
    if let Some(src) = pos.get(1) {
        update_from(vm, &d, src)?;
    }
    for (k, v) in args.kwargs() {
        d.insert(vm, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    no_args(vm, args, "dict", "clear")?;
    let old = std::mem::take(&mut *d.map.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    no_args(vm, args, "dict", "copy")?;
    Ok(Value::dict(d.copy()))
}

fn dict_fromkeys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kwargs(vm, args, "dict", "fromkeys")?;
    let pos = args.pos();
    let a = if pos.is_empty() { pos } else { &pos[1..] };
    crate::builtins::method_args::check_count(vm, "fromkeys", a.len(), 1, 2)?;
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let exact = match pos.first() {
        Some(Value::Class(c)) => Rc::ptr_eq(c, &vm.types.dict),
        _ => true,
    };
    if exact {
        let d = Rc::new(PyDict::new());
        let it = vm.iter(&a[0])?;
        while let Some(k) = vm.next(&it)? {
            d.insert(vm, k, value.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    let obj = vm.call(&pos[0], &[])?;
    let it = vm.iter(&a[0])?;
    while let Some(k) = vm.next(&it)? {
        vm.set_item(&obj, k, value.clone())?;
    }
    Ok(obj)
}

/// A reverse iterator over the live dict: changing its size while iterating
/// raises `RuntimeError`, as in CPython.
fn reverse_iter(d: &Rc<PyDict>, kind: ViewKind) -> Value {
    crate::builtins::iterfuncs::dict_rev(d, kind)
}

fn dict_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__reversed__")?;
    no_args(vm, args, "dict", "__reversed__")?;
    Ok(reverse_iter(&d, ViewKind::Keys))
}

fn dict_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__len__")?;
    no_args(vm, args, "dict", "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__getitem__")?;
    let k = one_arg(vm, args, "dict", "__getitem__")?;
    if let Some(v) = d.get(vm, k)? {
        return Ok(v);
    }
    // Subclasses may supply missing keys.
    if let Value::Instance(inst) = &args.args[0] {
        let cls = inst.class();
        if let Some(m) = cls.lookup_str("__missing__") {
            let f = vm.bind_descriptor(&m, &args.args[0], &cls)?;
            return vm.call(&f, std::slice::from_ref(k));
        }
    }
    Err(vm.key_error(k.clone()))
}

fn dict_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__setitem__")?;
    no_kwargs(vm, args, "dict", "__setitem__")?;
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(vm.type_error(format!(" expected 2 arguments, got {}", pos.len())));
    }
    d.insert(vm, pos[0].clone(), pos[1].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__delitem__")?;
    let k = one_arg(vm, args, "dict", "__delitem__")?;
    match d.remove(vm, k)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(k.clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__contains__")?;
    let k = one_arg(vm, args, "dict", "__contains__")?;
    Ok(Value::Bool(d.contains(vm, k)?))
}

fn dict_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__iter__")?;
    no_args(vm, args, "dict", "__iter__")?;
    vm.iter(&Value::Dict(d))
}

fn dict_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__or__")?;
    let other = one_arg(vm, args, "dict", "__or__")?;
    let Some(o) = as_dict(other) else {
        return Ok(Value::NotImplemented);
    };
    let new = Rc::new(d.copy());
    for (k, v) in o.items() {
        new.insert(vm, k, v)?;
    }
    Ok(Value::Dict(new))
}

fn dict_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__ror__")?;
    let other = one_arg(vm, args, "dict", "__ror__")?;
    let Some(o) = as_dict(other) else {
        return Ok(Value::NotImplemented);
    };
    let new = Rc::new(o.copy());
    for (k, v) in d.items() {
        new.insert(vm, k, v)?;
    }
    Ok(Value::Dict(new))
}

fn dict_ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__ior__")?;
    let other = one_arg(vm, args, "dict", "__ior__")?;
    update_from(vm, &d, other)?;
    Ok(args.args[0].clone())
}

fn dict_richcompare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let d = this(vm, args, op.dunder())?;
    let other = one_arg(vm, args, "dict", op.dunder())?;
    match as_dict(other) {
        Some(o) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            vm.compare(&Value::Dict(d), &Value::Dict(o), op)
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn dict_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dict_richcompare(vm, args, CmpOp::Eq)
}

fn dict_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dict_richcompare(vm, args, CmpOp::Ne)
}

// ----- views ------------------------------------------------------------------

fn view_of(vm: &Vm, args: &Args, owner: &str, name: &str) -> PyResult<(Rc<PyDict>, ViewKind)> {
    let ok = |v: &Value| matches!(v, Value::Native(n) if matches!(&**n, Native::DictView { .. }));
    match receiver(vm, args, owner, name, ok)? {
        Value::Native(n) => match &*n {
            Native::DictView { dict, kind } => {
                let want = match owner {
                    "dict_keys" => ViewKind::Keys,
                    "dict_values" => ViewKind::Values,
                    _ => ViewKind::Items,
                };
                if *kind != want {
                    return Err(vm.type_error(format!(
                        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                        vm.type_name(&args.args[0])
                    )));
                }
                Ok((dict.clone(), *kind))
            }
            _ => unreachable!("receiver checked the type"),
        },
        _ => unreachable!("receiver checked the type"),
    }
}

fn view_owner(args: &Args) -> &'static str {
    match args.args.first() {
        Some(Value::Native(n)) => match &**n {
            Native::DictView {
                kind: ViewKind::Values,
                ..
            } => "dict_values",
            Native::DictView {
                kind: ViewKind::Items,
                ..
            } => "dict_items",
            _ => "dict_keys",
        },
        _ => "dict_keys",
    }
}

fn view_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = view_owner(args);
    let (d, _) = view_of(vm, args, owner, "__len__")?;
    no_args(vm, args, owner, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn view_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = view_owner(args);
    view_of(vm, args, owner, "__iter__")?;
    no_args(vm, args, owner, "__iter__")?;
    vm.iter(&args.args[0])
}

fn view_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = view_owner(args);
    let (d, kind) = view_of(vm, args, owner, "__reversed__")?;
    no_args(vm, args, owner, "__reversed__")?;
    Ok(reverse_iter(&d, kind))
}

fn view_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = view_owner(args);
    view_of(vm, args, owner, "__contains__")?;
    let k = one_arg(vm, args, owner, "__contains__")?;
    Ok(Value::Bool(vm.contains(&args.args[0], k)?))
}

fn view_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = view_owner(args);
    view_of(vm, args, owner, "isdisjoint")?;
    let other = one_arg(vm, args, owner, "isdisjoint")?;
    let this = args.args[0].clone();
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&this, &x)? {
            return Ok(Value::False);
        }
    }
    Ok(Value::True)
}

/// The `mapping` attribute of a view; `args[0]` is the mappingproxy class.
fn view_mapping(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (Some(Value::Class(cls)), Some(Value::Native(n))) = (args.args.first(), args.args.get(1))
    else {
        return Err(vm.type_error("descriptor 'mapping' needs a dict view"));
    };
    match &**n {
        Native::DictView { dict, .. } => Ok(proxy(cls, dict.clone())),
        _ => Err(vm.type_error("descriptor 'mapping' needs a dict view")),
    }
}

/// Is `v` a keys or items view (the set-like ones)?
fn set_like_view(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(&**n,
        Native::DictView { kind: ViewKind::Keys | ViewKind::Items, .. }))
}

fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison involving a dict view; `None` when not applicable.
pub fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let set_like = |v: &Value| set_like_view(v) || matches!(v, Value::Set(_) | Value::FrozenSet(_));
    if !(set_like_view(a) || set_like_view(b)) || !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    Ok(Some(match op {
        CmpOp::Eq => la == lb && all_contained_in(vm, a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(vm, a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    }))
}

// ----- mappingproxy -------------------------------------------------------------

fn proxy(cls: &Rc<Class>, d: Rc<PyDict>) -> Value {
    Value::Instance(Rc::new(Instance::with_state(
        cls.clone(),
        None,
        None,
        Some(Value::Dict(d)),
    )))
}

/// A read-only `mappingproxy` over `d` (as `type.__dict__` and `view.mapping` give).
pub fn mapping_proxy(vm: &Vm, d: Rc<PyDict>) -> Option<Value> {
    match vm.types.dict_keys.dict.get_str("mapping") {
        Some(Value::Native(n)) => match &*n {
            Native::Property {
                fget: Value::Builtin(b),
                ..
            } => match &b.bound {
                Some(Value::Class(cls)) => Some(proxy(cls, d)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn proxied(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyDict>> {
    let ok = |v: &Value| matches!(v, Value::Dict(_));
    match args.args.first() {
        Some(Value::Instance(i)) if i.class().name().as_str() == "mappingproxy" => {
            match receiver(vm, args, "mappingproxy", name, ok)? {
                Value::Dict(d) => Ok(d),
                _ => unreachable!("receiver checked the type"),
            }
        }
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "unbound method mappingproxy.{name}() needs an argument"
        ))),
    }
}

fn proxy_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = proxied(vm, args, "__getitem__")?;
    let k = one_arg(vm, args, "mappingproxy", "__getitem__")?;
    vm.get_item(&Value::Dict(d), k)
}

fn proxy_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = proxied(vm, args, "get")?;
    let a = pos_args(vm, args, "mappingproxy", "get", 1, 2)?;
    Ok(match d.get(vm, &a[0])? {
        Some(v) => v,
        None => a.get(1).cloned().unwrap_or(Value::None),
    })
}

fn proxy_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = proxied(vm, args, "__len__")?;
    no_args(vm, args, "mappingproxy", "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn proxy_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = proxied(vm, args, "__iter__")?;
    no_args(vm, args, "mappingproxy", "__iter__")?;
    vm.iter(&Value::Dict(d))
}

fn proxy_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = proxied(vm, args, "__contains__")?;
    let k = one_arg(vm, args, "mappingproxy", "__contains__")?;
    Ok(Value::Bool(d.contains(vm, k)?))
}

fn proxy_view(vm: &mut Vm, args: &Args, name: &str, kind: ViewKind) -> PyResult<Value> {
    let d = proxied(vm, args, name)?;
    no_args(vm, args, "mappingproxy", name)?;
    Ok(view(d, kind))
}

fn proxy_keys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    proxy_view(vm, args, "keys", ViewKind::Keys)
}

fn proxy_values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    proxy_view(vm, args, "values", ViewKind::Values)
}

fn proxy_items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    proxy_view(vm, args, "items", ViewKind::Items)
}

fn proxy_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = proxied(vm, args, "copy")?;
    no_args(vm, args, "mappingproxy", "copy")?;
    Ok(Value::dict(d.copy()))
}

fn proxy_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = proxied(vm, args, "__repr__")?;
    let r = vm.repr_string(&Value::Dict(d))?;
    Ok(Value::string(format!("mappingproxy({r})")))
}

fn proxy_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    proxied(vm, args, "__setitem__")?;
    Err(vm.type_error("'mappingproxy' object does not support item assignment"))
}

fn proxy_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    proxied(vm, args, "__delitem__")?;
    Err(vm.type_error("'mappingproxy' object does not support item deletion"))
}

fn proxy_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = proxied(vm, args, "__eq__")?;
    let other = one_arg(vm, args, "mappingproxy", "__eq__")?;
    vm.compare(&Value::Dict(d), other, CmpOp::Eq)
}

/// `dict.__new__`: an empty dict; `__init__` fills it.
fn dict_new(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::dict(PyDict::new()))
}

/// `dict.__init__(mapping_or_iterable=(), **kwargs)`: update, without clearing.
fn dict_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args, "__init__")?;
    let pos = &args.pos()[1..];
    crate::builtins::method_args::check_count(vm, "dict", pos.len(), 0, 1)?;
    if let Some(src) = pos.first() {
        update_from(vm, &d, src)?;
    }
    for (k, v) in args.kwargs() {
        d.insert(vm, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    vm.types.dict.native_new.set(Some(dict_new));
    add_method(&vm.types.dict, "dict", "__init__", dict_init);
    let dict = vm.types.dict.clone();
    let methods: [(&'static str, NativeFn); 22] = [
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__reversed__", dict_reversed),
        ("__len__", dict_len),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__iter__", dict_iter),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
    ];
    for (name, f) in methods {
        add_method(&dict, "dict", name, f);
    }
    dict.dict.set_str(
        "fromkeys",
        Value::Native(Rc::new(Native::ClassMethod(builtin(
            "fromkeys",
            dict_fromkeys,
        )))),
    );
    dict.dict.set_str("__hash__", Value::None);

    let object = vm.types.object.clone();
    let proxy_cls =
        crate::builtins::types::new_class("mappingproxy", vec![object], Layout::Builtin, true);
    let methods: [(&'static str, NativeFn); 13] = [
        ("__getitem__", proxy_getitem),
        ("get", proxy_get),
        ("__len__", proxy_len),
        ("__iter__", proxy_iter),
        ("__contains__", proxy_contains),
        ("keys", proxy_keys),
        ("values", proxy_values),
        ("items", proxy_items),
        ("copy", proxy_copy),
        ("__repr__", proxy_repr),
        ("__setitem__", proxy_setitem),
        ("__delitem__", proxy_delitem),
        ("__eq__", proxy_eq),
    ];
    for (name, f) in methods {
        add_method(&proxy_cls, "mappingproxy", name, f);
    }
    proxy_cls.dict.set_str("__hash__", Value::None);

    let mapping = Value::Native(Rc::new(Native::Property {
        fget: Value::Builtin(Rc::new(crate::types::function::BuiltinFn {
            name: "mapping",
            func: view_mapping,
            bound: Some(Value::Class(proxy_cls)),
            owner: None,
        })),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }));
    for (cls, owner) in [
        (vm.types.dict_keys.clone(), "dict_keys"),
        (vm.types.dict_values.clone(), "dict_values"),
        (vm.types.dict_items.clone(), "dict_items"),
    ] {
        add_method(&cls, owner, "__len__", view_len);
        add_method(&cls, owner, "__iter__", view_iter);
        add_method(&cls, owner, "__reversed__", view_reversed);
        if owner != "dict_values" {
            add_method(&cls, owner, "__contains__", view_contains);
            add_method(&cls, owner, "isdisjoint", view_isdisjoint);
            cls.dict.set_str("__hash__", Value::None);
        }
        cls.dict.set_str("mapping", mapping.clone());
    }
}
