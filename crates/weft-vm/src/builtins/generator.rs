//! Generators, coroutines and async generators: a suspended [`Frame`] plus
//! its state, and the machinery they share for resuming, throwing into and
//! closing a frame (CPython's `gen_send_ex`, `_gen_throw`, `gen_close`),
//! including delegation to the iterator or awaitable a frame is suspended on
//! (`yield from` / `await`).
//!
//! The awaitables that drive async generators (`async_generator_asend`,
//! `async_generator_athrow`), `coroutine_wrapper` and `anext_awaitable` are
//! `Generator` values of another [`GenKind`]; their protocol lives in
//! `async_gen.rs` and `coroutine.rs`. [`send_any`], [`throw_any`] and
//! [`close_any`] dispatch on the kind.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use weft_compiler::bytecode::{Op, flags};

use crate::types::class::Class;
use crate::types::exception::Traceback;
use crate::types::function::Function;
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::code::Code;
use crate::vm::frame::{BlockKind, Frame};
use crate::vm::run::Exit;
use crate::vm::{Args, PyErr, PyResult, Types, Vm};

use super::async_gen::{AsyncOp, AwaitState};

/// What a [`Generator`] value is.
pub enum GenKind {
    /// A generator, coroutine or async generator running its own frame
    /// (which one is given by the code flags).
    Frame,
    /// `agen.__anext__()` / `agen.asend(value)`.
    ASend(AsyncOp),
    /// `agen.athrow(...)`, or `agen.aclose()` when `AsyncOp::args` is `None`.
    AThrow(AsyncOp),
    /// `coro.__await__()`: an iterator driving the coroutine.
    CoroWrapper(Rc<Generator>),
    /// `anext(aiter, default)`: awaits `wrapped`, turning
    /// `StopAsyncIteration` into the default value.
    ANext { wrapped: Value, default: Value },
}

pub struct Generator {
    /// The suspended frame; `None` once finished, and while it runs.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    /// `__name__`/`__qualname__` (assignable).
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// The frame while it runs (it is moved out of `frame` then), for
    /// `gi_frame`; null otherwise.
    pub running_frame: Cell<*const Frame>,
    pub flags: u32,
    pub kind: GenKind,
    /// `gi_code`/`cr_code`/`ag_code`, kept after the frame is gone.
    pub code: Option<Rc<Code>>,
    /// The exception the frame was handling when it suspended inside an
    /// `except` block; it is the handled exception again when resumed.
    pub exc_state: RefCell<Option<Value>>,
    /// Async generators: an `asend`/`athrow` awaitable is in progress
    /// (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: exhausted or closed, so `athrow()`/`aclose()` have
    /// nothing to do.
    pub closed: Cell<bool>,
    /// Already queued for closing when freed (done once, as in PEP 442).
    pub finalized: Cell<bool>,
    /// Coroutines: where the call that created it was made, for the
    /// "was never awaited" warning.
    pub origin: Option<(Rc<Code>, u32)>,
}

impl Generator {
    fn frame_kind(&self) -> bool {
        matches!(self.kind, GenKind::Frame)
    }

    pub fn is_coroutine(&self) -> bool {
        self.frame_kind() && self.flags & flags::COROUTINE != 0
    }

    pub fn is_async_gen(&self) -> bool {
        self.frame_kind() && self.flags & flags::ASYNC_GENERATOR != 0
    }

    pub fn is_plain_generator(&self) -> bool {
        self.frame_kind() && self.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) == 0
    }

    /// The type name (`type(g).__name__`).
    pub fn kind_name(&self) -> &'static str {
        match &self.kind {
            GenKind::Frame if self.flags & flags::COROUTINE != 0 => "coroutine",
            GenKind::Frame if self.flags & flags::ASYNC_GENERATOR != 0 => "async_generator",
            kind => kind_type_name(kind),
        }
    }

    /// How CPython's messages name it ("async generator already executing").
    pub fn label(&self) -> &'static str {
        if self.flags & flags::COROUTINE != 0 {
            "coroutine"
        } else if self.flags & flags::ASYNC_GENERATOR != 0 {
            "async generator"
        } else {
            "generator"
        }
    }

    /// Finished: no frame left and not running.
    pub fn is_finished(&self) -> bool {
        !self.running.get() && self.frame.borrow().is_none()
    }

    /// A non-frame object (awaitable or wrapper) of `kind`. It is not
    /// registered with the cycle collector, which only looks into frames:
    /// what it references simply counts as referenced from outside.
    pub fn wrapper(kind: GenKind) -> Value {
        // Not visible from Python; borrowed from the wrapped generator.
        let name = match &kind {
            GenKind::ASend(op) | GenKind::AThrow(op) => op.agen.name.borrow().clone(),
            GenKind::CoroWrapper(c) => c.name.borrow().clone(),
            _ => crate::types::str::intern(kind_type_name(&kind)),
        };
        Value::Generator(Rc::new(Generator {
            frame: RefCell::new(None),
            started: Cell::new(false),
            running: Cell::new(false),
            qualname: RefCell::new(name.clone()),
            name: RefCell::new(name),
            running_frame: Cell::new(std::ptr::null()),
            flags: 0,
            kind,
            code: None,
            exc_state: RefCell::new(None),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            finalized: Cell::new(false),
            origin: None,
        }))
    }
}

