//! `__del__` finalizers.
//!
//! When the last reference to an [`Instance`] whose class defines `__del__`
//! goes away, its `Drop` cannot call into the VM (it may run anywhere, with
//! `RefCell`s borrowed and the VM in the middle of an operation). Instead it
//! *resurrects* the object: its contents move into a fresh `Instance`, which
//! is queued. The dispatch loop runs the queue before its next instruction
//! ([`pending`] is one thread-local load), so `__del__` runs at the same
//! point of the program as in CPython: right after the `del`, rebinding,
//! `return` or container mutation that dropped the object.
//!
//! A queued object is recorded as finalized, so `__del__` runs at most once
//! per object (PEP 442) even if it resurrects itself; when the queue lets go
//! of it the object is freed for good. An exception escaping `__del__` is
//! printed as CPython's "Exception ignored in: ..." and otherwise ignored.
//!
//! Cyclic garbage is finalized the PEP 442 way: the collector queues the
//! finalizers instead of freeing ([`queue_finalizer`]) and a later
//! collection frees what is still unreachable. At exit,
//! [`Vm::finalize_main`] releases `__main__`'s globals, so module-level
//! objects are finalized too.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use rustc_hash::FxHashSet;

use crate::types::class::Instance;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::Vm;

thread_local! {
    /// Set while the queue is non-empty.
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static QUEUE: RefCell<VecDeque<Rc<Instance>>> = const { RefCell::new(VecDeque::new()) };
    /// Queue entries below this index belong to an outer `run_finalizers`.
    static FLOOR: Cell<usize> = const { Cell::new(0) };
    /// Addresses of live instances whose finalizer has been queued or run.
    static FINALIZED: RefCell<FxHashSet<usize>> = RefCell::new(FxHashSet::default());
    static DEL_NAME: Rc<PyStr> = Rc::new(PyStr::new("__del__"));
}

/// Ask the dispatch loop to call [`Vm::run_finalizers`] at its next
/// instruction (also used for generators waiting to be closed).
pub fn set_pending() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Are finalizers waiting to run?
#[inline(always)]
pub fn pending() -> bool {
    PENDING.try_with(|p| p.get()).unwrap_or(false)
}

/// The class's `__del__`, looked up without the lookup cache and without
/// panicking on a namespace that is being mutated.
fn find_del(inst: &Instance) -> Option<Value> {
    let cls = inst.try_class()?;
    DEL_NAME
        .try_with(|name| {
            // Builtin classes define no `__del__`: skip their namespaces.
            cls.mro_iter()
                .filter(|c| !c.builtin)
                .find_map(|c| c.dict.try_get_pystr(name))
        })
        .ok()
        .flatten()
}

/// Queue the `__del__` of cyclic garbage found by the collector, unless it
/// has run already. `true` if queued.
pub fn queue_finalizer(inst: &Rc<Instance>) -> bool {
    if find_del(inst).is_none() {
        return false;
    }
    let addr = Rc::as_ptr(inst) as usize;
    let done = FINALIZED
        .try_with(|f| f.try_borrow().map(|f| f.contains(&addr)).unwrap_or(true))
        .unwrap_or(true);
    if done {
        return false;
    }
    let queued = QUEUE
        .try_with(|q| match q.try_borrow_mut() {
            Ok(mut q) => {
                q.push_back(inst.clone());
                true
            }
            Err(_) => false,
        })
        .unwrap_or(false);
    if queued {
        mark_finalized(inst);
        let _ = PENDING.try_with(|p| p.set(true));
    }
    queued
}

/// The cycle collector frees `inst` after clearing its contents, so its
/// `__del__` (which would see an empty object) must not run.
pub fn forgo_finalizer(inst: &Rc<Instance>) {
    if find_del(inst).is_some() {
        mark_finalized(inst);
    }
}

/// Record that `inst` must not be finalized (again).
fn mark_finalized(inst: &Rc<Instance>) {
    let _ = FINALIZED.try_with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            f.insert(Rc::as_ptr(inst) as usize);
        }
    });
}

