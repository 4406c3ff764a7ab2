//! Coroutines and the `await`/`async for`/`async with` protocol: the
//! coroutine type's methods, `coroutine_wrapper` (`coro.__await__()`),
//! `anext_awaitable`, the builtins `aiter()`/`anext()`, the helpers behind
//! the opcodes `GetAwaitable`, `GetYieldFromIter`, `GetAIter`, `GetANext`,
//! `EndAsyncFor` and `BeforeAsyncWith`, and the "coroutine ... was never
//! awaited" warning printed when an unstarted coroutine is dropped.

use std::cell::RefCell;
use std::collections::HashSet;
use std::io::Write;
use std::rc::Rc;

use weft_compiler::bytecode::flags;

use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::run::Exit;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::async_gen::new_asend;
use super::generator::{GenKind, Generator, is_iterable, yield_from_target};

/// `_PyErr_FormatFromCause`: `new` is raised from `cause`.
fn chain_from(vm: &Vm, new: PyErr, cause: PyErr) -> PyErr {
    if let Some(d) = vm.exc_data(&new.0) {
        d.borrow_mut().context = Some(cause.0.clone());
    }
    vm.set_cause(&new, cause);
    new
}

/// Can `next()` be called on it?
fn is_iterator(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Iter(_) => true,
        Value::Generator(g) => is_iterable(g),
        Value::Native(n) => matches!(&**n, Native::File(_)),
        _ => vm.class_of(v).lookup_str("__next__").is_some(),
    }
}

impl Vm {
    /// CPython's `_PyCoro_GetAwaitableIter`: the iterator that `await v`
    /// delegates to (a coroutine is its own).
    pub(crate) fn awaitable_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = v {
            match &g.kind {
                GenKind::Frame if g.is_coroutine() => return Ok(v.clone()),
                GenKind::ASend(_) | GenKind::AThrow(_) | GenKind::ANext { .. } => {
                    return Ok(v.clone());
                }
                _ => {}
            }
        }
        let cls = self.class_of(v);
        let Some(m) = cls.lookup_str("__await__") else {
            return Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(v)
            )));
        };
        let f = self.bind_descriptor(&m, v, &cls)?;
        let it = self.call(&f, &[])?;
        if matches!(&it, Value::Generator(g) if g.is_coroutine()) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !is_iterator(self, &it) {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `GetAwaitable`: `kind` 1 and 2 are the awaits of `__aenter__()` and
    /// `__aexit__()` results, which get their own message.
    pub(crate) fn get_awaitable(&mut self, v: &Value, kind: u32) -> PyResult<Value> {
        let r = self.awaitable_iter(v);
        // Objects with no `__await__` at all get the `async with` messages.
        if r.is_err()
            && (kind == 1 || kind == 2)
            && self.class_of(v).lookup_str("__await__").is_none()
        {
            let which = if kind == 1 { "__aenter__" } else { "__aexit__" };
            return Err(self.type_error(format!(
                "'async with' received an object from {which} that does not implement __await__: {}",
                self.type_name(v)
            )));
        }
        let it = r?;
        if let Value::Generator(g) = &it {
            if g.is_coroutine() && yield_from_target(g).is_some() {
                return Err(self.error("RuntimeError", "coroutine is being awaited already"));
            }
        }
        Ok(it)
    }

    /// `GetYieldFromIter` in a frame with code flags `code_flags`.
    pub(crate) fn get_yield_from_iter(&mut self, v: Value, code_flags: u32) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.is_coroutine() => {
                if code_flags & flags::COROUTINE == 0 {
                    return Err(self.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    ));
                }
                Ok(v)
            }
            Value::Generator(g) if g.is_plain_generator() => Ok(v),
            _ => self.iter(&v),
        }
    }

    /// `GetAIter`: `aiter` for `async for`.
    pub(crate) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = v {
            if g.is_async_gen() {
                return Ok(v.clone());
            }
        }
        let cls = self.class_of(v);
        let Some(m) = cls.lookup_str("__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            )));
        };
        let f = self.bind_descriptor(&m, v, &cls)?;
        let it = self.call(&f, &[])?;
        if self.class_of(&it).lookup_str("__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `GetANext`: the awaitable for the next item of the async iterator `it`.
    pub(crate) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = it {
            if g.is_async_gen() {
                return Ok(new_asend(g, Value::None));
            }
        }
        let cls = self.class_of(it);
        let Some(m) = cls.lookup_str("__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(it)
            )));
        };
        let f = self.bind_descriptor(&m, it, &cls)?;
        let next = self.call(&f, &[])?;
        match self.awaitable_iter(&next) {
            Ok(a) => Ok(a),
            Err(e) => {
                let new = self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(&next)
                ));
                Err(chain_from(self, new, e))
            }
        }
    }

    /// `EndAsyncFor` with `[aiter, exc]` on the stack in an except handler:
    /// `StopAsyncIteration` ends the loop; anything else is returned to be
    /// re-raised.
    pub(crate) fn end_async_for(&mut self, frame: &mut Frame) -> Option<PyErr> {
        let exc = frame.pop();
        let stop = self.exc_class("StopAsyncIteration");
        if !self.class_of(&exc).is_subclass(&stop) {
            return Some(PyErr(exc));
        }
        if let Some(b) = frame.blocks.pop() {
            self.handled = b.prev_exc;
        }
        frame.stack.pop();
        None
    }

    /// `BeforeAsyncWith`: the bound `__aexit__` and the result of calling
    /// `__aenter__` (still to be awaited).
    pub(crate) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(mgr);
        let Some(enter) = cls.lookup_str("__aenter__") else {
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name(mgr)
            )));
        };
        let Some(exit) = cls.lookup_str("__aexit__") else {
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                self.type_name(mgr)
            )));
        };
        let enter = self.bind_descriptor(&enter, mgr, &cls)?;
        let exit = self.bind_descriptor(&exit, mgr, &cls)?;
        let res = self.call(&enter, &[])?;
        Ok((exit, res))
    }
}

