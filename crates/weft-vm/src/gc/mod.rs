//! The cycle collector.
//!
//! Values are reference counted (`Rc`), which frees everything except
//! reference cycles. Objects that can take part in a cycle (instances,
//! lists, dicts, functions, cells, bound methods, classes, generators, and
//! tuples holding any of those) are *tracked* here when they are created,
//! as weak references.
//!
//! A collection uses CPython's trial deletion, which needs no root set:
//! for each tracked object take its strong count, subtract one for every
//! reference from another tracked object of the same generation; what is
//! left over is referenced from outside (a frame, a module, the VM). Those
//! objects and everything they reach survive; the rest is garbage, and
//! clearing the garbage's contents breaks its cycles so `Rc` frees it.
//!
//! Generations keep the cost per collection proportional to recent
//! allocation, not to the live heap: a young collection runs every
//! [`YOUNG_THRESHOLD`] tracked allocations and scans only objects created
//! since the last one; survivors move to the old generation, which is only
//! scanned when it has doubled since its last scan. A program holding 200k
//! long-lived tasks therefore does not re-scan them on every collection.
//!
//! Everything here is defensive about `RefCell`s: an object whose cell is
//! borrowed at collection time is treated as referenced from outside, so a
//! collection never panics and never frees a live object.

use std::cell::{Cell as StdCell, RefCell};
use std::rc::Rc;

use crate::builtins::generator::Generator;
use crate::types::class::{Class, Instance};
use crate::types::dict::PyDict;
use crate::types::function::{BoundMethod, Function};
use crate::types::misc::Cell;
use crate::types::tuple::PyTuple;

mod ptr;

use crate::value::Value;
use ptr::{Kind, Strong, Traced, Tracked, View};

/// Tracked allocations between young collections.
pub const YOUNG_THRESHOLD: usize = 10_000;

/// Dead entries are dropped from the young list every this many tracked
/// allocations. A dead object's weak reference keeps its allocation (not
/// its contents), so without this up to [`YOUNG_THRESHOLD`] dead objects
/// (short-lived generators, closures, instances: 1-3 MB) stayed allocated
/// between collections.
const YOUNG_PRUNE: usize = 2_048;

fn addr<T>(p: *const T) -> usize {
    p as *const u8 as usize
}

impl Strong {
    /// The strong count, not counting the collector's own reference.
    fn count(&self) -> usize {
        let n = match self.view() {
            View::List(r) => Rc::strong_count(&r),
            View::Dict(r) => Rc::strong_count(&r),
            View::Tuple(r) => Rc::strong_count(&r),
            View::Instance(r) => Rc::strong_count(&r),
            View::Function(r) => Rc::strong_count(&r),
            View::Cell(r) => Rc::strong_count(&r),
            View::Method(r) => Rc::strong_count(&r),
            View::Class(r) => Rc::strong_count(&r),
            View::Generator(r) => Rc::strong_count(&r),
        };
        n - 1
    }

