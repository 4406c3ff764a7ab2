//! Generators resumed *inline* by a `for` loop (CPython 3.12's
//! `FOR_ITER_GEN`): instead of a nested `run_loop` per step, `ForIter` over
//! a plain generator swaps the generator's frame into the running dispatch
//! loop, like an inline call, and `YieldValue` swaps it back out.
//!
//! The loop frame (the "parent") is left so that whatever ends the
//! generator brings control back to its `ForIter`:
//!
//! - its `ip` is set back to the `ForIter`, so a `return` in the generator
//!   (which pops the frame and pushes the value like any inline return)
//!   re-executes it with the return value on top of the generator;
//! - a `Finally` block whose handler is the `ForIter` is pushed on it, so an
//!   exception leaving the generator frame (unwound like any inline call's)
//!   lands there too, with the exception on top.
//!
//! [`Vm::inline_gens`] records each inlined generator with the position of
//! its parent (which dispatch loop, how many callers below it), so that
//! `ForIter` recognises that re-entry and `YieldValue` recognises a yield
//! of an inline generator. A yield restores the parent's `ip` and pops the
//! block, so the loop continues as after any `ForIter` step.

use std::rc::Rc;

use crate::types::iter::IterState;
use crate::value::Value;
use crate::vm::frame::{BlockKind, Frame, push_inline};
use crate::vm::{PyErr, Vm};

use super::generator::Generator;

/// A generator whose frame runs inline in a dispatch loop. (The generator
/// itself is the parent's top of stack: its `ForIter` operand.)
pub struct InlineGen {
    /// The handled exception of the loop that resumed it, restored when
    /// the generator yields or ends (as `run_gen` does).
    pub caller_handled: Option<Value>,
    /// `Vm::loops.len()` of the dispatch loop running the parent.
    pub loops_len: usize,
    /// How many suspended callers that loop had below the parent.
    pub callers_len: usize,
    /// Resumed by the parent's `YieldFrom` (not `ForIter`): what it yields,
    /// the parent yields in turn.
    pub delegated: bool,
    /// Resumed by the parent's `ForIter` over `enumerate(gen)` (the
    /// enumerate object is the parent's top of stack).
    pub enumerate: bool,
}

/// Is the innermost inline generator's parent at this position (the
/// running frame is that parent: the generator has just ended)?
#[inline]
pub fn parent_is_running(vm: &Vm, callers_len: usize) -> bool {
    match vm.inline_gens.last() {
        Some(e) => e.callers_len == callers_len && e.loops_len == vm.loops.len(),
        None => false,
    }
}

/// Is the running frame (with `callers_len` callers below it) the
/// innermost inline generator's?
#[inline]
pub fn gen_is_running(vm: &Vm, callers_len: usize) -> bool {
    match vm.inline_gens.last() {
        Some(e) => e.callers_len + 1 == callers_len && e.loops_len == vm.loops.len(),
        None => false,
    }
}

/// `ForIter` with a generator on top of `parent`'s stack: take its frame to
/// run inline, or `None` when it must be resumed the ordinary way (not a
/// plain generator, running, finished, suspended in an `except` block, or
/// at the recursion limit, which the ordinary way reports).
#[inline(always)]
pub fn start(vm: &mut Vm, parent: &mut Box<Frame>, callers_len: usize) -> Option<Box<Frame>> {
    let (frame, enumerate) = match parent.stack.last() {
        Some(Value::Generator(g)) => (take_next(vm, g)?, false),
        // `enumerate(gen)` with an int count: the generator runs inline and
        // its yield makes the `(count, value)` pair (see `yielded`).
        Some(Value::Iter(obj)) => (take_enumerated(vm, obj)?, true),
        _ => return None,
    };
    link(vm, parent, callers_len, false, enumerate);
    Some(frame)
}

/// [`start`] for an `enumerate` object: its generator's frame when it
/// wraps one (with an int count) that can run inline.
#[inline(never)]
fn take_enumerated(vm: &Vm, obj: &crate::types::iter::IterObj) -> Option<Box<Frame>> {
    let st = obj.state.try_borrow().ok()?;
    match &*st {
        IterState::Enumerate {
            inner: Value::Generator(g),
            count: Value::Int(c),
            ..
        } if *c < i64::MAX => take_next(vm, g),
        _ => None,
    }
}

/// The frame of `g`, resumed by `next()`, when it can run inline.
#[inline(always)]
fn take_next(vm: &Vm, g: &Generator) -> Option<Box<Frame>> {
    if !g.is_plain_generator()
        || g.running.get()
        || vm.depth >= vm.recursion_limit
        || g.exc_state.borrow().is_some()
    {
        return None;
    }
    let mut frame = g.frame.borrow_mut().take()?;
    if g.started.get() {
        // `next()` sends None.
        match frame.code.co.instructions.get(frame.ip) {
            Some(i) if i.op() == weft_compiler::bytecode::Op::PopTop => frame.ip += 1,
            _ => frame.push(Value::None),
        }
    } else {
        g.started.set(true);
    }
    g.running.set(true);
    g.running_frame.set(&*frame as *const Frame);
    Some(frame)
}