fn kind_type_name(kind: &GenKind) -> &'static str {
    match kind {
        GenKind::Frame => "generator",
        GenKind::ASend(_) => "async_generator_asend",
        GenKind::AThrow(_) => "async_generator_athrow",
        GenKind::CoroWrapper(_) => "coroutine_wrapper",
        GenKind::ANext { .. } => "anext_awaitable",
    }
}

pub fn new_generator(vm: &mut Vm, func: &Rc<Function>, frame: Box<Frame>) -> Value {
    let fl = func.code.co.flags;
    let origin = if fl & flags::COROUTINE != 0 {
        vm.caller_frame().map(|f| (f.code.clone(), f.line()))
    } else {
        None
    };
    Value::generator(Generator {
        frame: RefCell::new(Some(frame)),
        started: Cell::new(false),
        running: Cell::new(false),
        name: RefCell::new(func.name.borrow().clone()),
        qualname: RefCell::new(func.qualname.borrow().clone()),
        running_frame: Cell::new(std::ptr::null()),
        flags: fl,
        kind: GenKind::Frame,
        code: Some(func.code.clone()),
        exc_state: RefCell::new(None),
        running_async: Cell::new(false),
        closed: Cell::new(false),
        finalized: Cell::new(false),
        origin,
    })
}

/// The class of a generator-like value.
pub fn class_of(t: &Types, g: &Generator) -> Rc<Class> {
    match &g.kind {
        GenKind::Frame if g.flags & flags::COROUTINE != 0 => t.coroutine.clone(),
        GenKind::Frame if g.flags & flags::ASYNC_GENERATOR != 0 => t.async_generator.clone(),
        GenKind::Frame => t.generator.clone(),
        GenKind::ASend(_) => t.async_generator_asend.clone(),
        GenKind::AThrow(_) => t.async_generator_athrow.clone(),
        GenKind::CoroWrapper(_) => t.coroutine_wrapper.clone(),
        GenKind::ANext { .. } => t.anext_awaitable.clone(),
    }
}

/// `repr(g)`.
pub fn repr(g: &Generator, addr: usize) -> String {
    if g.frame_kind() {
        format!(
            "<{} object {} at {:#x}>",
            g.kind_name(),
            g.qualname.borrow().as_str(),
            addr
        )
    } else {
        format!("<{} object at {:#x}>", g.kind_name(), addr)
    }
}

/// Can `iter()` take it (generators and the awaitable iterators, not
/// coroutines or async generators)?
pub fn is_iterable(g: &Generator) -> bool {
    !g.is_coroutine() && !g.is_async_gen()
}

/// How a suspended frame is resumed.
pub enum Resume {
    /// Continue with a sent value (`None` for `next()`).
    Send(Value),
    /// Raise an exception at the suspension point.
    Throw(PyErr),
    /// The `yield from`/`await` the frame is suspended in finished with
    /// this value: continue after it.
    Delegated(Value),
}

/// The object the frame is delegating to while suspended in `yield from` or
/// `await` (`gi_yieldfrom`, `cr_await`, `ag_await`). A frame suspended there
/// has its instruction pointer on the `YieldFrom` and the delegate on top of
/// its value stack.
pub fn yield_from_target(g: &Generator) -> Option<Value> {
    if !g.started.get() {
        return None;
    }
    let f = g.frame.try_borrow().ok()?;
    let fr = f.as_ref()?;
    match fr.code.co.instructions.get(fr.ip) {
        Some(i) if i.op() == Op::YieldFrom => fr.stack.last().cloned(),
        _ => None,
    }
}

