//! Special methods of builtin types that subclasses reach explicitly
//! (`list.__repr__(self)`, `super().__str__()` in an exception subclass):
//! `list`/`tuple`/`dict` `__repr__` and `BaseException`/`KeyError` `__str__`.

use crate::builtins::add_method;
use crate::types::class::Class;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `self` for a method of builtin type `owner`: the value itself or the
/// builtin value a subclass instance wraps.
fn receiver(
    vm: &mut Vm,
    args: &Args,
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<Value> {
    let Some(first) = args.pos().first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    };
    if let Some(v) = crate::builtins::method_args::owner_value(first, ok) {
        return Ok(v);
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' requires a '{owner}' object but received a '{}'",
        vm.type_name(first)
    )))
}

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    let n = args.args.len() - 1;
    if n != 0 {
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    let _ = name;
    Ok(())
}

fn list_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = receiver(vm, args, "list", "__repr__", |v| {
        matches!(v, Value::List(_))
    })?;
    no_args(vm, args, "__repr__")?;
    vm.repr(&v)
}

fn tuple_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = receiver(vm, args, "tuple", "__repr__", |v| {
        matches!(v, Value::Tuple(_))
    })?;
    no_args(vm, args, "__repr__")?;
    vm.repr(&v)
}

fn dict_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = receiver(vm, args, "dict", "__repr__", |v| {
        matches!(v, Value::Dict(_))
    })?;
    no_args(vm, args, "__repr__")?;
    vm.repr(&v)
}

/// The exception arguments of `args[0]`, checked to be an exception.
fn exc_args(vm: &mut Vm, args: &Args, owner: &str) -> PyResult<Value> {
    let first = args.pos().first().cloned();
    if let Some(Value::Instance(inst)) = &first {
        if let Some(exc) = inst.exc() {
            no_args(vm, args, "__str__")?;
            return Ok(exc.borrow().args.clone());
        }
    }
    match first {
        Some(v) => Err(vm.type_error(format!(
            "descriptor '__str__' requires a '{owner}' object but received a '{}'",
            vm.type_name(&v)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '__str__' of '{owner}' object needs an argument"
        ))),
    }
}

/// `BaseException.__str__`: `''`, `str(arg)` or `repr(args)`.
fn exc_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match exc_args(vm, args, "BaseException")? {
        Value::Tuple(t) if t.is_empty() => Ok(Value::str("")),
        Value::Tuple(t) if t.len() == 1 => {
            let a = t.items[0].clone();
            vm.str(&a)
        }
        other => vm.repr(&other),
    }
}

/// `KeyError.__str__`: a single argument shows as its repr.
fn key_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match exc_args(vm, args, "KeyError")? {
        Value::Tuple(t) if t.is_empty() => Ok(Value::str("")),
        Value::Tuple(t) if t.len() == 1 => {
            let a = t.items[0].clone();
            vm.repr(&a)
        }
        other => vm.repr(&other),
    }
}

fn add_if_missing(
    cls: &std::rc::Rc<Class>,
    owner: &'static str,
    name: &'static str,
    f: crate::vm::NativeFn,
) {
    if cls.dict.get_str(name).is_none() {
        add_method(cls, owner, name, f);
    }
}

pub fn install(vm: &mut Vm) {
    add_if_missing(&vm.types.list.clone(), "list", "__repr__", list_repr);
    add_if_missing(&vm.types.tuple.clone(), "tuple", "__repr__", tuple_repr);
    add_if_missing(&vm.types.dict.clone(), "dict", "__repr__", dict_repr);
    add_if_missing(
        &vm.exc_class("BaseException"),
        "BaseException",
        "__str__",
        exc_str,
    );
    add_if_missing(
        &vm.exc_class("KeyError"),
        "KeyError",
        "__str__",
        key_error_str,
    );
}