/// `YieldFrom` sending `sent` to the generator on top of `parent`'s stack:
/// as [`start`], or `Err(sent)` to delegate the ordinary way.
#[inline]
pub fn start_delegate(
    vm: &mut Vm,
    parent: &mut Box<Frame>,
    callers_len: usize,
    sent: Value,
) -> Result<Box<Frame>, Value> {
    match take_frame(vm, parent, &sent) {
        Some(frame) => Ok(enter(vm, parent, callers_len, frame, sent, true)),
        None => Err(sent),
    }
}

/// The frame of the generator on top of `parent`'s stack, if it can be
/// resumed inline with `sent`.
#[inline(always)]
fn take_frame(vm: &Vm, parent: &Frame, sent: &Value) -> Option<Box<Frame>> {
    let Some(Value::Generator(g)) = parent.stack.last() else {
        return None;
    };
    if !g.is_plain_generator()
        || g.running.get()
        || vm.depth >= vm.recursion_limit
        || g.exc_state.borrow().is_some()
        // (A just-started generator refuses a value: the ordinary way says so.)
        || (!g.started.get() && !sent.is_none())
    {
        return None;
    }
    g.frame.borrow_mut().take()
}

/// Start running `frame`, taken from the generator on top of `parent`'s
/// stack, inline with `sent`; `parent` is running the `ForIter` or
/// `YieldFrom` that resumes it.
#[inline(always)]
fn enter(
    vm: &mut Vm,
    parent: &mut Box<Frame>,
    callers_len: usize,
    mut frame: Box<Frame>,
    sent: Value,
    delegated: bool,
) -> Box<Frame> {
    if let Some(Value::Generator(g)) = parent.stack.last() {
        if g.started.get() {
            super::generator::push_sent(&mut frame, sent);
        } else {
            g.started.set(true);
        }
        g.running.set(true);
        g.running_frame.set(&*frame as *const Frame);
    }
    link(vm, parent, callers_len, delegated, false);
    frame
}

/// Record that `parent` (running the `ForIter` or `YieldFrom` before its
/// `ip`) resumed a generator inline.
#[inline(always)]
fn link(
    vm: &mut Vm,
    parent: &mut Box<Frame>,
    callers_len: usize,
    delegated: bool,
    enumerate: bool,
) {
    vm.depth += 1;
    let resumer = parent.ip - 1;
    parent.push_finally(resumer as u32, parent.stack.len());
    parent.ip = resumer;
    push_inline(
        &mut vm.inline_gens,
        InlineGen {
            caller_handled: vm.handled.clone(),
            loops_len: vm.loops.len(),
            callers_len,
            delegated,
            enumerate,
        },
    );
}

/// `ForIter` in the inner loop (`run_fast`) with a generator on top of
/// `base`'s stack (`base.ip` just past the `ForIter`): when it can run
/// inline, swap its frame in as the running frame and return true.
#[inline(always)]
pub fn start_fast(vm: &mut Vm, base: &mut Box<Frame>, callers: &mut Vec<Box<Frame>>) -> bool {
    match start(vm, base, callers.len()) {
        Some(frame) => {
            push_inline(callers, std::mem::replace(base, frame));
            true
        }
        None => false,
    }
}

/// `YieldValue` in the inner loop (`run_fast`), `base.ip` just past it:
/// when the running frame is an inline generator resumed by its parent's
/// `ForIter` (the common case), suspend it, give the value to the parent
/// and return true; otherwise leave everything as it was.
#[inline(always)]
pub fn yield_fast(vm: &mut Vm, base: &mut Box<Frame>, callers: &mut Vec<Box<Frame>>) -> bool {
    match vm.inline_gens.last() {
        Some(e) if !e.delegated && e.callers_len + 1 == callers.len() => {
            if e.loops_len != vm.loops.len() {
                return false;
            }
        }
        _ => return false,
    }
    let Some(parent) = callers.pop() else {
        return false;
    };
    let v = base.pop();
    let frame = std::mem::replace(base, parent);
    // Not delegated: the parent's `ForIter` takes the value.
    let _none = yielded(vm, base, frame, v);
    true
}

