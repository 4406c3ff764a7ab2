//! Attributes that live on builtin objects rather than in a `__dict__`:
//! `__name__` of functions, `args` of exceptions, `real` of ints, ...

use std::rc::Rc;

use crate::types::class::{Class, Instance};
use crate::types::function::Function;
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The attributes `BaseException` serves from the exception state with
/// data descriptors in CPython: unless a class shadows the name, they win
/// over the instance's namespace.
pub fn exc_state_attr(name: &str) -> bool {
    matches!(
        name,
        "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
    )
}

/// The attributes [`set_instance_special`] stores in the exception state
/// of an exception instance (never in its namespace).
pub fn exc_state_store(name: &str) -> bool {
    exc_state_attr(name) || name == "__notes__"
}

pub fn instance_special(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Value::Instance(inst) = obj else {
        return Ok(None);
    };
    if name == "__class__" {
        return Ok(Some(Value::Class(inst.class())));
    }
    if name == "__dict__" {
        if let Some(d) = inst.dict() {
            return Ok(Some(Value::Dict(d)));
        }
    }
    if let Some(exc) = inst.exc() {
        let d = exc.borrow();
        return Ok(match name {
            "args" => Some(d.args.clone()),
            "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
            "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
            "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
            "__traceback__" => {
                drop(d);
                Some(vm.traceback_of(obj))
            }
            "__notes__" => d.notes.clone(),
            "value" if vm.class_of(obj).is_subclass(&vm.exc_class("StopIteration")) => {
                Some(match &d.args {
                    Value::Tuple(t) if !t.is_empty() => t.items[0].clone(),
                    _ => Value::None,
                })
            }
            "code" if vm.class_of(obj).is_subclass(&vm.exc_class("SystemExit")) => {
                Some(match &d.args {
                    Value::Tuple(t) if t.len() == 1 => t.items[0].clone(),
                    Value::Tuple(t) if t.is_empty() => Value::None,
                    other => other.clone(),
                })
            }
            "message" | "exceptions"
                if vm
                    .class_of(obj)
                    .is_subclass(&vm.exc_class("BaseExceptionGroup")) =>
            {
                match &d.args {
                    Value::Tuple(t) if t.len() == 2 => Some(if name == "message" {
                        t.items[0].clone()
                    } else {
                        Value::tuple(match &t.items[1] {
                            Value::List(l) => l.borrow().clone(),
                            Value::Tuple(t) => t.items.to_vec(),
                            _ => Vec::new(),
                        })
                    }),
                    _ => None,
                }
            }
            "name" | "path" if vm.class_of(obj).is_subclass(&vm.exc_class("ImportError")) => {
                Some(Value::None)
            }
            _ => None,
        });
    }
    if let Some(b) = inst.base_value().clone() {
        return builtin_attr(vm, &b, name);
    }
    Ok(None)
}

pub fn set_instance_special(
    vm: &mut Vm,
    inst: &Rc<Instance>,
    name: &str,
    value: &Value,
) -> PyResult<Option<()>> {
    if let Some(exc) = inst.exc() {
        let mut d = exc.borrow_mut();
        match name {
            "args" => d.args = Value::tuple(vm.collect(value)?),
            "__cause__" => {
                d.cause = if value.is_none() {
                    None
                } else {
                    Some(value.clone())
                };
                d.suppress_context = true;
            }
            "__context__" => {
                d.context = if value.is_none() {
                    None
                } else {
                    Some(value.clone())
                }
            }
            "__suppress_context__" => d.suppress_context = matches!(value, Value::True),
            "__traceback__" => {
                d.traceback = match value {
                    Value::None => None,
                    Value::Native(n) => match &**n {
                        Native::Traceback(tb) => Some(tb.clone()),
                        _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
                    },
                    _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
                };
            }
            "__notes__" => d.notes = Some(value.clone()),
            _ => return Ok(None),
        }
        return Ok(Some(()));
    }
    Ok(None)
}

