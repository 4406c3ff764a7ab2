//! The descriptor methods of builtin descriptor types, callable by hand:
//! `function.__get__`, `property.__get__`/`__set__`/`__delete__`,
//! `classmethod.__get__`, `staticmethod.__get__`/`__call__`, and
//! `__isabstractmethod__` of property/classmethod/staticmethod.

use std::rc::Rc;

use crate::builtins::add_method;
use crate::types::class::Class;
use crate::types::function::BoundMethod;
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Split `descr.__get__(obj, type=None)` arguments, with CPython's errors.
fn get_args<'a>(vm: &Vm, args: &Args<'a>, owner: &str) -> PyResult<(Value, Value)> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{owner}.__get__() takes no keyword arguments")));
    }
    match args.args.len() {
        2 => Ok((args.args[1].clone(), Value::None)),
        3 => Ok((args.args[1].clone(), args.args[2].clone())),
        n if n < 2 => Err(vm.type_error(format!(
            " expected at least 1 argument, got {}",
            n.saturating_sub(1)
        ))),
        n => Err(vm.type_error(format!(" expected at most 2 arguments, got {}", n - 1))),
    }
}

fn function_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (obj, _typ) = get_args(vm, args, "function")?;
    let f = args.args[0].clone();
    if obj.is_none() {
        return Ok(f);
    }
    Ok(Value::method(BoundMethod {
        receiver: obj,
        func: f,
    }))
}

/// The `Native` a descriptor method was called on, or CPython's error.
fn native_self<'a>(vm: &Vm, args: &'a Args, owner: &str, name: &str) -> PyResult<&'a Rc<Native>> {
    match args.args.first() {
        Some(Value::Native(n)) => Ok(n),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        ))),
    }
}

fn property_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (obj, _typ) = get_args(vm, args, "property")?;
    let n = native_self(vm, args, "property", "__get__")?;
    let Native::Property { fget, .. } = &**n else {
        return Err(vm.type_error("descriptor '__get__' requires a 'property' object"));
    };
    if obj.is_none() {
        return Ok(args.args[0].clone());
    }
    if fget.is_none() {
        return Err(property_missing(vm, &args.args[0], &obj, "getter"));
    }
    let fget = fget.clone();
    vm.call(&fget, &[obj])
}

/// Arity check of `__set__` (CPython's message has a leading space there)
/// and `__delete__`.
fn two_args(vm: &Vm, args: &Args, lead: &str, want: usize) -> PyResult<()> {
    let got = args.args.len().saturating_sub(1);
    if got != want || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{lead}expected {want} argument{}, got {got}",
            if want == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// The message for a property without the function it needs: named after
/// the attribute that holds it on `obj`'s type, when there is one.
fn property_missing(vm: &Vm, prop: &Value, obj: &Value, which: &str) -> crate::vm::PyErr {
    let cls = vm.class_of(obj);
    let name = cls.mro_iter().find_map(|c| {
        c.dict
            .items()
            .into_iter()
            .find(|(_, v)| v.is(prop))
            .map(|(k, _)| k)
    });
    match name {
        Some(Value::Str(n)) => vm.attribute_error(format!(
            "property '{}' of '{}' object has no {which}",
            n.as_str(),
            vm.type_name(obj)
        )),
        _ => vm.attribute_error(format!(
            "property of '{}' object has no {which}",
            vm.type_name(obj)
        )),
    }
}

fn property_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    two_args(vm, args, " ", 2)?;
    let n = native_self(vm, args, "property", "__set__")?;
    let Native::Property { fset, .. } = &**n else {
        return Err(vm.type_error("descriptor '__set__' requires a 'property' object"));
    };
    let obj = args.args[1].clone();
    if fset.is_none() {
        return Err(property_missing(vm, &args.args[0], &obj, "setter"));
    }
    let fset = fset.clone();
    vm.call(&fset, &[obj, args.args[2].clone()])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    two_args(vm, args, "", 1)?;
    let n = native_self(vm, args, "property", "__delete__")?;
    let Native::Property { fdel, .. } = &**n else {
        return Err(vm.type_error("descriptor '__delete__' requires a 'property' object"));
    };
    let obj = args.args[1].clone();
    if fdel.is_none() {
        return Err(property_missing(vm, &args.args[0], &obj, "deleter"));
    }
    let fdel = fdel.clone();
    vm.call(&fdel, &[obj])?;
    Ok(Value::None)
}

fn classmethod_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (obj, typ) = get_args(vm, args, "classmethod")?;
    let n = native_self(vm, args, "classmethod", "__get__")?;
    let Native::ClassMethod(f) = &**n else {
        return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object"));
    };
    let receiver = if typ.is_none() {
        Value::Class(vm.class_of(&obj))
    } else {
        typ
    };
    Ok(Value::method(BoundMethod {
        receiver,
        func: f.clone(),
    }))
}

fn staticmethod_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    get_args(vm, args, "staticmethod")?;
    let n = native_self(vm, args, "staticmethod", "__get__")?;
    match &**n {
        Native::StaticMethod(f) => Ok(f.clone()),
        _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

fn staticmethod_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = native_self(vm, args, "staticmethod", "__call__")?;
    let Native::StaticMethod(f) = &**n else {
        return Err(vm.type_error("descriptor '__call__' requires a 'staticmethod' object"));
    };
    let f = f.clone();
    vm.call_args(
        &f,
        &Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

/// Whether `f.__isabstractmethod__` is true.
fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    match vm.get_attr_opt(f, "__isabstractmethod__")? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

/// `__isabstractmethod__` of a property (any of its functions) or of a
/// classmethod/staticmethod (its function); `None` for other natives.
pub fn native_isabstract(vm: &mut Vm, n: &Native) -> PyResult<Option<Value>> {
    let fs: Vec<Value> = match n {
        Native::Property {
            fget, fset, fdel, ..
        } => vec![fget.clone(), fset.clone(), fdel.clone()],
        Native::ClassMethod(f) | Native::StaticMethod(f) => vec![f.clone()],
        _ => return Ok(None),
    };
    for f in &fs {
        if is_abstract(vm, f)? {
            return Ok(Some(Value::True));
        }
    }
    Ok(Some(Value::False))
}

fn add(cls: &Rc<Class>, owner: &'static str, methods: &[(&'static str, crate::vm::NativeFn)]) {
    for (name, f) in methods {
        add_method(cls, owner, name, *f);
    }
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    add(&t.function, "function", &[("__get__", function_get)]);
    add(
        &t.property,
        "property",
        &[
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
        ],
    );
    add(
        &t.classmethod,
        "classmethod",
        &[("__get__", classmethod_get)],
    );
    add(
        &t.staticmethod,
        "staticmethod",
        &[
            ("__get__", staticmethod_get),
            ("__call__", staticmethod_call),
        ],
    );
}