/// Resume the frame of `g` (a generator, coroutine or async generator).
/// `Exit::Return` means it finished (a completed generator reports a
/// `None` return, as `send` then raises `StopIteration`).
#[inline]
pub fn run_gen(vm: &mut Vm, g: &Rc<Generator>, how: Resume) -> PyResult<Exit> {
    match how {
        // The common case (every `next()`, `for` step and `send` after the
        // first): a started frame with no handled exception of its own.
        Resume::Send(v)
            if g.started.get() && !g.running.get() && g.exc_state.borrow().is_none() =>
        {
            let taken = g.frame.borrow_mut().take();
            match taken {
                Some(frame) => resume_send(vm, g, frame, v),
                None => run_gen_slow(vm, g, Resume::Send(v)),
            }
        }
        how => run_gen_slow(vm, g, how),
    }
}

/// [`run_gen`]'s lean path: resume `frame` (taken out of `g`, which is
/// started, not running and has no saved handled exception) with `sent`.
fn resume_send(
    vm: &mut Vm,
    g: &Rc<Generator>,
    mut frame: Box<Frame>,
    sent: Value,
) -> PyResult<Exit> {
    let caller_handled = vm.handled.clone();
    g.running.set(true);
    g.running_frame.set(&*frame as *const Frame);
    let result = match frame.code.co.instructions.get(frame.ip) {
        Some(i) if i.op() == Op::YieldFrom => delegate_suspended(vm, &mut frame, sent),
        _ => {
            push_sent(&mut frame, sent);
            vm.run_loop(&mut frame)
        }
    };
    finish_run(vm, g, frame, caller_handled, result)
}

/// Give a resumed frame the value its `yield` evaluates to. A `yield`
/// statement discards it with the next instruction (`PopTop`): skip both.
#[inline(always)]
pub(crate) fn push_sent(frame: &mut Frame, sent: Value) {
    match frame.code.co.instructions.get(frame.ip) {
        Some(i) if i.op() == Op::PopTop => frame.ip += 1,
        _ => frame.push(sent),
    }
}

/// Resume a frame suspended in `yield from`/`await` with `sent`: one step
/// of its `YieldFrom` instruction, done here without entering the dispatch
/// loop when the delegate yields again (the frame itself has nothing to do
/// then). When the delegate finishes or raises, the frame continues as its
/// `YieldFrom` would.
fn delegate_suspended(vm: &mut Vm, frame: &mut Box<Frame>, sent: Value) -> PyResult<Exit> {
    // The frame counts as running while its delegate does, as in
    // `run_loop`; when that would fail, the dispatch loop reports it.
    if vm.depth >= vm.recursion_limit || vm.check_stack().is_err() {
        frame.push(sent);
        return vm.run_loop(frame);
    }
    let Some(sub) = frame.stack.last().cloned() else {
        frame.push(sent);
        return vm.run_loop(frame);
    };
    vm.depth += 1;
    // Visible to `sys._getframe` from code the delegate runs.
    vm.loops
        .push((&*frame as *const Box<Frame>, std::ptr::null()));
    let r = vm.delegate_send(&sub, sent);
    vm.loops.pop();
    vm.depth -= 1;
    drop(sub);
    match r {
        Ok(Exit::Yield(v)) => Ok(Exit::Yield(v)),
        Ok(Exit::Return(v)) => {
            frame.stack.pop();
            frame.push(v);
            frame.ip += 1;
            vm.run_loop(frame)
        }
        Err(e) => {
            // Raised by the `YieldFrom`: the frame's handlers see it.
            frame.ip += 1;
            if let Some(h) = &vm.handled {
                vm.set_context(&e, h.clone());
            }
            vm.throw_into(frame, e)
        }
    }
}