/// The generator on top of the parent's stack (the `ForIter` operand, or
/// the one an `enumerate` there wraps), `back` values below the top.
#[inline]
fn parent_gen(parent: &Frame, back: usize) -> Option<Rc<Generator>> {
    let n = parent.stack.len();
    match parent.stack.get(n.checked_sub(1 + back)?) {
        Some(Value::Generator(g)) => Some(g.clone()),
        Some(Value::Iter(obj)) => match &*obj.state.try_borrow().ok()? {
            IterState::Enumerate {
                inner: Value::Generator(g),
                ..
            } => Some(g.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Suspend the inline generator `g` with its `frame`.
#[inline(always)]
fn suspend(vm: &mut Vm, g: &Generator, frame: Box<Frame>) {
    g.running.set(false);
    g.running_frame.set(std::ptr::null());
    if frame
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::ExceptHandler)
    {
        *g.exc_state.borrow_mut() = vm.handled.take();
    }
    super::generator::store_frame(g, frame);
}

/// The running frame (`base`, with `callers` below it) yields `v`: while
/// it is an inline generator's, suspend it and resume its parent, which
/// takes `v` (its `ForIter`) or yields it in turn (its `YieldFrom`).
/// `Some(v)` when `v` is to leave the dispatch loop (its base frame yields).
#[inline(always)]
pub fn yield_up(
    vm: &mut Vm,
    base: &mut Box<Frame>,
    callers: &mut Vec<Box<Frame>>,
    mut v: Value,
) -> Option<Value> {
    while gen_is_running(vm, callers.len()) {
        let Some(parent) = callers.pop() else {
            break;
        };
        let frame = std::mem::replace(base, parent);
        match yielded(vm, base, frame, v) {
            Some(up) => v = up,
            None => return None,
        }
    }
    Some(v)
}

/// The inline generator `frame` yielded `v`; `parent` is running again.
/// Suspend the generator and give `v` to the parent's `ForIter`, or return
/// it for the parent's `YieldFrom` to yield.
#[inline(always)]
fn yielded(vm: &mut Vm, parent: &mut Box<Frame>, frame: Box<Frame>, mut v: Value) -> Option<Value> {
    let Some(e) = vm.inline_gens.pop() else {
        return None;
    };
    vm.depth -= 1;
    parent.blocks.pop();
    if e.enumerate {
        // The pair `enumerate` would have made. (The count stays an int
        // while the generator runs: `next()` on the enumerate object fails
        // before changing it.)
        if let Some(Value::Iter(obj)) = parent.stack.last() {
            let mut st = obj.state.borrow_mut();
            if let IterState::Enumerate {
                inner: Value::Generator(g),
                count: Value::Int(c),
                last,
            } = &mut *st
            {
                suspend(vm, g, frame);
                let c0 = *c;
                *c += 1;
                v = super::iterators::reuse_pair(last, Value::Int(c0), v);
            }
        }
    } else if let Some(Value::Generator(g)) = parent.stack.last() {
        suspend(vm, g, frame);
    }
    vm.handled = e.caller_handled;
    if e.delegated {
        // The `YieldFrom` runs again when the parent is resumed.
        return Some(v);
    }
    parent.ip += 1;
    parent.push(v);
    None
}

/// `ForIter` (or `YieldFrom`) re-executed in the parent after the inline
/// generator ended (its frame already freed by the return or the
/// unwinding): `Ok(())` when it returned (a loop is done: `ip` is set to
/// `exit`; a `yield from` has the value on the stack), or the error to
/// raise from the instruction (as the ordinary resume would have).
pub fn ended(vm: &mut Vm, parent: &mut Box<Frame>, exit: usize) -> Result<(), PyErr> {
    let Some(e) = vm.inline_gens.pop() else {
        return Ok(());
    };
    let g = parent_gen(parent, 1);
    if let Some(g) = &g {
        g.running.set(false);
        g.running_frame.set(std::ptr::null());
    }
    let raised = matches!(
        parent.blocks.last(),
        Some(b) if b.kind == BlockKind::ExceptHandler
    );
    parent.blocks.pop();
    vm.handled = e.caller_handled;
    let top = parent.stack.pop();
    if !raised {
        parent.stack.pop();
        if e.delegated {
            // `yield from` evaluates to the return value.
            parent.push(top.unwrap_or(Value::None));
        } else {
            // The loop is over; the value goes with the generator.
            drop(top);
            parent.ip = exit;
        }
        return Ok(());
    }
    let exc = top.unwrap_or(Value::None);
    // Unwinding into the parent recorded the parent's line; the `ForIter`
    // raising it records it again, as after an ordinary resume.
    if let Some(d) = vm.exc_data(&exc) {
        let mut d = d.borrow_mut();
        if let Some(tb) = d.traceback.take() {
            d.traceback = tb.next.clone();
        }
    }
    let err = PyErr(exc);
    Err(match &g {
        Some(g) => super::generator::convert_stop(vm, g, err),
        None => err,
    })
}

/// Is `frame` still a live frame of some running dispatch loop? (`gi_frame`
/// of a running inline generator checks this: once it has ended, its
/// recorded frame pointer is stale until the parent's `ForIter` runs.)
pub fn frame_is_live(vm: &Vm, frame: *const Frame) -> bool {
    for &(base, callers) in vm.loops.iter() {
        // SAFETY: `loops` entries are pushed by `run_loop` (and by the
        // yield-from step in `generator.rs`) for the duration of a
        // dispatch and popped before it returns, so both pointers refer to
        // live locals of a dispatch loop that is suspended while native
        // code runs; only addresses are compared here.
        unsafe {
            if let Some(b) = base.as_ref() {
                if std::ptr::eq(&**b, frame) {
                    return true;
                }
            }
            if let Some(cs) = callers.as_ref() {
                if cs.iter().any(|f| std::ptr::eq(&**f, frame)) {
                    return true;
                }
            }
        }
    }
    false
}
