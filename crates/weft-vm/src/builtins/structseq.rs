//! Struct sequences: CPython's named-tuple-like builtin types
//! (`time.struct_time`, `sys.version_info`, `sys.float_info`, ...).
//!
//! A struct sequence type is a builtin subclass of `tuple`. Its instances are
//! `Instance`s whose `base_value` is the tuple of the visible (sequence)
//! fields and whose dict holds every field by name, including the extra
//! named-only ones (`tm_zone`, `tm_gmtoff`). The class carries CPython's
//! `n_sequence_fields`, `n_fields`, `n_unnamed_fields` and `__match_args__`.

use std::cell::RefCell;
use std::rc::Rc;

use weft_compiler::bytecode::CmpOp;

use crate::builtins::add_method;
use crate::builtins::types::new_class;
use crate::types::class::{Class, Instance, Layout};
use crate::types::dict::PyDict;
use crate::types::tuple::PyTuple;
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};

/// Create a struct sequence type `module.name` with `fields`, of which the
/// first `n_sequence` are visible as tuple items.
pub fn new_type(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    n_sequence: usize,
    constructible: bool,
) -> Rc<Class> {
    let cls = new_class(name, vec![vm.types.tuple.clone()], Layout::Builtin, true);
    let d = &cls.dict;
    d.set_str("__module__", Value::str(module));
    d.set_str("n_sequence_fields", Value::Int(n_sequence as i64));
    d.set_str("n_fields", Value::Int(fields.len() as i64));
    d.set_str("n_unnamed_fields", Value::Int(0));
    d.set_str(
        "__match_args__",
        Value::tuple(fields[..n_sequence].iter().map(|f| Value::str(f)).collect()),
    );
    d.set_str(
        "_weft_fields",
        Value::tuple(fields.iter().map(|f| Value::str(f)).collect()),
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", ss_repr),
        ("__str__", ss_repr),
        ("__len__", ss_len),
        ("__getitem__", ss_getitem),
        ("__iter__", ss_iter),
        ("__contains__", ss_contains),
        ("__hash__", ss_hash),
        ("__eq__", ss_eq),
        ("__ne__", ss_ne),
        ("__lt__", ss_lt),
        ("__le__", ss_le),
        ("__gt__", ss_gt),
        ("__ge__", ss_ge),
        ("__add__", ss_add),
        ("__setitem__", ss_setitem),
        ("__delitem__", ss_delitem),
        ("__getattr__", ss_getattr),
        ("__setattr__", ss_setattr),
        ("__delattr__", ss_delattr),
        ("__reduce__", ss_reduce),
        ("count", ss_count),
        ("index", ss_index),
    ];
    for &(mname, f) in methods {
        add_method(&cls, "structseq", mname, f);
    }
    cls.native_new
        .set(Some(if constructible { ss_new } else { ss_no_new }));
    cls
}

/// An instance of struct sequence type `cls` from all its field values
/// (missing trailing named-only fields become None).
pub fn new_instance(cls: &Rc<Class>, mut values: Vec<Value>) -> Value {
    let fields = field_names(cls);
    let n_seq = n_sequence(cls);
    values.resize(fields.len().max(n_seq), Value::None);
    let dict = PyDict::new();
    for (name, v) in fields.iter().zip(values.iter()) {
        dict.set_str(name, v.clone());
    }
    let seq: Vec<Value> = values[..n_seq].to_vec();
    Value::Instance(Rc::new(Instance::with_state(
        cls.clone(),
        Some(Rc::new(dict)),
        None,
        Some(Value::tuple(seq)),
    )))
}

fn field_names(cls: &Rc<Class>) -> Vec<String> {
    match cls.lookup_str("_weft_fields") {
        Some(Value::Tuple(t)) => t
            .items
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
            .collect(),
        _ => Vec::new(),
    }
}

fn n_sequence(cls: &Rc<Class>) -> usize {
    match cls.lookup_str("n_sequence_fields") {
        Some(Value::Int(n)) => n.max(0) as usize,
        _ => 0,
    }
}

/// `module.name` of a struct sequence type, as CPython's `tp_name`.
fn full_name(cls: &Rc<Class>) -> String {
    match cls.dict.get_str("__module__") {
        Some(Value::Str(m)) => format!("{}.{}", m.as_str(), cls.name().as_str()),
        _ => cls.name().as_str().to_string(),
    }
}