/// Put the frame back into `g` after it ran (or free it when it finished)
/// and restore the caller's handled exception.
#[inline(always)]
fn finish_run(
    vm: &mut Vm,
    g: &Rc<Generator>,
    frame: Box<Frame>,
    caller_handled: Option<Value>,
    result: PyResult<Exit>,
) -> PyResult<Exit> {
    g.running.set(false);
    g.running_frame.set(std::ptr::null());
    match result {
        Ok(Exit::Yield(v)) => {
            if frame
                .blocks
                .iter()
                .any(|b| b.kind == BlockKind::ExceptHandler)
            {
                *g.exc_state.borrow_mut() = vm.handled.take();
            }
            vm.handled = caller_handled;
            store_frame(g, frame);
            Ok(Exit::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            vm.handled = caller_handled;
            vm.recycle_frame(frame);
            Ok(Exit::Return(v))
        }
        Err(e) => {
            vm.handled = caller_handled;
            let e = convert_stop(vm, g, e);
            vm.recycle_frame(frame);
            Err(e)
        }
    }
}

/// Put the suspended `frame` back into `g` (whose slot is empty while it
/// runs), without an out-of-line drop of the old slot.
#[inline(always)]
pub(crate) fn store_frame(g: &Generator, frame: Box<Frame>) {
    let old = g.frame.borrow_mut().replace(frame);
    if old.is_some() {
        drop(old);
    }
}

fn run_gen_slow(vm: &mut Vm, g: &Rc<Generator>, how: Resume) -> PyResult<Exit> {
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", g.label())));
    }
    let taken = g.frame.borrow_mut().take();
    let Some(mut frame) = taken else {
        if g.flags & flags::COROUTINE != 0 {
            return Err(vm.error("RuntimeError", "cannot reuse already awaited coroutine"));
        }
        return match how {
            Resume::Throw(e) => Err(e),
            _ => Ok(Exit::Return(Value::None)),
        };
    };
    let first = !g.started.get();
    if first {
        match how {
            Resume::Send(v) if !v.is_none() => {
                *g.frame.borrow_mut() = Some(frame);
                return Err(vm.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    g.label()
                )));
            }
            Resume::Throw(e) => {
                // The frame never ran: the exception leaves it at its `def` line.
                g.started.set(true);
                if let Some(d) = vm.exc_data(&e.0) {
                    let mut d = d.borrow_mut();
                    let next = d.traceback.take();
                    d.traceback = Some(Rc::new(Traceback {
                        code: frame.code.clone(),
                        line: frame.code.co.firstlineno,
                        globals: frame.globals.clone(),
                        next,
                    }));
                }
                let e = convert_stop(vm, g, e);
                vm.recycle_frame(frame);
                return Err(e);
            }
            _ => {}
        }
        g.started.set(true);
    }
    // The frame sees its own handled exception, if it suspended in a handler.
    let caller_handled = vm.handled.clone();
    let own = g.exc_state.borrow_mut().take();
    if let Some(e) = own {
        // Leaving the outermost handler must restore what the caller is
        // handling now, not what it was handling when the handler began.
        if let Some(b) = frame
            .blocks
            .iter_mut()
            .find(|b| b.kind == BlockKind::ExceptHandler)
        {
            b.prev_exc = caller_handled.clone();
        }
        vm.handled = Some(e);
    }
    g.running.set(true);
    g.running_frame.set(&*frame as *const Frame);
    let result = match how {
        Resume::Send(v) => {
            if !first {
                frame.push(v);
            }
            vm.run_loop(&mut frame)
        }
        Resume::Throw(e) => vm.throw_into(&mut frame, e),
        Resume::Delegated(v) => {
            frame.stack.pop();
            frame.push(v);
            frame.ip += 1;
            vm.run_loop(&mut frame)
        }
    };
    finish_run(vm, g, frame, caller_handled, result)
}