pub fn function_attr(vm: &mut Vm, f: &Rc<Function>, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "__name__" => Value::Str(f.name.borrow().clone()),
        "__qualname__" => Value::Str(f.qualname.borrow().clone()),
        "__doc__" => f.doc.borrow().clone(),
        "__module__" => f.module.borrow().clone(),
        "__defaults__" => match &*f.defaults.borrow() {
            Some(t) => Value::Tuple(t.clone()),
            None => Value::None,
        },
        "__kwdefaults__" => match &*f.kwdefaults.borrow() {
            Some(d) => Value::Dict(d.clone()),
            None => Value::None,
        },
        "__code__" => Value::Code(f.code.clone()),
        "__globals__" => Value::Dict(f.globals.clone()),
        "__closure__" => {
            if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }
        }
        "__annotations__" => {
            let mut a = f.annotations.borrow_mut();
            let d = a.get_or_insert_with(|| Rc::new(crate::types::dict::PyDict::new()));
            Value::Dict(d.clone())
        }
        "__dict__" => Value::Dict(f.dict.clone()),
        "__class__" => Value::Class(vm.types.function.clone()),
        _ => return Ok(None),
    }))
}

pub fn set_function_attr(
    vm: &mut Vm,
    f: &Rc<Function>,
    name: &Rc<PyStr>,
    value: Value,
) -> PyResult<()> {
    match name.as_str() {
        "__name__" => match value {
            Value::Str(s) => *f.name.borrow_mut() = s,
            _ => return Err(vm.type_error("__name__ must be set to a string object")),
        },
        "__qualname__" => match value {
            Value::Str(s) => *f.qualname.borrow_mut() = s,
            _ => return Err(vm.type_error("__qualname__ must be set to a string object")),
        },
        "__doc__" => *f.doc.borrow_mut() = value,
        "__module__" => *f.module.borrow_mut() = value,
        "__closure__" | "__globals__" | "__builtins__" => {
            return Err(vm.attribute_error("readonly attribute"));
        }
        "__code__" => {
            return Err(match value {
                Value::Code(_) => vm.error(
                    "NotImplementedError",
                    "weft does not support assigning to __code__ yet",
                ),
                _ => vm.type_error("__code__ must be set to a code object"),
            });
        }
        "__defaults__" => {
            *f.defaults.borrow_mut() = match value {
                Value::Tuple(t) => Some(t),
                _ => None,
            }
        }
        "__kwdefaults__" => {
            *f.kwdefaults.borrow_mut() = match value {
                Value::Dict(d) => Some(d),
                _ => None,
            }
        }
        "__annotations__" => {
            *f.annotations.borrow_mut() = match value {
                Value::Dict(d) => Some(d),
                _ => None,
            }
        }
        _ => f.dict.insert(vm, Value::Str(name.clone()), value)?,
    }
    Ok(())
}

/// Data attributes of builtin values (`(1+2j).real`, `code.co_name`, ...).
pub fn builtin_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match (obj, name) {
        (_, "__class__") => Some(Value::Class(vm.class_of(obj))),
        (Value::Int(_) | Value::BigInt(_) | Value::True | Value::False, "real" | "numerator") => {
            Some(match obj {
                b @ (Value::True | Value::False) => Value::Int(matches!(b, Value::True) as i64),
                _ => obj.clone(),
            })
        }
        (Value::Int(_) | Value::BigInt(_) | Value::True | Value::False, "imag") => {
            Some(Value::Int(0))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::True | Value::False, "denominator") => {
            Some(Value::Int(1))
        }
        (Value::Float(f), "real") => Some(Value::Float(*f)),
        (Value::Float(_), "imag") => Some(Value::float(0.0)),
        (Value::Complex(c), "real") => Some(Value::float(c.0)),
        (Value::Complex(c), "imag") => Some(Value::float(c.1)),
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (Value::Method(m), "__self__") => Some(m.receiver.clone()),
        (Value::Method(m), "__func__") => Some(m.func.clone()),
        (Value::Method(m), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
            let f = m.func.clone();
            return vm.get_attr_opt(&f, name);
        }
        (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(b.name)),
        (Value::Builtin(b), "__self__") => Some(b.bound.clone().unwrap_or(Value::None)),
        (Value::Builtin(_), "__doc__") => Some(Value::None),
        (Value::Module(m), "__name__") => Some(Value::str(&m.name)),
        (Value::Cell(c), "cell_contents") => match c.get() {
            Some(v) => Some(v),
            None => return Err(vm.value_error("Cell is empty")),
        },
        (Value::Code(c), _) => code_attr(c, name),
        (Value::Generator(g), _) => crate::builtins::generator::gen_attr(vm, g, name),
        (Value::Native(n), _) => match (&**n, name) {
            (Native::Property { fget, .. }, "fget") => Some(fget.clone()),
            (Native::Property { fset, .. }, "fset") => Some(fset.clone()),
            (Native::Property { fdel, .. }, "fdel") => Some(fdel.clone()),
            (Native::Property { doc, fget, .. }, "__doc__") => {
                if doc.is_none() && !fget.is_none() {
                    let f = fget.clone();
                    vm.get_attr_opt(&f, "__doc__")?
                } else {
                    Some(doc.clone())
                }
            }
            (Native::ClassMethod(f) | Native::StaticMethod(f), "__func__" | "__wrapped__") => {
                Some(f.clone())
            }
            (_, "__isabstractmethod__") => {
                crate::builtins::descr_methods::native_isabstract(vm, n)?
            }
            (Native::Traceback(tb), "tb_lineno") => Some(Value::Int(tb.line as i64)),
            (Native::Traceback(tb), "tb_next") => Some(match &tb.next {
                Some(next) => Value::Native(Rc::new(Native::Traceback(next.clone()))),
                None => Value::None,
            }),
            (Native::Traceback(tb), "tb_frame") => Some(Value::Native(Rc::new(Native::Frame {
                code: tb.code.clone(),
                line: tb.line,
                globals: tb.globals.clone(),
            }))),
            (Native::Frame { code, .. }, "f_code") => Some(Value::Code(code.clone())),
            (Native::Frame { line, .. }, "f_lineno") => Some(Value::Int(*line as i64)),
            (Native::Frame { globals, .. }, "f_globals") => Some(Value::Dict(globals.clone())),
            (Native::PyFrame(f), _) => crate::builtins::introspect::frame_attr(vm, f, name)?,
            _ => crate::builtins::io::file_attr(vm, n, name)?,
        },
        _ => None,
    })
}

