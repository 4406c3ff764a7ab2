//! Async generators (`async def` with `yield`) and the awaitables that drive
//! them, as in CPython's `Objects/genobject.c`: `__anext__()`/`asend(v)`
//! return an `async_generator_asend`, `athrow(...)`/`aclose()` an
//! `async_generator_athrow`. Awaiting one resumes the generator's frame:
//! a `yield` in the generator body finishes the awaitable with
//! `StopIteration(value)`, while a value yielded by an `await` inside the
//! body passes through to whoever drives the awaitable (the event loop).
//! Which of the two happened is told by where the frame is suspended: at
//! its own `YieldValue`, or inside a `YieldFrom` (see
//! [`yield_from_target`]).

use std::cell::Cell;
use std::rc::Rc;

use crate::value::Value;
use crate::vm::run::Exit;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::generator::{
    GenKind, Generator, Resume, run_gen, throw_args, throw_frame_gen, yield_from_target,
};

/// CPython's `AWAITABLE_STATE_*`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// The state of an `asend`/`athrow` awaitable.
pub struct AsyncOp {
    pub agen: Rc<Generator>,
    /// `asend`: the value to send first. `athrow`: the `throw` arguments,
    /// as a tuple; `None` for `aclose()`.
    pub arg: Value,
    pub aclose: bool,
    pub state: Cell<AwaitState>,
}

impl AsyncOp {
    fn new(agen: &Rc<Generator>, arg: Value, aclose: bool) -> AsyncOp {
        AsyncOp {
            agen: agen.clone(),
            arg,
            aclose,
            state: Cell::new(AwaitState::Init),
        }
    }
}

/// A new `async_generator_asend` for `agen`.
pub fn new_asend(agen: &Rc<Generator>, value: Value) -> Value {
    Generator::wrapper(GenKind::ASend(AsyncOp::new(agen, value, false)))
}

fn stop_async(vm: &Vm) -> PyErr {
    PyErr(vm.new_exception(&vm.exc_class("StopAsyncIteration"), vec![]))
}

/// An async generator's frame finishing is `StopAsyncIteration`.
fn agen_result(r: PyResult<Exit>, vm: &Vm) -> PyResult<Exit> {
    match r {
        Ok(Exit::Return(_)) => Err(stop_async(vm)),
        other => other,
    }
}

/// Did the async generator just suspend at its own `yield` (rather than
/// inside an `await`)?
fn yielded_itself(agen: &Generator) -> bool {
    agen.frame.borrow().is_some() && yield_from_target(agen).is_none()
}

/// CPython's `async_gen_unwrap_value`: an own `yield` finishes the
/// awaitable (`Exit::Return`, i.e. `StopIteration(value)`).
fn unwrap(vm: &Vm, agen: &Generator, r: PyResult<Exit>) -> PyResult<Exit> {
    match r {
        Err(e) => {
            if vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit") {
                agen.closed.set(true);
            }
            agen.running_async.set(false);
            Err(e)
        }
        Ok(Exit::Yield(v)) if yielded_itself(agen) => {
            agen.running_async.set(false);
            Ok(Exit::Return(v))
        }
        other => other,
    }
}

fn finish(op: &AsyncOp, r: PyResult<Exit>) -> PyResult<Exit> {
    if !matches!(r, Ok(Exit::Yield(_))) {
        op.state.set(AwaitState::Closed);
    }
    r
}