/// `StopIteration` (and, in async generators, `StopAsyncIteration`) must not
/// leak out of a frame: they become `RuntimeError`s caused by them.
pub(crate) fn convert_stop(vm: &mut Vm, g: &Generator, e: PyErr) -> PyErr {
    let what = if vm.err_is(&e, "StopIteration") {
        "StopIteration"
    } else if g.flags & flags::ASYNC_GENERATOR != 0 && vm.err_is(&e, "StopAsyncIteration") {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let new = vm.error("RuntimeError", format!("{} raised {what}", g.label()));
    if let Some(d) = vm.exc_data(&new.0) {
        d.borrow_mut().context = Some(e.0.clone());
    }
    vm.set_cause(&new, e);
    new
}

/// Throw `err` into `g` (CPython's `_gen_throw`): first into the object it
/// is delegating to, if any. With `close_on_genexit`, a `GeneratorExit`
/// closes the delegate instead (async generators pass `false` so their
/// awaits can run during `aclose()`).
pub fn throw_frame_gen(
    vm: &mut Vm,
    g: &Rc<Generator>,
    close_on_genexit: bool,
    err: PyErr,
) -> PyResult<Exit> {
    let Some(yf) = yield_from_target(g) else {
        return run_gen(vm, g, Resume::Throw(err));
    };
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", g.label())));
    }
    if close_on_genexit && vm.err_is(&err, "GeneratorExit") {
        g.running.set(true);
        let r = close_iter(vm, &yf);
        g.running.set(false);
        let e = match r {
            Err(e) => e,
            Ok(()) => err,
        };
        return run_gen(vm, g, Resume::Throw(e));
    }
    g.running.set(true);
    let r = match &yf {
        Value::Generator(sub) if sub.frame_kind() => {
            throw_frame_gen(vm, sub, close_on_genexit, err)
        }
        Value::Generator(sub) => throw_any(vm, sub, err),
        _ => match vm.get_attr_opt(&yf, "throw") {
            Err(e) => {
                g.running.set(false);
                return Err(e);
            }
            Ok(None) => {
                g.running.set(false);
                return run_gen(vm, g, Resume::Throw(err));
            }
            Ok(Some(m)) => call_stop(vm, &m, &[err.0]),
        },
    };
    g.running.set(false);
    match r {
        Ok(Exit::Yield(v)) => Ok(Exit::Yield(v)),
        Ok(Exit::Return(v)) => run_gen(vm, g, Resume::Delegated(v)),
        Err(e) => run_gen(vm, g, Resume::Throw(e)),
    }
}

/// Call a Python-level `send`/`throw`/`__next__`: a `StopIteration` becomes
/// `Exit::Return` with its value.
pub fn call_stop(vm: &mut Vm, f: &Value, args: &[Value]) -> PyResult<Exit> {
    match vm.call(f, args) {
        Ok(v) => Ok(Exit::Yield(v)),
        Err(e) if vm.err_is(&e, "StopIteration") => {
            let v = vm.get_attr_str(&e.0, "value")?;
            Ok(Exit::Return(v))
        }
        Err(e) => Err(e),
    }
}

