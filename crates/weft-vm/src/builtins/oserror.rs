//! `OSError`'s extra attributes (`errno`, `strerror`, `filename`,
//! `filename2`) and its `__str__` (`[Errno 2] No such file or directory: 'x'`),
//! derived from the exception's arguments as CPython's `OSError.__init__`
//! does; plus [`os_error`] to raise one for an `std::io::Error`.

use std::rc::Rc;

use crate::builtins::add_method;
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The exception's `args` tuple items.
fn exc_args(vm: &Vm, v: &Value) -> Vec<Value> {
    match vm.exc_data(v).map(|d| d.borrow().args.clone()) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

/// A value stored on the instance (a filename kept out of `args`).
fn stored(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(inst) => inst.dict.as_ref().and_then(|d| d.get_str(name)),
        _ => None,
    }
}

/// `args[i]` when `OSError` was given between 2 and 5 arguments.
fn oserror_arg(vm: &Vm, v: &Value, i: usize) -> Value {
    let a = exc_args(vm, v);
    if (2..=5).contains(&a.len()) {
        a.get(i).cloned().unwrap_or(Value::None)
    } else {
        Value::None
    }
}

fn errno_of(vm: &Vm, v: &Value) -> Value {
    stored(v, "errno").unwrap_or_else(|| oserror_arg(vm, v, 0))
}

fn strerror_of(vm: &Vm, v: &Value) -> Value {
    stored(v, "strerror").unwrap_or_else(|| oserror_arg(vm, v, 1))
}

fn get_errno(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(errno_of(vm, &this))
}

fn get_strerror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(strerror_of(vm, &this))
}

fn filename_of(vm: &Vm, v: &Value) -> Value {
    if let Some(f) = stored(v, "filename") {
        return f;
    }
    let a = exc_args(vm, v);
    if (3..=5).contains(&a.len()) {
        a[2].clone()
    } else {
        Value::None
    }
}

fn get_filename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(filename_of(vm, &this))
}

fn get_filename2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    if let Some(f) = stored(&this, "filename2") {
        return Ok(f);
    }
    let a = exc_args(vm, &this);
    Ok(if a.len() == 5 {
        a[4].clone()
    } else {
        Value::None
    })
}

fn oserror_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let errno = errno_of(vm, &this);
    let strerror = strerror_of(vm, &this);
    let filename = filename_of(vm, &this);
    let a = exc_args(vm, &this);
    if !filename.is_none() {
        let (e, s, f) = (
            vm.str_string(&errno)?,
            vm.str_string(&strerror)?,
            vm.repr_string(&filename)?,
        );
        let f2 = get_filename2(vm, &Args::new(std::slice::from_ref(&this)))?;
        if !f2.is_none() {
            let f2 = vm.repr_string(&f2)?;
            return Ok(Value::string(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(Value::string(format!("[Errno {e}] {s}: {f}")));
    }
    if (2..=5).contains(&a.len()) && !errno.is_none() && !strerror.is_none() {
        let (e, s) = (vm.str_string(&errno)?, vm.str_string(&strerror)?);
        return Ok(Value::string(format!("[Errno {e}] {s}")));
    }
    // BaseException's str().
    Ok(match a.as_slice() {
        [] => Value::str(""),
        [one] => vm.str(one)?,
        _ => vm.repr(&Value::tuple(a))?,
    })
}

/// An `OSError` subclass instance for a failed operation on `path`:
/// `args == (errno, strerror)` and `filename == path`.
pub fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> PyErr {
    let (cls, errno) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", 2),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", 13),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", 17),
        _ => match e.raw_os_error() {
            Some(21) => ("IsADirectoryError", 21),
            Some(20) => ("NotADirectoryError", 20),
            Some(n) => ("OSError", n as i64),
            None => ("OSError", 0),
        },
    };
    let msg = match errno {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        17 => "File exists".to_string(),
        20 => "Not a directory".to_string(),
        21 => "Is a directory".to_string(),
        _ => {
            // Rust appends " (os error N)" to the C library's message.
            let s = e.to_string();
            match s.rfind(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    };
    let exc = vm.new_exception(
        &vm.exc_class(cls),
        vec![Value::Int(errno), Value::string(msg)],
    );
    if let Value::Instance(inst) = &exc {
        if let Some(d) = &inst.dict {
            d.set_str("filename", Value::str(path));
        }
    }
    PyErr(exc)
}

/// `OSError.__init__`: with 3 to 5 arguments the filename(s) move out of
/// `args`, which keeps `(errno, strerror)`.
fn oserror_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Ok(Value::None);
    };
    let a = args.pos().get(1..).unwrap_or(&[]);
    let mut kept = a.to_vec();
    if (3..=5).contains(&a.len()) {
        if let Value::Instance(inst) = this {
            if let Some(d) = &inst.dict {
                if !a[2].is_none() {
                    d.set_str("filename", a[2].clone());
                }
                if a.len() == 5 && !a[4].is_none() {
                    d.set_str("filename2", a[4].clone());
                }
            }
        }
        kept.truncate(2);
    }
    if let Some(d) = vm.exc_data(this) {
        d.borrow_mut().args = Value::tuple(kept);
    }
    Ok(Value::None)
}

/// Setters store the attribute on the instance, where the getters look first.
fn setter(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if let (Some(Value::Instance(inst)), Some(v)) = (args.args.first(), args.args.get(1)) {
        if let Some(d) = &inst.dict {
            d.set_str(name, v.clone());
            return Ok(Value::None);
        }
    }
    Err(vm.attribute_error(format!("cannot set '{name}'")))
}

fn set_errno(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    setter(vm, args, "errno")
}

fn set_strerror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    setter(vm, args, "strerror")
}

fn set_filename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    setter(vm, args, "filename")
}

fn set_filename2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    setter(vm, args, "filename2")
}

pub fn install(vm: &mut Vm) {
    let cls = vm.exc_class("OSError");
    add_method(&cls, "OSError", "__str__", oserror_str);
    add_method(&cls, "OSError", "__init__", oserror_init);
    for (name, get, set) in [
        (
            "errno",
            get_errno as crate::vm::NativeFn,
            set_errno as crate::vm::NativeFn,
        ),
        ("strerror", get_strerror, set_strerror),
        ("filename", get_filename, set_filename),
        ("filename2", get_filename2, set_filename2),
    ] {
        cls.dict.set_str(
            name,
            Value::Native(Rc::new(Native::Property {
                fget: crate::builtins::builtin(name, get),
                fset: crate::builtins::builtin(name, set),
                fdel: Value::None,
                doc: Value::None,
            })),
        );
    }
}
