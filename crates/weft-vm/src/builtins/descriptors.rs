//! `property`, `classmethod`, `staticmethod` and `super`: their
//! constructors, `property`'s copy-and-update methods, and attribute lookup
//! through a `super` object.

use std::rc::Rc;

use crate::builtins::add_method;
use crate::types::class::Class;
use crate::types::function::BoundMethod;
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn native(n: Native) -> Value {
    Value::Native(Rc::new(n))
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let names = ["fget", "fset", "fdel", "doc"];
    let mut vals = [Value::None, Value::None, Value::None, Value::None];
    let pos = &args.pos()[1..];
    if pos.len() > 4 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            pos.len()
        )));
    }
    for (i, v) in pos.iter().enumerate() {
        vals[i] = v.clone();
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for property() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => vals[i] = v.clone(),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for property()",
                    k.as_str()
                )));
            }
        }
    }
    let [fget, fset, fdel, doc] = vals;
    Ok(native(Native::Property {
        fget,
        fset,
        fdel,
        doc,
    }))
}

fn one_callable(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.args.len() {
        2 => Ok(args.args[1].clone()),
        n => Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            n.saturating_sub(1)
        ))),
    }
}

fn classmethod_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = one_callable(vm, args, "classmethod")?;
    Ok(native(Native::ClassMethod(f)))
}

fn staticmethod_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = one_callable(vm, args, "staticmethod")?;
    Ok(native(Native::StaticMethod(f)))
}

/// `prop.getter(f)` / `setter` / `deleter`: a copy with one accessor replaced.
fn property_with(vm: &mut Vm, args: &Args, which: usize, name: &str) -> PyResult<Value> {
    let Some(Value::Native(n)) = args.args.first() else {
        return Err(vm.type_error(format!("descriptor '{name}' requires a 'property' object")));
    };
    let Native::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &**n
    else {
        return Err(vm.type_error(format!("descriptor '{name}' requires a 'property' object")));
    };
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "property.{name}() takes exactly one argument ({} given)",
            args.args.len() - 1
        )));
    }
    let f = args.args[1].clone();
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    Ok(native(Native::Property {
        fget,
        fset,
        fdel,
        doc: doc.clone(),
    }))
}

fn property_getter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(vm, args, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(vm, args, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(vm, args, 2, "deleter")
}

/// `super(type, obj)`; the compiler turns a zero-argument `super()` inside a
/// method into `super(__class__, first_argument)`.
fn super_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    match pos {
        [] => Err(vm.error("RuntimeError", "super(): no arguments")),
        [Value::Class(c), obj] => super_bind(vm, c, obj),
        // An unbound super object: `obj` is None until `__get__` binds it.
        [Value::Class(c)] => Ok(native(Native::Super {
            class: c.clone(),
            obj: Value::None,
        })),
        [other, ..] if pos.len() <= 2 => Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(other)
        ))),
        _ => Err(vm.type_error(format!(
            "super() takes at most 2 arguments ({} given)",
            pos.len()
        ))),
    }
}

/// `super(c, obj)` after checking that `obj` is an instance or subclass of `c`.
fn super_bind(vm: &mut Vm, c: &Rc<Class>, obj: &Value) -> PyResult<Value> {
    {
        {
            let ok = match obj {
                Value::Class(oc) => oc.is_subclass(c) || vm.class_of(obj).is_subclass(c),
                _ => vm.class_of(obj).is_subclass(c),
            };
            if !ok {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            Ok(native(Native::Super {
                class: c.clone(),
                obj: obj.clone(),
            }))
        }
    }
}

/// Attributes of the super object itself: `__thisclass__`, `__self__`,
/// and `__self_class__`.
fn super_own_attr(vm: &mut Vm, class: &Rc<Class>, obj: &Value, name: &str) -> Option<Value> {
    Some(match name {
        "__thisclass__" => Value::Class(class.clone()),
        "__self__" => obj.clone(),
        "__self_class__" => match obj {
            Value::None => Value::None,
            Value::Class(c) if c.is_subclass(class) => obj.clone(),
            _ => Value::Class(vm.class_of(obj)),
        },
        _ => return None,
    })
}

/// `sup.__get__`, bound to the super object `sup` itself.
pub fn super_get_method(sup: &Value) -> Value {
    Value::Builtin(Rc::new(crate::types::function::BuiltinFn {
        name: "__get__",
        func: super_get,
        bound: Some(sup.clone()),
        owner: Some("super"),
    }))
}

/// `super(C).__get__(obj, type=None)`: bind an unbound super object.
fn super_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Native(n)) = args.args.first() else {
        return Err(vm.type_error("descriptor '__get__' requires a 'super' object"));
    };
    let Native::Super { class, obj } = &**n else {
        return Err(vm.type_error("descriptor '__get__' requires a 'super' object"));
    };
    let target = args.args.get(1).cloned().unwrap_or(Value::None);
    if target.is_none() || !obj.is_none() {
        return Ok(args.args[0].clone());
    }
    let class = class.clone();
    super_bind(vm, &class, &target)
}