/// `close()` of a generator or coroutine (CPython's `gen_close`).
pub fn close_frame_gen(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<()> {
    if !g.started.get() {
        g.started.set(true);
        if let Some(f) = g.frame.borrow_mut().take() {
            vm.recycle_frame(f);
        }
        return Ok(());
    }
    if g.is_finished() {
        return Ok(());
    }
    let mut err = None;
    if let Some(yf) = yield_from_target(g) {
        g.running.set(true);
        if let Err(e) = close_iter(vm, &yf) {
            err = Some(e);
        }
        g.running.set(false);
    }
    let err = match err {
        Some(e) => e,
        None => PyErr(vm.new_exception(&vm.exc_class("GeneratorExit"), vec![])),
    };
    match run_gen(vm, g, Resume::Throw(err)) {
        Ok(Exit::Yield(_)) => Err(vm.error(
            "RuntimeError",
            format!("{} ignored GeneratorExit", g.label()),
        )),
        Ok(Exit::Return(_)) => Ok(()),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => Ok(()),
        Err(e) => Err(e),
    }
}

/// Close the object a frame delegates to (CPython's `gen_close_iter`).
fn close_iter(vm: &mut Vm, yf: &Value) -> PyResult<()> {
    match yf {
        Value::Generator(sub) if sub.is_plain_generator() || sub.is_coroutine() => {
            close_frame_gen(vm, sub)
        }
        Value::Generator(sub) if !sub.frame_kind() => close_any(vm, sub),
        _ => {
            if let Some(m) = vm.get_attr_opt(yf, "close")? {
                vm.call(&m, &[])?;
            }
            Ok(())
        }
    }
}

/// `g.send(v)` for every kind; `Exit::Return(v)` stands for `StopIteration(v)`.
pub fn send_any(vm: &mut Vm, g: &Rc<Generator>, v: Value) -> PyResult<Exit> {
    match &g.kind {
        GenKind::Frame if g.is_async_gen() => Err(vm.error(
            "AttributeError",
            "'async_generator' object has no attribute 'send'",
        )),
        GenKind::Frame => run_gen(vm, g, Resume::Send(v)),
        GenKind::ASend(op) => super::async_gen::asend_send(vm, op, v),
        GenKind::AThrow(op) => super::async_gen::athrow_send(vm, op, v),
        GenKind::CoroWrapper(c) => run_gen(vm, c, Resume::Send(v)),
        GenKind::ANext { wrapped, default } => {
            super::coroutine::anext_send(vm, wrapped, default, Some(v))
        }
    }
}

/// `g.throw(err)` for every kind.
pub fn throw_any(vm: &mut Vm, g: &Rc<Generator>, err: PyErr) -> PyResult<Exit> {
    match &g.kind {
        GenKind::Frame => throw_frame_gen(vm, g, true, err),
        GenKind::ASend(op) => super::async_gen::asend_throw(vm, op, err),
        GenKind::AThrow(op) => super::async_gen::athrow_throw(vm, op, err),
        GenKind::CoroWrapper(c) => throw_frame_gen(vm, c, true, err),
        GenKind::ANext { wrapped, default } => {
            let it = super::coroutine::anext_target(vm, wrapped)?;
            let r = match &it {
                Value::Generator(sub) => throw_any(vm, sub, err),
                _ => {
                    let m = vm.get_attr_str(&it, "throw")?;
                    call_stop(vm, &m, &[err.0])
                }
            };
            match r {
                Err(e) if vm.err_is(&e, "StopAsyncIteration") => Ok(Exit::Return(default.clone())),
                other => other,
            }
        }
    }
}

/// `g.close()` for every kind.
pub fn close_any(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<()> {
    match &g.kind {
        GenKind::Frame => close_frame_gen(vm, g),
        GenKind::ASend(op) | GenKind::AThrow(op) => {
            op.state.set(AwaitState::Closed);
            Ok(())
        }
        GenKind::CoroWrapper(c) => close_frame_gen(vm, c),
        GenKind::ANext { wrapped, .. } => {
            let it = super::coroutine::anext_target(vm, wrapped)?;
            close_iter(vm, &it)
        }
    }
}

/// One `__next__` step of an iterable kind.
fn next_step(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<Exit> {
    match &g.kind {
        GenKind::Frame => run_gen(vm, g, Resume::Send(Value::None)),
        GenKind::ANext { wrapped, default } => {
            super::coroutine::anext_send(vm, wrapped, default, None)
        }
        _ => send_any(vm, g, Value::None),
    }
}

/// `next(g)` / one step of a `for` loop: `None` when exhausted.
#[inline]
pub fn gen_next(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<Option<Value>> {
    if g.is_plain_generator() {
        return match run_gen(vm, g, Resume::Send(Value::None))? {
            Exit::Yield(v) => Ok(Some(v)),
            Exit::Return(_) => Ok(None),
        };
    }
    if !is_iterable(g) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", g.kind_name())));
    }
    match next_step(vm, g)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(_) => Ok(None),
    }
}

/// The builtin `next(g[, default])`: without a default, the
/// `StopIteration` keeps the generator's return value.
pub fn builtin_next(vm: &mut Vm, g: &Rc<Generator>, default: Option<&Value>) -> PyResult<Value> {
    if !is_iterable(g) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", g.kind_name())));
    }
    match (next_step(vm, g)?, default) {
        (Exit::Yield(v), _) => Ok(v),
        (Exit::Return(_), Some(d)) => Ok(d.clone()),
        (Exit::Return(v), None) => Err(stop_iteration(vm, v)),
    }
}

/// Turn an `Exit` into a Python-level result: a return is `StopIteration`.
pub fn exit_to_result(vm: &Vm, r: Exit) -> PyResult<Value> {
    match r {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration(vm, v)),
    }
}

pub fn stop_iteration(vm: &Vm, v: Value) -> PyErr {
    let cls = vm.exc_class("StopIteration");
    let args = if v.is_none() { vec![] } else { vec![v] };
    PyErr(vm.new_exception(&cls, args))
}

