//! `set` and `frozenset` storage: CPython's open-addressing hash table
//! (Objects/setobject.c), reproduced slot for slot.
//!
//! Python iterates a set in table order, so printing `{3, 1, 2}` shows
//! `{1, 2, 3}`. To match CPython's output the table must probe, grow and
//! reuse deleted slots exactly as CPython's does: linear probing of up to
//! `LINEAR_PROBES` slots, then perturbed jumps; resizing when 60% full;
//! `pop()` resuming from a finger.
//!
//! Key comparison can run Python code (`__eq__`), which may mutate this very
//! set, so the table is never borrowed across such a call; a lookup that sees
//! the table change underneath it starts over, as CPython's does.

use std::cell::RefCell;

use crate::types::dict::native_eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A deleted entry (CPython's `dummy`, hash -1).
    Dummy,
    Used(Value, i64),
}

#[derive(Clone)]
struct Table {
    slots: Vec<Slot>,
    /// Used plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop()` resumes its search.
    finger: usize,
    /// Bumped whenever `slots` is replaced, so lookups can detect it.
    version: u64,
}

impl Table {
    fn new() -> Table {
        Table {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_table_resize`: rebuild with the smallest size above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // No dummies, so no point doing anything.
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        self.version += 1;
        let mask = newsize - 1;
        for slot in old {
            if let Slot::Used(key, hash) = slot {
                insert_clean(&mut self.slots, mask, key, hash);
            }
        }
    }

    /// Add a key known to be absent at `empty`, or at the last dummy seen.
    fn place(&mut self, empty: usize, freeslot: Option<usize>, key: Value, hash: i64) {
        if let Some(f) = freeslot {
            self.used += 1;
            self.slots[f] = Slot::Used(key, hash);
            return;
        }
        self.fill += 1;
        self.used += 1;
        self.slots[empty] = Slot::Used(key, hash);
        if self.fill * 5 >= self.mask() * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
    }
}

/// Insert into a table known to contain neither the key nor dummies.
fn insert_clean(slots: &mut [Slot], mask: usize, key: Value, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Used(key, hash);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if matches!(slots[i + j], Slot::Empty) {
                    slots[i + j] = Slot::Used(key, hash);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// What a probe for a key found.
enum Probe {
    /// The key is at this slot.
    Found(usize),
    /// Absent: the first empty slot reached, and the last dummy passed.
    Absent(usize, Option<usize>),
    /// A slot with an equal hash whose key needs a Python-level comparison.
    Compare {
        slot: usize,
        key: Value,
        version: u64,
        resume: ProbeState,
    },
}

/// Where to continue probing after a Python-level comparison said "not equal".
#[derive(Clone, Copy)]
struct ProbeState {
    i: usize,
    /// Index within the current linear-probe run.
    j: usize,
    perturb: u64,
    freeslot: Option<usize>,
}

impl Table {
    /// Walk the probe sequence of `hash` from `st` until the key is found, an
    /// empty slot ends the search, or Python code must decide equality.
    fn probe(&self, key: &Value, hash: i64, mut st: ProbeState) -> Probe {
        let mask = self.mask();
        loop {
            let run = if st.i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            while st.j <= run {
                let idx = st.i + st.j;
                st.j += 1;
                match &self.slots[idx] {
                    Slot::Empty => return Probe::Absent(idx, st.freeslot),
                    Slot::Dummy => st.freeslot = Some(idx),
                    Slot::Used(k, h) if *h == hash => {
                        if k.is(key) {
                            return Probe::Found(idx);
                        }
                        match native_eq(k, key) {
                            Some(true) => return Probe::Found(idx),
                            Some(false) => {}
                            None => {
                                return Probe::Compare {
                                    slot: idx,
                                    key: k.clone(),
                                    version: self.version,
                                    resume: st,
                                };
                            }
                        }
                    }
                    Slot::Used(..) => {}
                }
            }
            st.perturb >>= PERTURB_SHIFT;
            st.i = (st
                .i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(st.perturb as usize))
                & mask;
            st.j = 0;
        }
    }

    fn start(&self, hash: i64) -> ProbeState {
        ProbeState {
            i: hash as u64 as usize & self.mask(),
            j: 0,
            perturb: hash as u64,
            freeslot: None,
        }
    }
}

/// The result of a full lookup.
enum Lookup {
    Found(usize),
    Absent(usize, Option<usize>),
}

pub struct PySet {
    table: RefCell<Table>,
    /// Cached frozenset hash.
    hash: std::cell::Cell<Option<i64>>,
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: RefCell::new(Table::new()),
            hash: std::cell::Cell::new(None),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Find `key` (with its hash), running `__eq__` where needed.
    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Lookup> {
        let mut st = self.table.borrow().start(hash);
        loop {
            let probe = self.table.borrow().probe(key, hash, st);
            match probe {
                Probe::Found(i) => return Ok(Lookup::Found(i)),
                Probe::Absent(i, free) => return Ok(Lookup::Absent(i, free)),
                Probe::Compare {
                    slot,
                    key: startkey,
                    version,
                    resume,
                } => {
                    let eq = vm.eq(&startkey, key)?;
                    let t = self.table.borrow();
                    let unchanged = t.version == version
                        && matches!(&t.slots[slot], Slot::Used(k, _) if k.is(&startkey));
                    if !unchanged {
                        // The comparison changed the set: start over.
                        st = t.start(hash);
                        continue;
                    }
                    if eq {
                        return Ok(Lookup::Found(slot));
                    }
                    st = resume;
                }
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.contains_hashed(vm, key, hash)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.lookup(vm, key, hash)?, Lookup::Found(_)))
    }

    /// `set.add`.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, key, hash)
    }

    /// `set_add_entry`: the probe remembers the last dummy slot passed.
    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        if let Lookup::Absent(empty, free) = self.lookup(vm, &key, hash)? {
            self.hash.set(None);
            self.table.borrow_mut().place(empty, free, key, hash);
        }
        Ok(())
    }

    /// `set.discard`: whether the key was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.discard_hashed(vm, key, hash)
    }

    pub fn discard_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match self.lookup(vm, key, hash)? {
            Lookup::Found(i) => {
                let mut t = self.table.borrow_mut();
                let old = std::mem::replace(&mut t.slots[i], Slot::Dummy);
                t.used -= 1;
                drop(t);
                drop(old);
                self.hash.set(None);
                Ok(true)
            }
            Lookup::Absent(..) => Ok(false),
        }
    }

    /// `set.pop`: the first entry at or after the finger.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Used(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let Slot::Used(key, _) = std::mem::replace(&mut t.slots[i], Slot::Dummy) else {
            return None;
        };
        t.used -= 1;
        t.finger = i + 1;
        drop(t);
        self.hash.set(None);
        Some(key)
    }

    /// Empty the set (back to the minimum table; the pop finger is kept).
    pub fn clear(&self) {
        let mut t = self.table.borrow_mut();
        let finger = t.finger;
        let version = t.version + 1;
        let old = std::mem::replace(&mut *t, Table::new());
        t.finger = finger;
        t.version = version;
        drop(t);
        drop(old);
        self.hash.set(None);
    }

    /// The keys in table (iteration) order.
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Used(k, _) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// The keys with their hashes, in table order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Used(k, h) => Some((k.clone(), *h)),
                _ => None,
            })
            .collect()
    }

    /// Grow once for `extra` more keys, as `set_merge` and the dict path of
    /// `set_update_internal` do before inserting.
    pub fn reserve_for(&self, extra: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + extra) * 5 >= t.mask() * 3 {
            let n = (t.used + extra) * 2;
            t.resize(n);
        }
    }

    /// `set_merge`: add all keys of another set.
    pub fn merge(&self, vm: &mut Vm, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let (other_slots, other_fill, other_used) = {
            let o = other.table.borrow();
            (o.slots.clone(), o.fill, o.used)
        };
        if other_used == 0 {
            return Ok(());
        }
        self.hash.set(None);
        self.reserve_for(other_used);
        {
            let mut t = self.table.borrow_mut();
            if t.fill == 0 {
                if t.slots.len() == other_slots.len() && other_fill == other_used {
                    // Same size and no dummies: copy the slots as they are.
                    t.slots = other_slots;
                    t.fill = other_fill;
                    t.used = other_used;
                    t.version += 1;
                    return Ok(());
                }
                let mask = t.mask();
                t.fill = other_used;
                t.used = other_used;
                t.version += 1;
                for slot in other_slots {
                    if let Slot::Used(k, h) = slot {
                        insert_clean(&mut t.slots, mask, k, h);
                    }
                }
                return Ok(());
            }
        }
        for slot in other_slots {
            if let Slot::Used(k, h) = slot {
                self.add_hashed(vm, k, h)?;
            }
        }
        Ok(())
    }

    /// A copy with CPython's layout (`set_copy` = a new set merged with this one).
    pub fn copy(&self, vm: &mut Vm) -> PyResult<PySet> {
        let s = PySet::new();
        s.merge(vm, self)?;
        Ok(s)
    }

    /// Shrink away dummies after a bulk removal (`set_difference_update`).
    pub fn purge_dummies(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used > t.mask() / 4 {
            let n = if t.used > 50000 {
                t.used * 2
            } else {
                t.used * 4
            };
            t.resize(n);
        }
    }

    /// Exchange the contents of two sets (`set_swap_bodies`).
    pub fn swap_contents(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            return;
        }
        let mut a = self.table.borrow_mut();
        let mut b = other.table.borrow_mut();
        std::mem::swap(&mut a.slots, &mut b.slots);
        std::mem::swap(&mut a.fill, &mut b.fill);
        std::mem::swap(&mut a.used, &mut b.used);
        a.version += 1;
        b.version += 1;
        self.hash.set(None);
        other.hash.set(None);
    }

    /// CPython's frozenset hash: order-independent, from the slot hashes.
    pub fn frozen_hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for slot in &t.slots {
            if let Slot::Used(_, h) = slot {
                hash ^= shuffle(*h as u64);
            }
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let mut h = hash as i64;
        if h == -1 {
            h = 590923713;
        }
        self.hash.set(Some(h));
        h
    }
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}
