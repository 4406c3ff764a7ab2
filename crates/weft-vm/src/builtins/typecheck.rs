//! `isinstance` and `issubclass` with CPython's protocol: exact-type fast
//! path, tuples, and a metaclass's `__instancecheck__`/`__subclasscheck__`.

use std::rc::Rc;

use crate::types::class::Class;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The metaclass hook `name` of class `cls`, when defined in Python
/// (`type`'s own checks are the plain subclass test).
fn hook(vm: &mut Vm, cls: &Value, name: &str) -> PyResult<Option<Value>> {
    crate::builtins::classattrs::meta_special(vm, cls, name)
}

/// Is `c`'s metaclass `type` itself, so `isinstance`/`issubclass` against
/// it need no `__instancecheck__`/`__subclasscheck__` lookup?
#[inline]
fn plain_type(c: &Rc<Class>) -> bool {
    c.metaclass.borrow().is_none()
}

/// The class of `v` for the builtin kinds `isinstance` sees most, as
/// [`Vm::class_of`] answers it but borrowed (no reference count touched);
/// `None` for other kinds.
#[inline(always)]
fn builtin_class_of<'a>(vm: &'a Vm, v: &Value) -> Option<&'a Rc<Class>> {
    let t = &vm.types;
    Some(match v {
        Value::None => &t.none,
        Value::True | Value::False => &t.bool_,
        Value::Int(_) | Value::BigInt(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Str(_) => &t.str_,
        Value::Bytes(_) => &t.bytes,
        Value::Tuple(_) => &t.tuple,
        Value::List(_) => &t.list,
        Value::Dict(_) => &t.dict,
        Value::Set(_) => &t.set,
        _ => return None,
    })
}

/// `isinstance(obj, cls)`.
///
/// Inlined into its callers for the common case, a builtin value against
/// plain classes: the same tests as [`isinstance_general`] makes, without
/// taking a reference to the value's class.
#[inline(always)]
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match isinstance_fast(vm, obj, cls) {
        Some(r) => Ok(r),
        None => isinstance_general(vm, obj, cls),
    }
}

/// [`isinstance`]'s inlined fast path alone: the answer for a builtin
/// value against plain classes, `None` for the rest. Also what the
/// dispatch loop's call handler runs for `isinstance(x, T)` before calling
/// the builtin.
#[inline(always)]
pub fn isinstance_fast(vm: &Vm, obj: &Value, cls: &Value) -> Option<bool> {
    let t = builtin_class_of(vm, obj)?;
    if let Value::Class(c) = cls {
        if Rc::ptr_eq(t, c) {
            return Some(true);
        }
    }
    plain_subclass_check(t, cls)
}

/// Is `t` a subclass of `cls`, when `cls` is a class whose metaclass is
/// `type` (CPython's `PyType_CheckExact(cls)`: `type.__instancecheck__` is
/// the plain subclass test, so no hook is looked up) or a tuple of such
/// classes (tested item by item in order)? `None` for anything else.
#[inline(always)]
fn plain_subclass_check(t: &Rc<Class>, cls: &Value) -> Option<bool> {
    match cls {
        Value::Class(c) if plain_type(c) => Some(t.is_subclass(c)),
        Value::Tuple(items)
            if items
                .items
                .iter()
                .all(|it| matches!(it, Value::Class(c) if plain_type(c))) =>
        {
            Some(items.items.iter().any(|it| match it {
                Value::Class(c) => t.is_subclass(c),
                _ => false,
            }))
        }
        _ => None,
    }
}

/// [`isinstance`] past its inlined fast path.
#[inline(never)]
fn isinstance_general(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    let t = vm.class_of(obj);
    if let Value::Class(c) = cls {
        if Rc::ptr_eq(&t, c) {
            return Ok(true);
        }
    }
    if let Some(r) = plain_subclass_check(&t, cls) {
        return Ok(r);
    }
    match cls {
        Value::Tuple(items) => {
            vm.enter_frame()?;
            let r = (|| {
                for it in items.items.iter() {
                    if isinstance(vm, obj, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            })();
            vm.depth -= 1;
            r
        }
        Value::Class(c) => {
            if let Some(f) = hook(vm, cls, "__instancecheck__")? {
                vm.enter_frame()?;
                let r = vm.call(&f, std::slice::from_ref(obj));
                vm.depth -= 1;
                let r = r?;
                return vm.truthy(&r);
            }
            Ok(t.is_subclass(c))
        }
        _ => {
            match hook_any(vm, cls, "__instancecheck__")? {
                Some(f) => {
                    let r = vm.call(&f, std::slice::from_ref(obj))?;
                    vm.truthy(&r)
                }
                None => Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            }
        }
    }
}

/// `__instancecheck__`/`__subclasscheck__` on the type of a non-class
/// second argument (an instance of a class defining it).
fn hook_any(vm: &mut Vm, cls: &Value, name: &str) -> PyResult<Option<Value>> {
    if !matches!(cls, Value::Instance(_)) {
        return Ok(None);
    }
    let t = vm.class_of(cls);
    match t.lookup_str(name) {
        Some(m) => vm.bind_descriptor(&m, cls, &t).map(Some),
        None => Ok(None),
    }
}

/// `issubclass(derived, cls)`.
pub fn issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Tuple(items) => {
            vm.enter_frame()?;
            let r = (|| {
                for it in items.items.iter() {
                    if issubclass(vm, derived, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            })();
            vm.depth -= 1;
            r
        }
        Value::Class(c) => {
            if let Some(f) = hook(vm, cls, "__subclasscheck__")? {
                vm.enter_frame()?;
                let r = vm.call(&f, std::slice::from_ref(derived));
                vm.depth -= 1;
                let r = r?;
                return vm.truthy(&r);
            }
            plain_issubclass(vm, derived, c)
        }
        _ => match hook_any(vm, cls, "__subclasscheck__")? {
            Some(f) => {
                let r = vm.call(&f, std::slice::from_ref(derived))?;
                vm.truthy(&r)
            }
            None => {
                if !matches!(derived, Value::Class(_)) {
                    return Err(vm.type_error("issubclass() arg 1 must be a class"));
                }
                Err(vm.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ))
            }
        },
    }
}

fn plain_issubclass(vm: &mut Vm, derived: &Value, c: &Rc<Class>) -> PyResult<bool> {
    match derived {
        Value::Class(d) => Ok(d.is_subclass(c)),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}