/// The exception `throw(typ[, val[, tb]])` raises, as CPython normalises it.
pub fn throw_args(vm: &mut Vm, owner: &str, args: &[Value]) -> PyResult<PyErr> {
    let Some(typ) = args.first() else {
        return Err(vm.type_error(format!("{owner} expected at least 1 argument, got 0")));
    };
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{owner} expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let val = args.get(1).cloned().unwrap_or(Value::None);
    let tb = args.get(2).cloned().unwrap_or(Value::None);
    let tb = match &tb {
        Value::None => None,
        Value::Native(n) => match &**n {
            Native::Traceback(t) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    };
    if args.len() == 3 && tb.is_none() && !args[2].is_none() {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let base = vm.types.base_exception.clone();
    let exc = match typ {
        Value::Class(c) if c.is_subclass(&base) => {
            if vm.isinstance(&val, c) {
                val
            } else {
                let cargs = match &val {
                    Value::None => vec![],
                    Value::Tuple(t) => t.items.to_vec(),
                    other => vec![other.clone()],
                };
                let typ = typ.clone();
                let e = create_exception(vm, &typ, cargs)?;
                // As CPython's `PyErr_Restore`: an instance of another class
                // than `typ` itself is wrapped once more (`OSError(2, "x")`
                // makes a `FileNotFoundError`, thrown as `OSError(that)`).
                match &e {
                    Value::Instance(i) if !Rc::ptr_eq(&i.class_ref(), c) => {
                        create_exception(vm, &typ, vec![e])?
                    }
                    _ => e,
                }
            }
        }
        v if vm.isinstance(v, &base) => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            v.clone()
        }
        other => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(other)
            )));
        }
    };
    if let Some(tb) = tb {
        if let Some(d) = vm.exc_data(&exc) {
            d.borrow_mut().traceback = Some(tb);
        }
    }
    Ok(PyErr(exc))
}

/// `typ(*args)`, which must give an exception instance.
fn create_exception(vm: &mut Vm, typ: &Value, args: Vec<Value>) -> PyResult<Value> {
    let e = vm.call(typ, &args)?;
    let base = vm.types.base_exception.clone();
    if !vm.isinstance(&e, &base) {
        let r = vm.repr(typ)?;
        let r = r
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "calling {r} should have returned an instance of BaseException, not {}",
            vm.type_name(&e)
        )));
    }
    Ok(e)
}

fn frame_snapshot(vm: &Vm, g: &Generator) -> Value {
    let f = g.frame.borrow();
    let running = g.running_frame.get();
    let current = if running.is_null() {
        f.as_deref()
    } else if super::gen_inline::frame_is_live(vm, running) {
        // SAFETY: `running_frame` points to the boxed frame of the running
        // generator (a box stays put while it moves between dispatch-loop
        // slots), and it was just found among the frames of the running
        // dispatch loops, so it is alive; it waits on the call asking.
        unsafe { running.as_ref() }
    } else {
        // An inline generator that has just ended.
        None
    };
    match current {
        Some(fr) => Value::Native(Rc::new(Native::Frame {
            code: fr.code.clone(),
            line: fr.line(),
            globals: fr.globals.clone(),
        })),
        None => Value::None,
    }
}

/// Data attributes: `gi_*` of generators, `cr_*` of coroutines, `ag_*` of
/// async generators.
pub fn gen_attr(vm: &mut Vm, g: &Rc<Generator>, name: &str) -> Option<Value> {
    if !g.frame_kind() {
        return None;
    }
    if let "__name__" | "__qualname__" = name {
        return Some(Value::Str(if name == "__name__" {
            g.name.borrow().clone()
        } else {
            g.qualname.borrow().clone()
        }));
    }
    let prefix = if g.is_coroutine() {
        "cr_"
    } else if g.is_async_gen() {
        "ag_"
    } else {
        "gi_"
    };
    let field = name.strip_prefix(prefix)?;
    Some(match field {
        "running" if g.is_async_gen() => Value::Bool(g.running_async.get()),
        "running" => Value::Bool(g.running.get()),
        "frame" => frame_snapshot(vm, g),
        "code" => g.code.clone().map(Value::Code).unwrap_or(Value::None),
        "suspended" => {
            Value::Bool(g.started.get() && !g.running.get() && g.frame.borrow().is_some())
        }
        "yieldfrom" if prefix == "gi_" => yield_from_target(g).unwrap_or(Value::None),
        "await" if prefix != "gi_" => yield_from_target(g).unwrap_or(Value::None),
        "origin" if prefix == "cr_" => Value::None,
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
        let r = self.run_loop(frame);
        // If the frame could not even start (RecursionError), the error it
        // reports replaces the one that was to be thrown.
        self.pending_throw = None;
        r
    }

    /// One step of `yield from`/`await` delegation to `sub`.
    pub(crate) fn delegate_send(&mut self, sub: &Value, sent: Value) -> PyResult<Exit> {
        match sub {
            Value::Generator(g) => send_any(self, g, sent),
            Value::Iter(_) => {
                if !sent.is_none() {
                    let send = self.get_attr_str(sub, "send")?;
                    return call_stop(self, &send, &[sent]);
                }
                Ok(self
                    .next(sub)?
                    .map(Exit::Yield)
                    .unwrap_or(Exit::Return(Value::None)))
            }
            _ => {
                // A Python iterator: keep the value its StopIteration carries.
                // As in CPython's SEND, `None` goes to `__next__` when there is one.
                let cls = self.class_of(sub);
                if sent.is_none() {
                    if let Some(m) = cls.lookup_str("__next__") {
                        let m = self.bind_descriptor(&m, sub, &cls)?;
                        return call_stop(self, &m, &[]);
                    }
                }
                let m = self.get_attr_str(sub, "send")?;
                call_stop(self, &m, &[sent])
            }
        }
    }
}

fn self_gen<'a>(vm: &Vm, args: &'a Args, what: &str) -> PyResult<&'a Rc<Generator>> {
    match args.args.first() {
        Some(Value::Generator(g)) => Ok(g),
        _ => Err(vm.type_error(format!("{what} needs a generator"))),
    }
}

