//! Closing generators, coroutines and async generators that are freed
//! while suspended (CPython's `_PyGen_Finalize`): their `finally` blocks run
//! and they get `GeneratorExit`, exactly as if `close()` had been called.
//!
//! Freeing happens inside `Drop`, where running Python code is not safe (a
//! list or dict may be borrowed while its items are dropped), so the frame
//! is moved into a fresh generator object that is queued here; the VM runs
//! the queue at its next call instruction ([`pending`] is the cheap check)
//! and at exit ([`Vm::finalize_main`]). The cycle collector queues garbage
//! generators the same way before clearing anything (PEP 442 order).
//! Exceptions a finalizer raises are printed as CPython's "Exception ignored
//! in: ..." and otherwise swallowed.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::Rc;

use crate::builtins::generator::{GenKind, Generator, close_frame_gen, yield_from_target};
use crate::vm::Vm;

thread_local! {
    static QUEUE: RefCell<Vec<Rc<Generator>>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Is there a generator waiting to be closed?
#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// Does closing `g` run any Python code? Only a frame suspended inside a
/// `try`/`with` block or delegating to another iterator (`yield from`,
/// `await`) can react to `GeneratorExit`; closing any other is a no-op.
pub fn needs_close(g: &Generator) -> bool {
    if !matches!(g.kind, GenKind::Frame) || g.finalized.get() || !g.started.get() || g.running.get()
    {
        return false;
    }
    let Ok(frame) = g.frame.try_borrow() else {
        return false;
    };
    match &*frame {
        Some(f) if !f.blocks.is_empty() => true,
        Some(_) => {
            drop(frame);
            yield_from_target(g).is_some()
        }
        None => false,
    }
}

/// Queue `g` (a strong reference kept alive until it has been closed).
pub fn enqueue(g: Rc<Generator>) {
    g.finalized.set(true);
    QUEUE.with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push(g);
            PENDING.with(|p| p.set(true));
            crate::vm::finalize::set_pending();
        }
    });
}

/// Called from `Drop for Generator`: a suspended frame that needs closing
/// moves into a new generator object, which is queued.
pub fn on_drop(g: &mut Generator) {
    if !needs_close(g) {
        return;
    }
    let Some(frame) = g.frame.get_mut().take() else {
        return;
    };
    let moved = Generator {
        frame: RefCell::new(Some(frame)),
        started: Cell::new(true),
        running: Cell::new(false),
        name: RefCell::new(g.name.get_mut().clone()),
        qualname: RefCell::new(g.qualname.get_mut().clone()),
        running_frame: Cell::new(std::ptr::null()),
        flags: g.flags,
        kind: GenKind::Frame,
        code: g.code.take(),
        exc_state: RefCell::new(g.exc_state.get_mut().take()),
        running_async: Cell::new(g.running_async.get()),
        closed: Cell::new(g.closed.get()),
        finalized: Cell::new(true),
        origin: None,
    };
    enqueue(Rc::new(moved));
}

impl Vm {
    /// Close every queued generator, printing what their `close()` raises.
    /// Called from [`Vm::run_finalizers`], which the dispatch loop runs when
    /// [`crate::vm::finalize::pending`] is set.
    pub fn close_pending_generators(&mut self) {
        if RUNNING.with(|r| r.replace(true)) {
            return;
        }
        loop {
            let next = QUEUE.with(|q| q.try_borrow_mut().ok().and_then(|mut q| q.pop()));
            let Some(g) = next else {
                break;
            };
            if let Err(e) = close_frame_gen(self, &g) {
                let addr = Rc::as_ptr(&g) as usize;
                let what = crate::builtins::generator::repr(&g, addr);
                self.stdout.flush();
                let text = self.format_exception(&e.0);
                let _ = write!(std::io::stderr(), "Exception ignored in: {what}\n{text}");
            }
            drop(g);
        }
        PENDING.with(|p| p.set(false));
        RUNNING.with(|r| r.set(false));
    }

    /// At exit: CPython's final collection closes every generator still
    /// suspended before any namespace is cleared.
    pub fn close_live_generators(&mut self) {
        self.close_pending_generators();
        for g in crate::gc::live_generators() {
            if needs_close(&g) {
                enqueue(g);
                self.close_pending_generators();
            }
        }
    }
}