/// The tuple of visible fields of a struct sequence instance.
pub fn as_tuple(v: &Value) -> Option<Rc<PyTuple>> {
    match v {
        Value::Tuple(t) => Some(t.clone()),
        Value::Instance(inst) => match &*inst.base_value() {
            Some(Value::Tuple(t)) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn self_tuple(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<PyTuple>> {
    match args.args.first().and_then(as_tuple) {
        Some(t) => Ok(t),
        None => Err(vm.type_error(format!("descriptor '{method}' requires a 'tuple' object"))),
    }
}

fn arg1<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Value> {
    match args.args {
        [_, x] if args.kwnames.is_empty() => Ok(x),
        _ => Err(vm.type_error(format!(
            "{method}() takes exactly one argument ({} given)",
            args.args.len().saturating_sub(1)
        ))),
    }
}

fn ss_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "__repr__")?;
    let Some(Value::Instance(inst)) = args.args.first() else {
        return Ok(Value::str("()"));
    };
    let cls = inst.class();
    let names = field_names(&cls);
    let mut out = full_name(&cls);
    out.push('(');
    for (i, v) in t.items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(names.get(i).map(|s| s.as_str()).unwrap_or("?"));
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

fn ss_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(self_tuple(vm, args, "__len__")?.len() as i64))
}

fn ss_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "__getitem__")?;
    let key = arg1(vm, args, "__getitem__")?.clone();
    vm.get_item(&Value::Tuple(t), &key)
}

fn ss_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "__iter__")?;
    vm.iter(&Value::Tuple(t))
}

fn ss_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "__contains__")?;
    let x = arg1(vm, args, "__contains__")?.clone();
    Ok(Value::Bool(vm.contains(&Value::Tuple(t), &x)?))
}

fn ss_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::Tuple(t))?))
}

fn ss_compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let t = self_tuple(vm, args, op.dunder())?;
    let other = arg1(vm, args, op.dunder())?;
    match as_tuple(other) {
        Some(o) => vm.compare(&Value::Tuple(t), &Value::Tuple(o), op),
        None => Ok(Value::NotImplemented),
    }
}

fn ss_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ss_compare(vm, args, CmpOp::Eq)
}

fn ss_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ss_compare(vm, args, CmpOp::Ne)
}

fn ss_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ss_compare(vm, args, CmpOp::Lt)
}

fn ss_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ss_compare(vm, args, CmpOp::Le)
}

fn ss_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ss_compare(vm, args, CmpOp::Gt)
}

fn ss_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ss_compare(vm, args, CmpOp::Ge)
}

fn ss_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "__add__")?;
    let other = arg1(vm, args, "__add__")?;
    match as_tuple(other) {
        Some(o) => {
            let mut items = t.items.to_vec();
            items.extend(o.items.iter().cloned());
            Ok(Value::tuple(items))
        }
        None => Ok(Value::NotImplemented),
    }
}

fn ss_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "count")?;
    let x = arg1(vm, args, "count")?.clone();
    let mut n = 0;
    for item in t.items.iter() {
        if vm.eq(item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn ss_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "index")?;
    let x = arg1(vm, args, "index")?.clone();
    for (i, item) in t.items.iter().enumerate() {
        if vm.eq(item, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn ss_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Err(vm.type_error(format!(
        "'{}' object does not support item assignment",
        self_name(args)
    )))
}

fn ss_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Err(vm.type_error(format!(
        "'{}' object doesn't support item deletion",
        self_name(args)
    )))
}

fn self_name(args: &Args) -> String {
    match args.args.first() {
        Some(Value::Instance(inst)) => full_name(&inst.class()),
        _ => "tuple".to_string(),
    }
}

/// Only reached for missing attributes: CPython's message names the type
/// with its module.
fn ss_getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = match args.args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        self_name(args)
    )))
}

fn ss_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    readonly(vm, args)
}

fn ss_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    readonly(vm, args)
}

fn readonly(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (Some(obj), Some(Value::Str(name))) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    if let Value::Instance(inst) = obj {
        let cls = inst.class();
        if field_names(&cls).iter().any(|f| f == name.as_str()) {
            return Err(vm.attribute_error("readonly attribute"));
        }
        return Err(vm.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            full_name(&cls),
            name.as_str()
        )));
    }
    Err(vm.attribute_error("readonly attribute"))
}