    /// Call `f` with the address of every object this one references.
    /// Returns false if the object could not be inspected (a borrowed cell).
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        let value = |v: &Value, f: &mut dyn FnMut(usize)| {
            if let Some(p) = value_addr(v) {
                f(p)
            }
        };
        match &self.view() {
            View::List(l) => {
                let Ok(items) = l.try_borrow() else {
                    return false;
                };
                items.iter().for_each(|v| value(v, f));
            }
            View::Dict(d) => return visit_dict(d, f),
            View::Tuple(t) => t.items.iter().for_each(|v| value(v, f)),
            View::Instance(i) => {
                // The namespace is the instance's own unless someone took
                // `obj.__dict__`; a shared one is left to its other owners.
                if !i.visit_attrs(&mut |v| value(v, f)) {
                    return false;
                }
                match i.inner().try_borrow() {
                    Ok(inner) => f(addr(Rc::as_ptr(&inner.class))),
                    Err(_) => return false,
                }
                if let Some((base, slots)) = i.rare_cells() {
                    let (Ok(slots), Ok(base)) = (slots.try_borrow(), base.try_borrow()) else {
                        return false;
                    };
                    slots.iter().flatten().for_each(|v| value(v, f));
                    if let Some(b) = &*base {
                        value(b, f);
                    }
                }
                if let Some(exc) = i.exc() {
                    let Ok(d) = exc.try_borrow() else {
                        return false;
                    };
                    value(&d.args, f);
                    for v in [&d.cause, &d.context, &d.notes].into_iter().flatten() {
                        value(v, f);
                    }
                }
            }
            View::Function(func) => {
                for c in func.closure.iter() {
                    f(addr(Rc::as_ptr(c)));
                }
                let (Ok(defaults), Ok(kwdefaults), Ok(doc), Ok(ann)) = (
                    func.defaults.try_borrow(),
                    func.kwdefaults.try_borrow(),
                    func.doc.try_borrow(),
                    func.annotations.try_borrow(),
                ) else {
                    return false;
                };
                if let Some(t) = &*defaults {
                    f(addr(Rc::as_ptr(t)));
                }
                if let Some(d) = &*kwdefaults {
                    f(addr(Rc::as_ptr(d)));
                }
                if let Some(d) = &*ann {
                    f(addr(Rc::as_ptr(d)));
                }
                value(&doc, f);
                if Rc::strong_count(&func.dict) == 1 {
                    return visit_dict(&func.dict, f);
                }
            }
            View::Cell(c) => {
                let Ok(v) = c.value.try_borrow() else {
                    return false;
                };
                if let Some(v) = &*v {
                    value(v, f);
                }
            }
            View::Method(m) => {
                value(&m.receiver, f);
                value(&m.func, f);
            }
            View::Class(c) => {
                for b in c.bases.iter().chain(c.mro.iter()) {
                    f(addr(Rc::as_ptr(b)));
                }
                return visit_dict(&c.dict, f);
            }
            View::Generator(g) => {
                let Ok(frame) = g.frame.try_borrow() else {
                    return false;
                };
                if let Some(frame) = &*frame {
                    frame.stack.iter().for_each(|v| value(v, f));
                    frame.locals.iter().flatten().for_each(|v| value(v, f));
                    for c in frame.cells.iter() {
                        f(addr(Rc::as_ptr(c)));
                    }
                    if let Some(func) = &frame.func {
                        f(addr(Rc::as_ptr(func)));
                    }
                }
            }
        }
        true
    }

    /// Drop this garbage object's references, moving them into `dump` so
    /// they are freed after the collector lets go of everything.
    fn clear(&self, dump: &mut Vec<Value>) {
        match &self.view() {
            View::List(l) => {
                if let Ok(mut items) = l.try_borrow_mut() {
                    dump.append(&mut items);
                }
            }
            View::Dict(d) => clear_dict(d, dump),
            View::Tuple(_) => {}
            View::Instance(i) => {
                crate::vm::finalize::forgo_finalizer(i);
                i.clear_attrs(dump);
                if let Some((base, slots)) = i.rare_cells() {
                    if let Ok(mut slots) = slots.try_borrow_mut() {
                        dump.extend(slots.drain(..).flatten());
                    }
                    if let Ok(mut b) = base.try_borrow_mut() {
                        dump.extend(b.take());
                    }
                }
                if let Some(exc) = i.exc() {
                    if let Ok(mut d) = exc.try_borrow_mut() {
                        dump.push(std::mem::take(&mut d.args));
                        dump.extend(d.cause.take());
                        dump.extend(d.context.take());
                        dump.extend(d.notes.take());
                    }
                }
            }
            View::Function(func) => {
                if let Ok(mut d) = func.defaults.try_borrow_mut() {
                    dump.extend(d.take().map(Value::Tuple));
                }
                if let Ok(mut d) = func.kwdefaults.try_borrow_mut() {
                    dump.extend(d.take().map(Value::Dict));
                }
                if let Ok(mut d) = func.annotations.try_borrow_mut() {
                    dump.extend(d.take().map(Value::Dict));
                }
                if Rc::strong_count(&func.dict) == 1 {
                    clear_dict(&func.dict, dump);
                }
            }
            View::Cell(c) => {
                if let Ok(mut v) = c.value.try_borrow_mut() {
                    dump.extend(v.take());
                }
            }
            View::Method(_) => {}
            View::Class(c) => clear_dict(&c.dict, dump),
            View::Generator(g) => {
                if let Ok(mut frame) = g.frame.try_borrow_mut() {
                    if let Some(mut frame) = frame.take() {
                        dump.append(&mut frame.stack);
                        dump.extend(frame.locals.drain(..).flatten());
                    }
                }
            }
        }
    }
}

