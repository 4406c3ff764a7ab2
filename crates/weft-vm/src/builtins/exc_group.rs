//! `BaseExceptionGroup` / `ExceptionGroup`: construction checks, `split`,
//! `subgroup`, `derive` and `__str__`, following CPython's
//! `Objects/exceptions.c`.

use std::rc::Rc;

use crate::builtins::add_method;
use crate::types::class::Class;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Validate `BaseExceptionGroup(message, exceptions)` and pick the class
/// to instantiate: `BaseExceptionGroup(...)` of only `Exception`s becomes an
/// `ExceptionGroup`, as in CPython.
pub fn check_new(vm: &mut Vm, cls: &Rc<Class>, args: &Args) -> PyResult<Rc<Class>> {
    let pos = &args.pos()[1..];
    let name = cls.name().as_str().to_string();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    if !matches!(pos[0], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(&pos[0])
        )));
    }
    let items = match &pos[1] {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        Value::Range(_) => vm.collect(&pos[1])?,
        Value::Instance(_) if vm.class_of(&pos[1]).lookup_str("__getitem__").is_some() => {
            vm.collect(&pos[1])?
        }
        _ => {
            return Err(vm.type_error("second argument (exceptions) must be a sequence"));
        }
    };
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_class("Exception");
    let mut all_exceptions = true;
    for (i, item) in items.iter().enumerate() {
        if vm.exc_data(item).is_none() {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.class_of(item).is_subclass(&exception) {
            all_exceptions = false;
        }
    }
    let base_group = vm.exc_class("BaseExceptionGroup");
    if Rc::ptr_eq(cls, &base_group) {
        if all_exceptions {
            return Ok(vm.exc_class("ExceptionGroup"));
        }
    } else if cls.is_subclass(&exception) && !all_exceptions {
        let msg = if Rc::ptr_eq(cls, &vm.exc_class("ExceptionGroup")) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{name}'")
        };
        return Err(vm.type_error(msg));
    }
    Ok(cls.clone())
}

/// `eg.exceptions` as a Vec.
fn exceptions_of(vm: &mut Vm, eg: &Value) -> PyResult<Vec<Value>> {
    let excs = vm.get_attr_str(eg, "exceptions")?;
    vm.collect(&excs)
}

/// How a `split`/`subgroup` condition matches a leaf exception.
enum Matcher {
    Types(Value),
    Predicate(Value),
    /// Leaves whose identity is in the list (except* re-raise projection).
    Ids(Vec<usize>),
}

impl Matcher {
    fn new(vm: &mut Vm, cond: &Value) -> PyResult<Matcher> {
        let is_exc_type = |vm: &Vm, v: &Value| matches!(v, Value::Class(c) if c.is_subclass(&vm.types.base_exception));
        match cond {
            Value::Class(_) if is_exc_type(vm, cond) => Ok(Matcher::Types(cond.clone())),
            Value::Tuple(t) if t.items.iter().all(|v| is_exc_type(vm, v)) => {
                Ok(Matcher::Types(cond.clone()))
            }
            _ if vm.is_callable(cond) && !matches!(cond, Value::Class(_)) => {
                Ok(Matcher::Predicate(cond.clone()))
            }
            _ => Err(vm.type_error(
                "expected an exception type, a tuple of exception types, or a callable (other than a class)",
            )),
        }
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => vm.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, &[exc.clone()])?;
                vm.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(exc.ptr().is_some_and(|p| ids.contains(&p))),
        }
    }
}

/// Copy traceback, cause, context and notes onto a derived group.
fn copy_metadata(vm: &mut Vm, from: &Value, to: &Value) -> PyResult<()> {
    if let (Some(src), Some(dst)) = (vm.exc_data(from), vm.exc_data(to)) {
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        dst.traceback = src.traceback.clone();
        dst.cause = src.cause.clone();
        dst.context = src.context.clone();
        dst.suppress_context = src.suppress_context;
    }
    let notes = vm.get_attr_opt(from, "__notes__")?;
    if let Some(notes) = notes {
        let notes = match &notes {
            Value::List(l) => Value::list(l.borrow().clone()),
            other => other.clone(),
        };
        let name = vm.intern("__notes__");
        vm.set_attr(to, &name, notes)?;
    }
    Ok(())
}

/// Split `eg` by `m`: (matching part, rest); either may be None.
fn split_rec(vm: &mut Vm, eg: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Value, Value)> {
    if m.matches(vm, eg)? {
        return Ok((eg.clone(), Value::None));
    }
    let group = vm.exc_class("BaseExceptionGroup");
    if !vm.class_of(eg).is_subclass(&group) {
        return Ok((Value::None, eg.clone()));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in exceptions_of(vm, eg)? {
        let (a, b) = split_rec(vm, &e, m, want_rest)?;
        if !a.is_none() {
            matched.push(a);
        }
        if want_rest && !b.is_none() {
            rest.push(b);
        }
    }
    let make = |vm: &mut Vm, parts: Vec<Value>| -> PyResult<Value> {
        if parts.is_empty() {
            return Ok(Value::None);
        }
        let derive = vm.get_attr_str(eg, "derive")?;
        let g = vm.call(&derive, &[Value::list(parts)])?;
        if vm.exc_data(&g).is_none() {
            return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        copy_metadata(vm, eg, &g)?;
        Ok(g)
    };
    let a = make(vm, matched)?;
    let b = make(vm, rest)?;
    Ok((a, b))
}

/// The part of `eg` made of the leaves in `ids` (None if none).
pub fn split_by_ids(vm: &mut Vm, eg: &Value, ids: Vec<usize>) -> PyResult<Value> {
    let (m, _) = split_rec(vm, eg, &Matcher::Ids(ids), false)?;
    Ok(m)
}

fn eg_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.split() takes exactly one argument ({} given)",
            args.args.len() - 1
        )));
    }
    let m = Matcher::new(vm, &args.args[1])?;
    let (a, b) = split_rec(vm, &args.args[0], &m, true)?;
    Ok(Value::tuple(vec![a, b]))
}

fn eg_subgroup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.subgroup() takes exactly one argument ({} given)",
            args.args.len() - 1
        )));
    }
    let m = Matcher::new(vm, &args.args[1])?;
    let (a, _) = split_rec(vm, &args.args[0], &m, false)?;
    Ok(a)
}

fn eg_derive(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.derive() takes exactly one argument ({} given)",
            args.args.len() - 1
        )));
    }
    let message = vm.get_attr_str(&args.args[0], "message")?;
    let cls = Value::Class(vm.exc_class("BaseExceptionGroup"));
    vm.call(&cls, &[message, args.args[1].clone()])
}

fn eg_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let message = vm.get_attr_str(&args.args[0], "message")?;
    let n = exceptions_of(vm, &args.args[0])?.len();
    let message = vm.str(&message)?;
    let Value::Str(m) = &message else {
        return Ok(message);
    };
    let s = if n == 1 { "" } else { "s" };
    Ok(Value::string(format!(
        "{} ({n} sub-exception{s})",
        m.as_str()
    )))
}

pub fn install(vm: &mut Vm) {
    let g = vm.exc_class("BaseExceptionGroup");
    add_method(&g, "BaseExceptionGroup", "split", eg_split);
    add_method(&g, "BaseExceptionGroup", "subgroup", eg_subgroup);
    add_method(&g, "BaseExceptionGroup", "derive", eg_derive);
    add_method(&g, "BaseExceptionGroup", "__str__", eg_str);
}