/// What an `anext_awaitable` drives: the awaitable `__anext__()` returned.
pub fn anext_target(vm: &mut Vm, wrapped: &Value) -> PyResult<Value> {
    vm.awaitable_iter(wrapped)
}

/// One step of an `anext_awaitable`: `send(v)`, or `__next__` when `v` is
/// `None`. `StopAsyncIteration` becomes `StopIteration(default)`.
pub fn anext_send(
    vm: &mut Vm,
    wrapped: &Value,
    default: &Value,
    v: Option<Value>,
) -> PyResult<Exit> {
    let it = anext_target(vm, wrapped)?;
    match vm.delegate_send(&it, v.unwrap_or(Value::None)) {
        Err(e) if vm.err_is(&e, "StopAsyncIteration") => Ok(Exit::Return(default.clone())),
        other => other,
    }
}

fn self_gen<'a>(vm: &Vm, args: &'a Args, owner: &str, method: &str) -> PyResult<&'a Rc<Generator>> {
    match args.args.first() {
        Some(Value::Generator(g)) => Ok(g),
        _ => Err(vm.type_error(format!("descriptor '{method}' requires a '{owner}' object"))),
    }
}

/// `coro.__await__()`.
fn coro_await(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args, "coroutine", "__await__")?;
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "coroutine.__await__() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(Generator::wrapper(GenKind::CoroWrapper(g.clone())))
}