/// The address `Value::ptr` gives, for values that may be tracked.
fn value_addr(v: &Value) -> Option<usize> {
    match v {
        Value::List(_)
        | Value::Dict(_)
        | Value::Tuple(_)
        | Value::Instance(_)
        | Value::Function(_)
        | Value::Cell(_)
        | Value::Method(_)
        | Value::Class(_)
        | Value::Generator(_) => v.ptr(),
        _ => None,
    }
}

fn visit_dict(d: &PyDict, f: &mut dyn FnMut(usize)) -> bool {
    let Ok(map) = d.map.try_borrow() else {
        return false;
    };
    for e in map.iter() {
        if let Some(p) = value_addr(&e.key) {
            f(p);
        }
        if let Some(p) = value_addr(&e.value) {
            f(p);
        }
    }
    true
}

/// Move `d`'s keys and values into `dump`, leaving it empty.
pub(crate) fn clear_dict(d: &PyDict, dump: &mut Vec<Value>) {
    if let Ok(mut map) = d.map.try_borrow_mut() {
        let old = std::mem::take(&mut *map);
        for e in old.iter() {
            dump.push(e.key.clone());
            dump.push(e.value.clone());
        }
        drop(old);
    }
}

struct Registry {
    young: Vec<Tracked>,
    /// Tracked allocations since the young list was last collected.
    young_allocs: usize,
    old: Vec<Tracked>,
    /// Live old objects after the last full collection.
    old_baseline: usize,
    /// `old.len()` after dead entries were last dropped from it.
    old_pruned: usize,
    enabled: bool,
    collecting: bool,
}

thread_local! {
    // Const-initialised: `track`, on every allocation of a trackable
    // object, then skips the lazy-initialisation check.
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            young: Vec::new(),
            young_allocs: 0,
            old: Vec::new(),
            old_baseline: 0,
            old_pruned: 0,
            enabled: true,
            collecting: false,
        })
    };
    static FREED: StdCell<usize> = const { StdCell::new(0) };
}

/// Register a new object (on every allocation of a trackable object: the
/// common case is a push and a count, the rest is out of line).
#[inline]
fn track<T: Traced>(obj: &Rc<T>) {
    let Some(t) = Tracked::new(obj) else {
        return;
    };
    let due = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.young.push(t);
        r.young_allocs += 1;
        if r.young_allocs % YOUNG_PRUNE == 0 || r.young_allocs >= YOUNG_THRESHOLD {
            r.after_track()
        } else {
            false
        }
    });
    if due {
        collect_young();
    }
}

impl Registry {
    /// [`track`]'s rare part: prune dead young entries every
    /// [`YOUNG_PRUNE`] allocations; is a young collection due?
    #[cold]
    #[inline(never)]
    fn after_track(&mut self) -> bool {
        if self.young_allocs % YOUNG_PRUNE == 0 {
            self.young.retain(Tracked::alive);
        }
        self.enabled && !self.collecting && self.young_allocs >= YOUNG_THRESHOLD
    }
}

pub fn track_list(l: &Rc<RefCell<Vec<Value>>>) {
    track(l);
}

pub fn track_dict(d: &Rc<PyDict>) {
    track(d);
}