pub fn asend_send(vm: &mut Vm, op: &AsyncOp, v: Value) -> PyResult<Exit> {
    let mut v = v;
    match op.state.get() {
        AwaitState::Closed => {
            return Err(vm.error(
                "RuntimeError",
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        AwaitState::Init => {
            if op.agen.running_async.get() {
                return Err(vm.error(
                    "RuntimeError",
                    "anext(): asynchronous generator is already running",
                ));
            }
            if v.is_none() {
                v = op.arg.clone();
            }
            op.state.set(AwaitState::Iter);
        }
        AwaitState::Iter => {}
    }
    op.agen.running_async.set(true);
    let r = agen_result(run_gen(vm, &op.agen, Resume::Send(v)), vm);
    let r = unwrap(vm, &op.agen, r);
    finish(op, r)
}

pub fn asend_throw(vm: &mut Vm, op: &AsyncOp, err: PyErr) -> PyResult<Exit> {
    if op.state.get() == AwaitState::Closed {
        return Err(vm.error(
            "RuntimeError",
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let r = agen_result(throw_frame_gen(vm, &op.agen, true, err), vm);
    let r = unwrap(vm, &op.agen, r);
    finish(op, r)
}

fn ignored_exit(vm: &Vm, op: &AsyncOp) -> PyErr {
    op.agen.running_async.set(false);
    op.state.set(AwaitState::Closed);
    vm.error("RuntimeError", "async generator ignored GeneratorExit")
}

/// The end of an `athrow`/`aclose` awaitable with an error: `aclose()`
/// finishes quietly when the generator exits.
fn athrow_error(vm: &Vm, op: &AsyncOp, e: PyErr) -> PyResult<Exit> {
    op.agen.running_async.set(false);
    op.state.set(AwaitState::Closed);
    if op.aclose && (vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit")) {
        return Ok(Exit::Return(Value::None));
    }
    Err(e)
}

pub fn athrow_send(vm: &mut Vm, op: &AsyncOp, v: Value) -> PyResult<Exit> {
    let agen = &op.agen;
    if op.state.get() == AwaitState::Closed {
        return Err(vm.error(
            "RuntimeError",
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if agen.is_finished() {
        op.state.set(AwaitState::Closed);
        return Ok(Exit::Return(Value::None));
    }
    if op.state.get() == AwaitState::Init {
        if agen.running_async.get() {
            op.state.set(AwaitState::Closed);
            let which = if op.aclose { "aclose" } else { "athrow" };
            return Err(vm.error(
                "RuntimeError",
                format!("{which}(): asynchronous generator is already running"),
            ));
        }
        if agen.closed.get() {
            op.state.set(AwaitState::Closed);
            return Err(stop_async(vm));
        }
        if !v.is_none() {
            return Err(vm.error(
                "RuntimeError",
                "can't send non-None value to a just-started coroutine",
            ));
        }
        op.state.set(AwaitState::Iter);
        agen.running_async.set(true);
        let r = if op.aclose {
            agen.closed.set(true);
            let exit = PyErr(vm.new_exception(&vm.exc_class("GeneratorExit"), vec![]));
            let r = agen_result(throw_frame_gen(vm, agen, false, exit), vm);
            if matches!(r, Ok(Exit::Yield(_))) && yielded_itself(agen) {
                return Err(ignored_exit(vm, op));
            }
            r
        } else {
            let args = match &op.arg {
                Value::Tuple(t) => t.items.to_vec(),
                _ => vec![],
            };
            if args.is_empty() || args.len() > 3 {
                // CPython leaves the generator marked running here.
                return Err(throw_args(vm, "athrow", &args)
                    .err()
                    .unwrap_or_else(|| vm.type_error("athrow: bad arguments")));
            }
            let r = match throw_args(vm, "athrow", &args) {
                Ok(err) => agen_result(throw_frame_gen(vm, agen, false, err), vm),
                Err(e) => Err(e),
            };
            unwrap(vm, agen, r)
        };
        return match r {
            Err(e) => athrow_error(vm, op, e),
            Ok(Exit::Return(v)) => {
                op.state.set(AwaitState::Closed);
                Ok(Exit::Return(v))
            }
            ok => ok,
        };
    }
    let r = agen_result(run_gen(vm, agen, Resume::Send(v)), vm);
    if !op.aclose {
        let r = unwrap(vm, agen, r);
        return finish(op, r);
    }
    match r {
        Ok(Exit::Yield(_)) if yielded_itself(agen) => Err(ignored_exit(vm, op)),
        Err(e) => athrow_error(vm, op, e),
        ok => ok,
    }
}

pub fn athrow_throw(vm: &mut Vm, op: &AsyncOp, err: PyErr) -> PyResult<Exit> {
    let agen = &op.agen;
    if op.state.get() == AwaitState::Closed {
        return Err(vm.error(
            "RuntimeError",
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    let r = agen_result(throw_frame_gen(vm, agen, true, err), vm);
    if !op.aclose {
        let r = unwrap(vm, agen, r);
        return finish(op, r);
    }
    match r {
        Ok(Exit::Yield(_)) if yielded_itself(agen) => Err(ignored_exit(vm, op)),
        Err(e) if vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit") => {
            Ok(Exit::Return(Value::None))
        }
        other => other,
    }
}

fn self_agen<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Rc<Generator>> {
    match args.args.first() {
        Some(Value::Generator(g)) if g.is_async_gen() => Ok(g),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' requires an 'async_generator' object"
        ))),
    }
}

fn no_args(vm: &Vm, args: &Args, method: &str) -> PyResult<()> {
    if args.args.len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "async_generator.{method}() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(())
}

fn agen_aiter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    self_agen(vm, args, "__aiter__")?;
    no_args(vm, args, "__aiter__")?;
    Ok(args.args[0].clone())
}

fn agen_anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_agen(vm, args, "__anext__")?;
    no_args(vm, args, "__anext__")?;
    Ok(new_asend(g, Value::None))
}

fn agen_asend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_agen(vm, args, "asend")?;
    if args.args.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(new_asend(g, args.args[1].clone()))
}

fn agen_athrow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_agen(vm, args, "athrow")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("async_generator.athrow() takes no keyword arguments"));
    }
    if args.args.len() > 2 {
        super::coroutine::deprecation_warning(
            vm,
            "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
        );
    }
    let rest = Value::tuple(args.args[1..].to_vec());
    Ok(Generator::wrapper(GenKind::AThrow(AsyncOp::new(
        g, rest, false,
    ))))
}

fn agen_aclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_agen(vm, args, "aclose")?;
    no_args(vm, args, "aclose")?;
    Ok(Generator::wrapper(GenKind::AThrow(AsyncOp::new(
        g,
        Value::None,
        true,
    ))))
}

/// `__await__` of the asend/athrow/anext awaitables: they are their own iterators.
fn await_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

pub fn install(vm: &mut Vm) {
    use super::generator::{gen_close, gen_iter, gen_next_method, gen_send, gen_throw};
    let ag = vm.types.async_generator.clone();
    let add = crate::builtins::add_method;
    add(&ag, "async_generator", "__aiter__", agen_aiter);
    add(&ag, "async_generator", "__anext__", agen_anext);
    add(&ag, "async_generator", "asend", agen_asend);
    add(&ag, "async_generator", "athrow", agen_athrow);
    add(&ag, "async_generator", "aclose", agen_aclose);
    for (cls, owner) in [
        (
            vm.types.async_generator_asend.clone(),
            "async_generator_asend",
        ),
        (
            vm.types.async_generator_athrow.clone(),
            "async_generator_athrow",
        ),
    ] {
        add(&cls, owner, "send", gen_send);
        add(&cls, owner, "throw", gen_throw);
        add(&cls, owner, "close", gen_close);
        add(&cls, owner, "__iter__", gen_iter);
        add(&cls, owner, "__next__", gen_next_method);
        add(&cls, owner, "__await__", await_self);
    }
}