/// `aiter(async_iterable)`.
fn builtin_aiter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.args.len() != 1 || !args.kwnames.is_empty() {
        if !args.kwnames.is_empty() {
            return Err(vm.type_error("aiter() takes no keyword arguments"));
        }
        return Err(vm.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    let v = &args.args[0];
    let cls = vm.class_of(v);
    let Some(m) = cls.lookup_str("__aiter__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(v)
        )));
    };
    let f = vm.bind_descriptor(&m, v, &cls)?;
    let it = vm.call(&f, &[])?;
    if vm.class_of(&it).lookup_str("__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`.
fn builtin_anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("anext() takes no keyword arguments"));
    }
    let n = args.args.len();
    if n == 0 {
        return Err(vm.type_error("anext expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.type_error(format!("anext expected at most 2 arguments, got {n}")));
    }
    let it = &args.args[0];
    let awaitable = match it {
        Value::Generator(g) if g.is_async_gen() => new_asend(g, Value::None),
        _ => {
            let cls = vm.class_of(it);
            let Some(m) = cls.lookup_str("__anext__") else {
                return Err(vm.type_error(format!(
                    "'{}' object is not an async iterator",
                    vm.type_name(it)
                )));
            };
            let f = vm.bind_descriptor(&m, it, &cls)?;
            vm.call(&f, &[])?
        }
    };
    let Some(default) = args.args.get(1) else {
        return Ok(awaitable);
    };
    Ok(Generator::wrapper(GenKind::ANext {
        wrapped: awaitable,
        default: default.clone(),
    }))
}

thread_local! {
    /// (file, line, message) of warnings already shown: like CPython's
    /// default filter, each is printed once per location.
    static SHOWN: RefCell<HashSet<(String, u32, String)>> = RefCell::new(HashSet::new());
}

/// Print a warning as CPython's default `warnings` filter shows it: once
/// per (file, line, message), with the source line when the file can be read.
fn show_warning(file: &str, line: u32, category: &str, msg: &str, tracemalloc: bool) {
    let first = SHOWN
        .try_with(|s| {
            s.try_borrow_mut()
                .map(|mut s| s.insert((file.to_string(), line, msg.to_string())))
                .unwrap_or(true)
        })
        .unwrap_or(true);
    if !first {
        return;
    }
    let mut out = format!("{file}:{line}: {category}: {msg}\n");
    if let Ok(src) = std::fs::read_to_string(file) {
        if let Some(text) = src.lines().nth((line as usize).saturating_sub(1)) {
            let text = text.trim();
            if !text.is_empty() {
                out.push_str(&format!("  {text}\n"));
            }
        }
    }
    if tracemalloc {
        out.push_str(&format!(
            "{category}: Enable tracemalloc to get the object allocation traceback\n"
        ));
    }
    let _ = std::io::stderr().write_all(out.as_bytes());
}

/// A `DeprecationWarning` about the call being made from Python code, shown
/// (as by CPython's default filters) only when that code is in `__main__`.
pub fn deprecation_warning(vm: &Vm, msg: &str) {
    let Some(f) = vm.caller_frame() else {
        return;
    };
    let main =
        matches!(f.globals.get_str("__name__"), Some(Value::Str(s)) if s.as_str() == "__main__");
    if main {
        show_warning(
            &f.code.co.filename,
            f.line(),
            "DeprecationWarning",
            msg,
            false,
        );
    }
}

/// Print CPython's `RuntimeWarning: coroutine '...' was never awaited`.
/// The location is where the coroutine was created (CPython reports where
/// it was destroyed, which is usually the same statement).
fn warn_never_awaited(g: &Generator) {
    let msg = format!(
        "coroutine '{}' was never awaited",
        g.qualname.borrow().as_str()
    );
    match &g.origin {
        Some((code, line)) => show_warning(&code.co.filename, *line, "RuntimeWarning", &msg, true),
        None => show_warning("sys", 1, "RuntimeWarning", &msg, false),
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        if self.flags & flags::COROUTINE != 0
            && matches!(self.kind, GenKind::Frame)
            && !self.started.get()
            && self
                .frame
                .try_borrow()
                .map(|f| f.is_some())
                .unwrap_or(false)
        {
            warn_never_awaited(self);
        }
        super::gen_finalize::on_drop(self);
    }
}

pub fn install(vm: &mut Vm) {
    use super::generator::{gen_close, gen_iter, gen_next_method, gen_send, gen_throw};
    let add = crate::builtins::add_method;
    let co = vm.types.coroutine.clone();
    add(&co, "coroutine", "send", gen_send);
    add(&co, "coroutine", "throw", gen_throw);
    add(&co, "coroutine", "close", gen_close);
    add(&co, "coroutine", "__await__", coro_await);
    let w = vm.types.coroutine_wrapper.clone();
    add(&w, "coroutine_wrapper", "send", gen_send);
    add(&w, "coroutine_wrapper", "throw", gen_throw);
    add(&w, "coroutine_wrapper", "close", gen_close);
    add(&w, "coroutine_wrapper", "__iter__", gen_iter);
    add(&w, "coroutine_wrapper", "__next__", gen_next_method);
    let a = vm.types.anext_awaitable.clone();
    add(&a, "anext_awaitable", "send", gen_send);
    add(&a, "anext_awaitable", "throw", gen_throw);
    add(&a, "anext_awaitable", "close", gen_close);
    add(&a, "anext_awaitable", "__iter__", gen_iter);
    add(&a, "anext_awaitable", "__next__", gen_next_method);
    add(&a, "anext_awaitable", "__await__", gen_iter);
    vm.builtins
        .set_str("aiter", crate::builtins::builtin("aiter", builtin_aiter));
    vm.builtins
        .set_str("anext", crate::builtins::builtin("anext", builtin_anext));
}
