//! `types.GenericAlias`: what subscripting a builtin class gives
//! (`list[int]`, `dict[str, int]`). It records `__origin__` and `__args__`,
//! prints like CPython, compares by origin and arguments, and calling it
//! calls the origin.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::add_method;
use crate::types::class::{Class, Instance, Layout};
use crate::types::dict::PyDict;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

thread_local! {
    static ALIAS_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

fn alias_class(vm: &Vm) -> Rc<Class> {
    ALIAS_CLASS.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                let cls = crate::builtins::types::new_class(
                    "GenericAlias",
                    vec![vm.types.object.clone()],
                    Layout::Object,
                    true,
                );
                cls.dict.set_str("__module__", Value::str("types"));
                add_method(&cls, "GenericAlias", "__repr__", ga_repr);
                add_method(&cls, "GenericAlias", "__call__", ga_call);
                add_method(&cls, "GenericAlias", "__eq__", ga_eq);
                add_method(&cls, "GenericAlias", "__hash__", ga_hash);
                cls
            })
            .clone()
    })
}

/// `origin[args]` for a builtin class `origin`.
pub fn make(vm: &mut Vm, origin: &Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(_) => key.clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    let d = PyDict::new();
    d.set_str("__origin__", origin.clone());
    d.set_str("__args__", args);
    d.set_str("__parameters__", Value::tuple(Vec::new()));
    let cls = alias_class(vm);
    Value::instance(Instance::new(cls, Some(Rc::new(d))))
}

fn parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value)> {
    if let Value::Instance(i) = v {
        if let Some(d) = i.dict() {
            if let (Some(o), Some(a)) = (d.get_str("__origin__"), d.get_str("__args__")) {
                return Ok((o, a));
            }
        }
    }
    Err(vm.type_error("descriptor requires a 'types.GenericAlias' object"))
}

/// CPython's `ga_repr_item`.
fn repr_item(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".into()),
        Value::Class(c) => {
            let module = match c.dict.get_str("__module__") {
                Some(Value::Str(m)) => m.as_str().to_string(),
                _ => "builtins".into(),
            };
            let q = c.qualname.borrow().as_str().to_string();
            Ok(if module == "builtins" {
                q
            } else {
                format!("{module}.{q}")
            })
        }
        other => vm.repr_string(other),
    }
}

fn ga_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (origin, a) = parts(vm, &args.args[0])?;
    let mut out = repr_item(vm, &origin)?;
    out.push('[');
    let items = vm.collect(&a)?;
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_item(vm, it)?);
    }
    out.push(']');
    Ok(Value::string(out))
}

fn ga_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (origin, _) = parts(vm, &args.args[0])?;
    vm.call_args(
        &origin,
        &Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

fn ga_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let (o1, a1) = parts(vm, &args.args[0])?;
    let Ok((o2, a2)) = parts(vm, &args.args[1]) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(vm.eq(&o1, &o2)? && vm.eq(&a1, &a2)?))
}

fn ga_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, a) = parts(vm, &args.args[0])?;
    let h = vm.hash(&o)? ^ vm.hash(&a)?;
    Ok(Value::Int(h))
}