/// Tuples are tracked only when they hold something that can form a cycle.
pub fn track_tuple(t: &Rc<PyTuple>) {
    if t.items.iter().any(|v| value_addr(v).is_some()) {
        track(t);
    }
}

pub fn track_instance(i: &Rc<Instance>) {
    track(i);
}

pub fn track_function(f: &Rc<Function>) {
    track(f);
}

pub fn track_cell(c: &Rc<Cell>) {
    track(c);
}

pub fn track_method(m: &Rc<BoundMethod>) {
    track(m);
}

pub fn track_class(c: &Rc<Class>) {
    track(c);
}

/// Every live tracked generator, oldest first (for finalization at exit).
pub fn live_generators() -> Vec<Rc<Generator>> {
    REGISTRY.with(|r| {
        let Ok(r) = r.try_borrow() else {
            return Vec::new();
        };
        r.old
            .iter()
            .chain(r.young.iter())
            .filter(|t| t.kind() == Kind::Generator)
            .filter_map(|t| match t.upgrade()?.view() {
                View::Generator(g) => Some(Rc::clone(&g)),
                _ => None,
            })
            .collect()
    })
}

pub fn track_generator(g: &Rc<Generator>) {
    track(g);
}

/// An open-addressing map from a tracked object's address to its index in
/// the collection's object vector: 4 bytes a slot at most half full, where
/// a general hash map took about 34 bytes an object (the collector's
/// temporaries are part of the peak memory of a program with a big heap).
struct AddrIndex {
    /// `index + 1` of the object, 0 for an empty slot.
    slots: Vec<u32>,
    shift: u32,
}

impl AddrIndex {
    fn new(objs: &[Strong]) -> AddrIndex {
        let cap = (objs.len() * 2).next_power_of_two().max(16);
        let mut ix = AddrIndex {
            slots: vec![0; cap],
            shift: 64 - cap.trailing_zeros(),
        };
        let mask = cap - 1;
        for (i, o) in objs.iter().enumerate() {
            let mut s = ix.home(o.addr());
            while ix.slots[s] != 0 {
                s = (s + 1) & mask;
            }
            ix.slots[s] = i as u32 + 1;
        }
        ix
    }

