//! Attribute access on classes through their metaclass (a metaclass's data
//! descriptors, `__getattr__`, `__setattr__`, `__delattr__`), assignment of
//! `__name__`/`__qualname__` on classes, and `obj.__class__` / `obj.__dict__`
//! assignment on instances.

use std::rc::Rc;

use crate::types::class::{Class, Instance, Layout};
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A user-defined (not builtin) method `name` of a class's metaclass.
fn user_meta_method(c: &Rc<Class>, name: &str) -> Option<(Rc<Class>, Value)> {
    let meta = c.metaclass.borrow().clone()?;
    match meta.lookup_str(name) {
        Some(Value::Builtin(_)) | None => None,
        Some(f) => Some((meta, f)),
    }
}

/// `C.name = value` when the metaclass defines `__setattr__`.
pub fn meta_setattr(
    vm: &mut Vm,
    c: &Rc<Class>,
    name: &Rc<PyStr>,
    value: &Value,
) -> PyResult<Option<()>> {
    let Some((meta, sa)) = user_meta_method(c, "__setattr__") else {
        return Ok(None);
    };
    let f = vm.bind_descriptor(&sa, &Value::Class(c.clone()), &meta)?;
    vm.call(&f, &[Value::Str(name.clone()), value.clone()])?;
    Ok(Some(()))
}

/// `del C.name` when the metaclass defines `__delattr__`.
pub fn meta_delattr(vm: &mut Vm, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult<bool> {
    let Some((meta, da)) = user_meta_method(c, "__delattr__") else {
        return Ok(false);
    };
    let f = vm.bind_descriptor(&da, &Value::Class(c.clone()), &meta)?;
    vm.call(&f, &[Value::Str(name.clone())])?;
    Ok(true)
}

/// A data descriptor (a property, say) defined on the metaclass wins over
/// the class's own namespace.
pub fn meta_data_descriptor(
    vm: &mut Vm,
    c: &Rc<Class>,
    name: &Rc<PyStr>,
) -> PyResult<Option<Value>> {
    let Some(meta) = c.metaclass.borrow().clone() else {
        return Ok(None);
    };
    let Some(d) = meta.lookup(name) else {
        return Ok(None);
    };
    if !vm.is_data_descriptor(&d) {
        return Ok(None);
    }
    let obj = Value::Class(c.clone());
    if let Value::Native(n) = &d {
        if let Native::Property {
            fget: Value::None, ..
        } = &**n
        {
            return Err(vm.property_error(&d, &obj, name, "getter"));
        }
    }
    if let Value::Instance(_) = &d {
        if vm.class_of(&d).lookup_str("__get__").is_none() {
            return Ok(None);
        }
    }
    vm.bind_descriptor(&d, &obj, &meta).map(Some)
}

/// The metaclass's `__getattr__`, consulted when a class lacks `name`.
pub fn meta_getattr_hook(
    vm: &mut Vm,
    c: &Rc<Class>,
    meta: &Rc<Class>,
    name: &Rc<PyStr>,
) -> PyResult<Option<Value>> {
    if Rc::ptr_eq(meta, &vm.types.type_) {
        return Ok(None);
    }
    match meta.lookup_str("__getattr__") {
        Some(Value::Builtin(_)) | None => Ok(None),
        Some(ga) => {
            let f = vm.bind_descriptor(&ga, &Value::Class(c.clone()), meta)?;
            vm.call(&f, &[Value::Str(name.clone())]).map(Some)
        }
    }
}

/// `C.__name__ = ...` and `C.__qualname__ = ...`, which live in the class
/// object rather than its namespace. Returns whether `name` was handled.
pub fn type_special_setattr(
    vm: &mut Vm,
    c: &Rc<Class>,
    name: &Rc<PyStr>,
    value: &Value,
) -> PyResult<bool> {
    let which = name.as_str();
    if c.builtin || (which != "__name__" && which != "__qualname__") {
        return Ok(false);
    }
    let Value::Str(s) = value else {
        return Err(vm.type_error(format!(
            "can only assign string to {}.{which}, not '{}'",
            c.name().as_str(),
            vm.type_name(value)
        )));
    };
    if which == "__name__" {
        if s.as_str().contains('\0') {
            return Err(vm.value_error("type name must not contain null characters"));
        }
        *c.name.borrow_mut() = s.clone();
    } else {
        *c.qualname.borrow_mut() = s.clone();
    }
    Ok(true)
}

/// Number of `__slots__` entries an instance of `c` carries.
fn slot_count(c: &Rc<Class>) -> usize {
    c.mro_iter()
        .flat_map(|k| k.dict.values())
        .filter(|v| matches!(v, Value::Native(n) if matches!(&**n, Native::Slot { .. })))
        .count()
}

/// `obj.__class__ = C` and `obj.__dict__ = d` on instances of user classes.
pub fn set_instance_layout(
    vm: &mut Vm,
    inst: &Rc<Instance>,
    name: &Rc<PyStr>,
    value: Value,
) -> PyResult<()> {
    let old = inst.class();
    if name.as_str() == "__dict__" {
        let new = match &value {
            Value::Dict(d) => d.clone(),
            Value::Instance(i) if matches!(&*i.base_value(), Some(Value::Dict(_))) => {
                match &*i.base_value() {
                    Some(Value::Dict(d)) => d.clone(),
                    _ => return Ok(()),
                }
            }
            other => {
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    vm.type_name(other)
                )));
            }
        };
        if !inst.set_dict(new) {
            return Err(vm.attribute_error(format!(
                "'{}' object attribute '__dict__' is read-only",
                old.name().as_str()
            )));
        }
        return Ok(());
    }
    let Value::Class(new) = &value else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(&value)
        )));
    };
    let layout_of = |c: &Rc<Class>| {
        c.mro_iter()
            .find(|k| k.layout != Layout::Object)
            .map(|k| k.layout)
            .unwrap_or(Layout::Object)
    };
    if new.builtin || layout_of(new) == Layout::Builtin || old.builtin {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if layout_of(new) != layout_of(&old)
        || new.no_dict != old.no_dict
        || slot_count(new) != slot_count(&old)
    {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name().as_str(),
            old.name().as_str()
        )));
    }
    inst.set_class(new.clone());
    Ok(())
}

/// The attribute name passed to `getattr`/`setattr`/`delattr`/`hasattr`:
/// a `str`, or the string value of a `str` subclass instance.
pub fn attr_name(vm: &Vm, name: &Value) -> PyResult<Rc<PyStr>> {
    match name {
        Value::Str(s) => Ok(s.clone()),
        Value::Instance(i) if matches!(&*i.base_value(), Some(Value::Str(_))) => {
            match &*i.base_value() {
                Some(Value::Str(s)) => Ok(Rc::new(PyStr::new(s.as_str()))),
                _ => Err(vm.type_error("attribute name must be string")),
            }
        }
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        ))),
    }
}

/// A special method `name` defined in Python on the metaclass of class `v`,
/// bound to the class; `None` for plain classes and builtin methods.
pub fn meta_special(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Value::Class(c) = v else {
        return Ok(None);
    };
    let Some((meta, f)) = user_meta_method(c, name) else {
        return Ok(None);
    };
    vm.bind_descriptor(&f, v, &meta).map(Some)
}