/// `send(value)` of generators, coroutines and the awaitable iterators.
pub(crate) fn gen_send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args, "send()")?;
    if args.args.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            g.kind_name(),
            args.args.len() - 1
        )));
    }
    let r = send_any(vm, g, args.args[1].clone())?;
    exit_to_result(vm, r)
}

/// `throw(exc)` / `throw(type[, value[, tb]])`.
pub(crate) fn gen_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args, "throw()")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("throw() takes no keyword arguments"));
    }
    if args.args.len() > 2 {
        super::coroutine::deprecation_warning(
            vm,
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
        );
    }
    let err = throw_args(vm, "throw", &args.args[1..])?;
    let r = throw_any(vm, g, err)?;
    exit_to_result(vm, r)
}

pub(crate) fn gen_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args, "close()")?;
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "{}.close() takes no arguments ({} given)",
            g.kind_name(),
            args.args.len() - 1
        )));
    }
    close_any(vm, g)?;
    Ok(Value::None)
}

pub(crate) fn gen_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

pub(crate) fn gen_next_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args, "__next__")?;
    let r = next_step(vm, g)?;
    exit_to_result(vm, r)
}

/// `__new__` of the generator-like types: not creatable from Python.
fn no_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = match args.args.first() {
        Some(Value::Class(c)) => c.name().as_str().to_string(),
        _ => "generator".to_string(),
    };
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    for cls in [
        &t.generator,
        &t.coroutine,
        &t.async_generator,
        &t.async_generator_asend,
        &t.async_generator_athrow,
        &t.coroutine_wrapper,
        &t.anext_awaitable,
    ] {
        cls.native_new.set(Some(no_new));
    }
    let g = vm.types.generator.clone();
    crate::builtins::add_method(&g, "generator", "send", gen_send);
    crate::builtins::add_method(&g, "generator", "throw", gen_throw);
    crate::builtins::add_method(&g, "generator", "close", gen_close);
    crate::builtins::add_method(&g, "generator", "__iter__", gen_iter);
    crate::builtins::add_method(&g, "generator", "__next__", gen_next_method);
}

/// Assign (`Some`) or delete (`None`) `__name__`/`__qualname__` of a
/// generator, coroutine or async generator; `None` for other attributes.
pub fn set_gen_attr(
    vm: &mut Vm,
    g: &Rc<Generator>,
    name: &str,
    value: Option<Value>,
) -> Option<PyResult<()>> {
    if !g.frame_kind() {
        return None;
    }
    let slot = match name {
        // A read-only member in CPython, not a getset like the others.
        "ag_running" if g.is_async_gen() => {
            return Some(Err(vm.attribute_error("readonly attribute")));
        }
        "__name__" => &g.name,
        "__qualname__" => &g.qualname,
        _ if value.is_none() && gen_attr(vm, g, name).is_some() => {
            return Some(Err(vm.attribute_error(format!(
                "attribute '{name}' of '{}' objects is not writable",
                g.kind_name()
            ))));
        }
        _ => return None,
    };
    Some(match value {
        Some(Value::Str(s)) => {
            *slot.borrow_mut() = s;
            Ok(())
        }
        _ => Err(vm.type_error(format!("{name} must be set to a string object"))),
    })
}