fn code_attr(c: &Rc<crate::vm::code::Code>, name: &str) -> Option<Value> {
    let co = &c.co;
    let strs = |v: &[Rc<str>]| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
    Some(match name {
        "co_name" => Value::str(&co.name),
        "co_qualname" => Value::str(&co.qualname),
        "co_filename" => Value::str(&co.filename),
        "co_firstlineno" => Value::Int(co.firstlineno as i64),
        "co_argcount" => Value::Int(co.argcount as i64),
        "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
        "co_flags" => Value::Int(co.flags as i64),
        "co_varnames" => strs(&plain_varnames(co)),
        "co_cellvars" => strs(&co.cellvars),
        "co_freevars" => strs(&co.freevars),
        "co_names" => strs(&co.names),
        "co_nlocals" => Value::Int(plain_varnames(co).len() as i64),
        _ => return None,
    })
}

/// CPython's `co_varnames`: the local variables, leaving out those that
/// live only in cells (weft also gives them a local slot); captured
/// arguments stay.
fn plain_varnames(co: &weft_compiler::bytecode::CodeObject) -> Vec<Rc<str>> {
    co.varnames
        .iter()
        .enumerate()
        .filter(|(i, name)| {
            !co.cellvars.iter().any(|c| c == *name)
                || co.cell2arg.iter().any(|(_, vi)| *vi as usize == *i)
        })
        .map(|(_, n)| n.clone())
        .collect()
}

/// Attributes every class has without storing them (`__name__`, `__mro__`...).
pub fn class_attr(vm: &mut Vm, c: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "__name__" => Value::Str(c.name()),
        "__qualname__" => Value::Str(c.qualname.borrow().clone()),
        "__mro__" => Value::tuple(c.mro_iter().map(|k| Value::Class(k.clone())).collect()),
        "__bases__" => Value::tuple(c.bases.iter().map(|k| Value::Class(k.clone())).collect()),
        "__base__" => c
            .bases
            .first()
            .map(|b| Value::Class(b.clone()))
            .unwrap_or(Value::None),
        "__dict__" => {
            let d = Rc::new(c.dict.copy());
            match crate::builtins::dict_methods::mapping_proxy(vm, d.clone()) {
                Some(p) => p,
                None => Value::Dict(d),
            }
        }
        "__class__" => Value::Class(vm.class_of(&Value::Class(c.clone()))),
        "__doc__" => Value::None,
        "__abstractmethods__" => {
            let names = c
                .abstract_methods
                .borrow()
                .iter()
                .map(|s| Value::Str(s.clone()))
                .collect();
            Value::FrozenSet(Rc::new(vm.set_from_iter(names)?))
        }
        _ => return Ok(None),
    }))
}