fn ss_reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = self_tuple(vm, args, "__reduce__")?;
    let Some(Value::Instance(inst)) = args.args.first() else {
        return Err(vm.type_error("__reduce__ expects a struct sequence"));
    };
    let cls = inst.class();
    let extra = PyDict::new();
    if let Some(d) = inst.dict() {
        for name in field_names(&cls).iter().skip(t.len()) {
            if let Some(v) = d.get_str(name) {
                extra.set_str(name, v);
            }
        }
    }
    Ok(Value::tuple(vec![
        Value::Class(cls),
        Value::tuple(vec![Value::Tuple(t), Value::dict(extra)]),
    ]))
}

/// `type(sequence)`: build an instance from a sequence of field values.
fn ss_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(vm.type_error("struct sequence constructor needs its type"));
    };
    let cls = cls.clone();
    let pos = args.pos().get(1..).unwrap_or(&[]);
    let name = full_name(&cls);
    let seq = match (pos, args.kw("sequence")) {
        ([s], None) | ([s, _], None) | ([], Some(s)) => s.clone(),
        ([], None) => {
            return Err(vm.type_error("structseq() missing required argument 'sequence' (pos 1)"));
        }
        _ => {
            return Err(vm.type_error(format!(
                "structseq() takes at most 2 arguments ({} given)",
                args.args.len() - 1
            )));
        }
    };
    let items = vm
        .collect(&seq)
        .map_err(|_| vm.type_error("constructor requires a sequence"))?;
    let min = n_sequence(&cls);
    let max = field_names(&cls).len();
    let len = items.len();
    if len < min || len > max {
        let how = if min == max {
            format!("a {min}")
        } else if len < min {
            format!("an at least {min}")
        } else {
            format!("an at most {max}")
        };
        return Err(vm.type_error(format!(
            "{name}() takes {how}-sequence ({len}-sequence given)"
        )));
    }
    Ok(new_instance(&cls, items))
}

fn ss_no_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = match args.args.first() {
        Some(Value::Class(c)) => full_name(c),
        _ => "struct sequence".to_string(),
    };
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

thread_local! {
    static NAMESPACE: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

/// A `types.SimpleNamespace` with the given attributes, in order.
pub fn new_namespace(vm: &mut Vm, items: Vec<(&str, Value)>) -> Value {
    let cls = NAMESPACE.with(|c| c.borrow().clone()).unwrap_or_else(|| {
        let cls = new_class(
            "SimpleNamespace",
            vec![vm.types.object.clone()],
            Layout::Object,
            false,
        );
        cls.dict.set_str("__module__", Value::str("types"));
        add_method(&cls, "SimpleNamespace", "__repr__", ns_repr);
        add_method(&cls, "SimpleNamespace", "__eq__", ns_eq);
        NAMESPACE.with(|c| *c.borrow_mut() = Some(cls.clone()));
        cls
    });
    let dict = PyDict::new();
    for (k, v) in items {
        dict.set_str(k, v);
    }
    Value::Instance(Rc::new(Instance::new(cls, Some(Rc::new(dict)))))
}

fn ns_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.args.first() else {
        return Err(
            vm.type_error("descriptor '__repr__' requires a 'types.SimpleNamespace' object")
        );
    };
    let mut out = String::from("namespace(");
    if inst.has_dict() {
        for (i, (k, v)) in inst.attr_items().into_iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.str_string(&k)?);
            out.push('=');
            out.push_str(&vm.repr_string(&v)?);
        }
    }
    out.push(')');
    Ok(Value::string(out))
}

fn ns_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (Some(Value::Instance(a)), Some(Value::Instance(b))) =
        (args.args.first(), args.args.get(1))
    else {
        return Ok(Value::NotImplemented);
    };
    if !Rc::ptr_eq(&a.class(), &b.class()) {
        return Ok(Value::NotImplemented);
    }
    match (a.has_dict(), b.has_dict()) {
        (true, true) => {
            let (x, y) = (a.attr_items(), b.attr_items());
            if x.len() != y.len() {
                return Ok(Value::False);
            }
            for (k, v) in x {
                let found = y.iter().find(|(k2, _)| k2.is(&k) || matches!((&k, k2), (Value::Str(p), Value::Str(q)) if p.as_str() == q.as_str()));
                match found {
                    Some((_, v2)) => {
                        let v2 = v2.clone();
                        if !vm.eq(&v, &v2)? {
                            return Ok(Value::False);
                        }
                    }
                    None => return Ok(Value::False),
                }
            }
            Ok(Value::True)
        }
        _ => Ok(Value::False),
    }
}
