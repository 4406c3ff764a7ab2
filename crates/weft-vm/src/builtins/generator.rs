//! Generators and coroutines: a suspended [`Frame`] plus its state.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use weft_compiler::bytecode::flags;

use crate::types::function::Function;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::run::Exit;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub struct Generator {
    /// The suspended frame; `None` once finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub flags: u32,
}

impl Generator {
    pub fn kind_name(&self) -> &'static str {
        if self.flags & flags::COROUTINE != 0 {
            "coroutine"
        } else if self.flags & flags::ASYNC_GENERATOR != 0 {
            "async_generator"
        } else {
            "generator"
        }
    }
}

pub fn new_generator(_vm: &mut Vm, func: &Rc<Function>, frame: Box<Frame>) -> Value {
    Value::generator(Generator {
        frame: RefCell::new(Some(frame)),
        started: Cell::new(false),
        running: Cell::new(false),
        name: func.name.borrow().clone(),
        qualname: func.qualname.borrow().clone(),
        flags: func.code.co.flags,
    })
}

/// Resume `g`, sending `value` (or throwing `exc`). Returns Yield or Return.
pub fn resume(vm: &mut Vm, g: &Rc<Generator>, value: Value, exc: Option<PyErr>) -> PyResult<Exit> {
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", g.kind_name())));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        if let Some(e) = exc {
            return Err(e);
        }
        if g.flags & flags::COROUTINE != 0 {
            return Err(vm.error("RuntimeError", "cannot reuse already awaited coroutine"));
        }
        return Ok(Exit::Return(Value::None));
    };
    if !g.started.get() {
        if exc.is_none() && !value.is_none() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(vm.type_error(format!(
                "can't send non-None value to a just-started {}",
                g.kind_name()
            )));
        }
        g.started.set(true);
    } else if exc.is_none() {
        frame.push(value);
    }
    g.running.set(true);
    let result = match exc {
        None => vm.run_loop(&mut frame),
        Some(e) => vm.throw_into(&mut frame, e),
    };
    g.running.set(false);
    match result {
        Ok(Exit::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(Exit::Yield(v))
        }
        Ok(Exit::Return(v)) => Ok(Exit::Return(v)),
        Err(e) => {
            if vm.err_is(&e, "StopIteration") {
                let msg = format!("{} raised StopIteration", g.kind_name());
                let new = vm.error("RuntimeError", msg);
                vm.set_cause(&new, e);
                return Err(new);
            }
            Err(e)
        }
    }
}

pub fn gen_next(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<Option<Value>> {
    match resume(vm, g, Value::None, None)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(_) => Ok(None),
    }
}

pub fn gen_attr(_vm: &mut Vm, g: &Rc<Generator>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::Str(g.name.clone()),
        "__qualname__" => Value::Str(g.qualname.clone()),
        "gi_running" | "cr_running" => Value::Bool(g.running.get()),
        "gi_frame" | "cr_frame" => {
            let f = g.frame.borrow();
            match &*f {
                Some(fr) => Value::Native(Rc::new(crate::types::misc::Native::Frame {
                    code: fr.code.clone(),
                    line: fr.line(),
                    globals: fr.globals.clone(),
                })),
                None => Value::None,
            }
        }
        _ => return None,
    })
}

impl Vm {
    pub(crate) fn set_cause(&self, err: &PyErr, cause: PyErr) {
        if let Some(d) = self.exc_data(&err.0) {
            let mut d = d.borrow_mut();
            d.cause = Some(cause.0);
            d.suppress_context = true;
        }
    }

    /// Raise `err` inside a suspended frame at its current instruction.
    pub(crate) fn throw_into(&mut self, frame: &mut Box<Frame>, err: PyErr) -> PyResult<Exit> {
        // Inject the error as if the next instruction raised it.
        self.pending_throw = Some(err);
        self.run_loop(frame)
    }

    /// One step of `yield from`/`await` delegation to `sub`.
    pub(crate) fn delegate_send(&mut self, sub: &Value, sent: Value) -> PyResult<Exit> {
        match sub {
            Value::Generator(g) => resume(self, g, sent, None),
            _ => {
                let r = if sent.is_none() {
                    self.next(sub)?.map(Exit::Yield)
                } else {
                    let send = self.get_attr_str(sub, "send")?;
                    match self.call(&send, &[sent]) {
                        Ok(v) => Some(Exit::Yield(v)),
                        Err(e) if self.err_is(&e, "StopIteration") => {
                            let v = self.get_attr_str(&e.0, "value")?;
                            return Ok(Exit::Return(v));
                        }
                        Err(e) => return Err(e),
                    }
                };
                Ok(r.unwrap_or(Exit::Return(Value::None)))
            }
        }
    }

    pub(crate) fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = v {
            if g.flags & flags::COROUTINE != 0 {
                return Ok(v.clone());
            }
        }
        match self.call_method_opt(v, "__await__", &[])? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(v)
            ))),
        }
    }
}

fn gen_send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Value::Generator(g) = &args.args[0] else {
        return Err(vm.type_error("send() needs a generator"));
    };
    let v = args.args.get(1).cloned().unwrap_or(Value::None);
    match resume(vm, g, v, None)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration(vm, v)),
    }
}

pub fn stop_iteration(vm: &Vm, v: Value) -> PyErr {
    let cls = vm.exc_class("StopIteration");
    let args = if v.is_none() { vec![] } else { vec![v] };
    PyErr(vm.new_exception(&cls, args))
}

fn gen_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Value::Generator(g) = &args.args[0] else {
        return Err(vm.type_error("throw() needs a generator"));
    };
    let e = args.args.get(1).cloned().unwrap_or(Value::None);
    let err = vm.make_raise(e, None);
    if !g.started.get() {
        *g.frame.borrow_mut() = None;
        return Err(err);
    }
    match resume(vm, g, Value::None, Some(err))? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration(vm, v)),
    }
}

fn gen_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Value::Generator(g) = &args.args[0] else {
        return Err(vm.type_error("close() needs a generator"));
    };
    if !g.started.get() || g.frame.borrow().is_none() {
        *g.frame.borrow_mut() = None;
        return Ok(Value::None);
    }
    let exit = PyErr(vm.new_exception(&vm.exc_class("GeneratorExit"), vec![]));
    match resume(vm, g, Value::None, Some(exit)) {
        Ok(Exit::Yield(_)) => Err(vm.error("RuntimeError", "generator ignored GeneratorExit")),
        Ok(Exit::Return(_)) => Ok(Value::None),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

fn gen_next_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Value::Generator(g) = &args.args[0] else {
        return Err(vm.type_error("__next__ needs a generator"));
    };
    match gen_next(vm, g)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(vm, Value::None)),
    }
}

pub fn install(vm: &mut Vm) {
    let g = vm.types.generator.clone();
    crate::builtins::add_method(&g, "generator", "send", gen_send);
    crate::builtins::add_method(&g, "generator", "throw", gen_throw);
    crate::builtins::add_method(&g, "generator", "close", gen_close);
    crate::builtins::add_method(&g, "generator", "__iter__", gen_iter);
    crate::builtins::add_method(&g, "generator", "__next__", gen_next_method);
}