/// `super(cls, obj).name`: search the MRO of `obj`'s type after `cls`.
pub fn super_getattr(
    vm: &mut Vm,
    class: &Rc<Class>,
    obj: &Value,
    name: &Rc<PyStr>,
) -> PyResult<Option<Value>> {
    let (start, obj_is_class) = match obj {
        Value::Class(c) if c.is_subclass(class) => (c.clone(), true),
        _ => (vm.class_of(obj), false),
    };
    if name.as_str() == "__class__" {
        return Ok(Some(Value::Class(vm.types.super_.clone())));
    }
    if obj.is_none() {
        return Ok(super_own_attr(vm, class, obj, name.as_str()));
    }
    let mut found = None;
    let mut after = false;
    for c in start.mro_iter() {
        if after {
            if let Some(v) = c.dict.get_pystr(name) {
                found = Some(v);
                break;
            }
        } else if Rc::ptr_eq(c, class) {
            after = true;
        }
    }
    let Some(attr) = found else {
        return Ok(super_own_attr(vm, class, obj, name.as_str()));
    };
    if !obj_is_class {
        return vm.bind_descriptor(&attr, obj, &start).map(Some);
    }
    // Looked up on a class: functions stay plain, class methods bind to it.
    Ok(Some(match &attr {
        Value::Native(n) => match &**n {
            Native::ClassMethod(f) => Value::method(BoundMethod {
                receiver: obj.clone(),
                func: f.clone(),
            }),
            Native::StaticMethod(f) => f.clone(),
            _ => attr.clone(),
        },
        Value::Builtin(b)
            if b.owner.is_some() && b.bound.is_none() && name.as_str() == "__new__" =>
        {
            attr.clone()
        }
        Value::Instance(_) => {
            let acls = vm.class_of(&attr);
            match acls.lookup_str("__get__") {
                Some(get) => {
                    let f = vm.bind_descriptor(&get, &attr, &acls)?;
                    vm.call(&f, &[Value::None, obj.clone()])?
                }
                None => attr.clone(),
            }
        }
        _ => attr.clone(),
    }))
}

/// `T.__new__(cls, ...)` for a builtin type `T`: the nearest builtin base
/// of `cls` builds the value (also reached through `super().__new__`).
fn builtin_type_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            vm.builtin_new(&c, args)
        }
        Some(other) => Err(vm.type_error(format!(
            "__new__(X): X is not a type object ({})",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("__new__(): not enough arguments")),
    }
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    for cls in [
        &t.type_,
        &t.int,
        &t.float,
        &t.bool_,
        &t.str_,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.complex,
        &t.bytes,
        &t.bytearray,
    ] {
        if cls.dict.get_str("__new__").is_none() {
            cls.dict.set_str(
                "__new__",
                native(Native::StaticMethod(crate::builtins::builtin(
                    "__new__",
                    builtin_type_new,
                ))),
            );
        }
    }
    let t = &vm.types;
    t.property.native_new.set(Some(property_new));
    t.classmethod.native_new.set(Some(classmethod_new));
    t.staticmethod.native_new.set(Some(staticmethod_new));
    t.super_.native_new.set(Some(super_new));
    t.module
        .native_new
        .set(Some(crate::builtins::modules::module_new));
    let p = t.property.clone();
    add_method(&p, "property", "getter", property_getter);
    add_method(&p, "property", "setter", property_setter);
    add_method(&p, "property", "deleter", property_deleter);
    let b = vm.builtins.clone();
    for (name, c) in [
        ("property", vm.types.property.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("super", vm.types.super_.clone()),
    ] {
        b.set_str(name, Value::Class(c));
    }
}