/// Forget a finalized address (its object is being freed). `true` if it was recorded.
fn take_finalized(addr: usize) -> bool {
    FINALIZED
        .try_with(|f| {
            f.try_borrow_mut()
                .map(|mut f| f.remove(&addr))
                .unwrap_or(true)
        })
        .unwrap_or(true)
}

impl Drop for Instance {
    fn drop(&mut self) {
        if !self.class_mut().defines_del() || find_del(self).is_none() {
            return;
        }
        let addr = self as *const Instance as usize;
        if take_finalized(addr) {
            return;
        }
        let revived = Rc::new(self.take_all());
        mark_finalized(&revived);
        let queued = QUEUE
            .try_with(|q| match q.try_borrow_mut() {
                Ok(mut q) => {
                    q.push_back(revived.clone());
                    true
                }
                Err(_) => false,
            })
            .unwrap_or(false);
        if queued {
            let _ = PENDING.try_with(|p| p.set(true));
        }
    }
}

impl Vm {
    /// Run the queued `__del__`s of this level (including those queued
    /// while running). A `__del__` that drops more objects finalizes them
    /// in a nested level before it continues, as in CPython; the nested
    /// level only takes what was queued after the `__del__` started, so a
    /// long queue does not turn into deep recursion.
    #[cold]
    pub fn run_finalizers(&mut self) {
        if crate::builtins::gen_finalize::pending() {
            self.close_pending_generators();
        }
        let floor = FLOOR.with(|f| f.get());
        loop {
            let next = QUEUE.with(|q| {
                let mut q = q.borrow_mut();
                if q.len() > floor {
                    q.remove(floor)
                } else {
                    None
                }
            });
            let Some(inst) = next else {
                PENDING.with(|p| p.set(false));
                return;
            };
            let obj = Value::Instance(inst);
            let Some(del) = (match &obj {
                Value::Instance(i) => find_del(i),
                _ => None,
            }) else {
                continue;
            };
            FLOOR.with(|f| f.set(QUEUE.with(|q| q.borrow().len())));
            PENDING.with(|p| p.set(false));
            let cls = self.class_of(&obj);
            let r = match self.bind_descriptor(&del, &obj, &cls) {
                Ok(f) => self.call(&f, &[]).map(|_| ()),
                Err(e) => Err(e),
            };
            FLOOR.with(|f| f.set(floor));
            if let Err(e) = r {
                self.stdout.flush();
                let what = self
                    .repr_string(&del)
                    .unwrap_or_else(|_| "<__del__>".to_string());
                let text = self.format_exception(&e.0);
                eprint!("Exception ignored in: {what}\n{text}");
            }
            // `obj` is released here; if this was the last reference the
            // object is freed without running `__del__` again.
        }
    }

    /// Tear down `__main__` at exit as CPython does: suspended generators
    /// are closed first, then `_PyModule_ClearDict` sets single-underscore
    /// names to None, then all others but `__builtins__`, each in insertion
    /// order, running finalizers as objects die; last, one collection
    /// finalizes cyclic garbage.
    pub fn finalize_main(&mut self) {
        self.run_finalizers();
        self.close_live_generators();
        if let Some(Value::Module(m)) = self.modules.get_str("__main__") {
            let dict = m.dict.clone();
            drop(m);
            let keys = dict.keys();
            for pass in 0..2 {
                for k in &keys {
                    let Value::Str(s) = k else { continue };
                    let name = s.as_str();
                    let clear = if pass == 0 {
                        name.starts_with('_') && !name.starts_with("__")
                    } else {
                        name != "__builtins__"
                    };
                    if !clear {
                        continue;
                    }
                    let old = dict.get_str(name);
                    if matches!(old, None | Some(Value::None)) {
                        continue;
                    }
                    dict.set_str(name, Value::None);
                    drop(old);
                    if pending() {
                        self.run_finalizers();
                    }
                }
            }
        }
        crate::gc::collect_full();
        if pending() {
            self.run_finalizers();
        }
        self.stdout.flush();
    }
}