    #[inline]
    fn home(&self, addr: usize) -> usize {
        ((addr as u64 >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The index of the object at `addr`, if it is in the set.
    #[inline]
    fn get(&self, objs: &[Strong], addr: usize) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut s = self.home(addr);
        loop {
            let i = self.slots[s];
            if i == 0 {
                return None;
            }
            let i = i as usize - 1;
            if objs[i].addr() == addr {
                return Some(i);
            }
            s = (s + 1) & mask;
        }
    }
}

/// A count that marks an object whose contents could not be inspected (a
/// borrowed cell) as referenced from outside, whatever is subtracted.
const UNINSPECTABLE: i32 = i32::MAX / 2;

/// Collect the objects in `set`; returns the survivors and how many
/// objects were found to be garbage.
fn collect_set(set: Vec<Tracked>) -> (Vec<Tracked>, usize) {
    // In place: `Tracked` and `Strong` are the same size.
    let objs: Vec<Strong> = set.into_iter().filter_map(|t| t.upgrade()).collect();
    let index = AddrIndex::new(&objs);
    let mut refs: Vec<i32> = objs
        .iter()
        .map(|o| o.count().min(UNINSPECTABLE as usize) as i32)
        .collect();
    // Subtract references internal to the set. An object that could not
    // be inspected is treated as referenced from outside, so everything it
    // might reach stays alive.
    for (i, o) in objs.iter().enumerate() {
        let ok = o.visit(&mut |p| {
            if let Some(j) = index.get(&objs, p) {
                refs[j] -= 1;
            }
        });
        if !ok {
            refs[i] = UNINSPECTABLE;
        }
    }
    // Anything still referenced from outside is a root.
    let mut reachable = vec![false; objs.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, &r) in refs.iter().enumerate() {
        if r > 0 {
            reachable[i] = true;
            stack.push(i);
        }
    }
    drop(refs);
    while let Some(i) = stack.pop() {
        objs[i].visit(&mut |p| {
            if let Some(j) = index.get(&objs, p) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    drop(stack);
    drop(index);
    // PEP 442: garbage that needs finalizing (suspended generators to
    // close, instances whose `__del__` has not run) is finalized first, at
    // the VM's next safe point; everything survives this collection and the
    // next one frees whatever is still unreachable.
    let mut finalizing = false;
    for (i, o) in objs.iter().enumerate() {
        if reachable[i] {
            continue;
        }
        match &o.view() {
            View::Generator(g) if crate::builtins::gen_finalize::needs_close(g) => {
                crate::builtins::gen_finalize::enqueue(Rc::clone(g));
                finalizing = true;
            }
            View::Instance(inst) => {
                finalizing |= crate::vm::finalize::queue_finalizer(inst);
            }
            _ => {}
        }
    }
    if finalizing {
        return (objs.into_iter().map(|o| o.downgrade()).collect(), 0);
    }
    let mut dump = Vec::new();
    let mut garbage = 0;
    for (i, o) in objs.iter().enumerate() {
        if !reachable[i] {
            garbage += 1;
            o.clear(&mut dump);
        }
    }
    // In place again; garbage is freed as its last reference goes here.
    let survivors = objs
        .into_iter()
        .zip(reachable)
        .filter_map(|(o, r)| r.then(|| o.downgrade()))
        .collect();
    drop(dump);
    (survivors, garbage)
}

fn begin() -> bool {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if r.collecting {
            return false;
        }
        r.collecting = true;
        true
    })
}

fn end() {
    REGISTRY.with(|r| r.borrow_mut().collecting = false);
}

/// Collect the young generation, promoting survivors; runs a full
/// collection instead when the old generation has doubled.
pub fn collect_young() -> usize {
    if !begin() {
        return 0;
    }
    let young = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.young_allocs = 0;
        std::mem::take(&mut r.young)
    });
    let (survivors, garbage) = collect_set(young);
    let full_due = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.old.extend(survivors);
        // Promoted objects that have died since (short-lived trees, say)
        // still hold their allocation through the weak reference: drop
        // those entries whenever the old list has grown by a quarter since
        // the last time, which is cheap (a count check per entry, no
        // tracing) and amortised O(1) per object, and bounds the dead
        // allocations kept to about a quarter of the live old ones.
        let pruned = r.old_pruned;
        if r.old.len() > pruned + (pruned / 4).max(YOUNG_THRESHOLD) {
            r.old.retain(Tracked::alive);
            r.old_pruned = r.old.len();
        }
        r.old.len() > 2 * r.old_baseline.max(YOUNG_THRESHOLD)
    });
    end();
    FREED.with(|f| f.set(f.get() + garbage));
    if full_due {
        return garbage + collect_full();
    }
    garbage
}

/// Collect every generation (`gc.collect()`); returns the number of
/// unreachable objects found.
pub fn collect_full() -> usize {
    if !begin() {
        return 0;
    }
    let all = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let mut all = std::mem::take(&mut r.old);
        all.append(&mut r.young);
        r.young_allocs = 0;
        all
    });
    let (survivors, garbage) = collect_set(all);
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.old_baseline = survivors.len();
        r.old_pruned = survivors.len();
        r.old = survivors;
    });
    end();
    FREED.with(|f| f.set(f.get() + garbage));
    garbage
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    REGISTRY.with(|r| r.borrow_mut().enabled = on);
}

pub fn is_enabled() -> bool {
    REGISTRY.with(|r| r.borrow().enabled)
}

/// (young, old) tracked-object counts, for `gc.get_count()`.
pub fn counts() -> (usize, usize) {
    REGISTRY.with(|r| {
        let r = r.borrow();
        (r.young.len(), r.old.len())
    })
}
