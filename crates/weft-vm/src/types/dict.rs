//! `dict` storage: insertion-ordered like CPython's compact dict.
//!
//! Entries live in a vector in insertion order; a `hashbrown::HashTable` maps
//! hashes to entry indices once there are more than [`SMALL`] entry slots
//! (smaller dicts, such as most instance namespaces, are searched linearly
//! and allocate no table). Deletion leaves a hole that is skipped during
//! iteration and squeezed out when holes outnumber live entries, so removal
//! is O(1) amortised and order is preserved.
//!
//! Key comparison can run Python code (`__eq__`), which may touch this very
//! dict, so lookups collect candidate slots while borrowed and compare them
//! after releasing the borrow; builtin keys compare without that dance.

use std::cell::RefCell;
use std::rc::Rc;

use hashbrown::HashTable;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// An entry as iteration sees it: a split dict stores no `Entry`s.
#[derive(Clone, Copy)]
pub struct EntryRef<'a> {
    pub hash: i64,
    pub key: &'a Value,
    pub value: &'a Value,
}

#[derive(Clone)]
pub struct DictMap {
    store: Store,
    /// Live entries (`u32` keeps `PyDict` at 64 bytes).
    len: u32,
    /// Identifies the key layout, like CPython's dict-keys version: equal
    /// ids mean the same keys at the same entry indices, so an inline cache
    /// that remembers (layout, index) can read a slot without hashing.
    /// Small dicts built by appending `str` keys share ids through a global
    /// transition table (all instances initialised by one `__init__` agree);
    /// any other change (removal, non-`str` key, size past
    /// [`MAX_SHARED_LAYOUT`]) gives a fresh id that nothing else shares.
    version: u64,
    /// Whether `version` came from the transition table.
    shared: bool,
}

/// Where a dict's entries live.
#[derive(Clone)]
enum Store {
    Combined {
        entries: Vec<Option<Entry>>,
        /// Hash -> entry index; `None` while `entries.len() <= SMALL`.
        /// Boxed so a small dict is 24 bytes smaller.
        table: Option<Box<HashTable<u32>>>,
    },
    /// Like CPython's split tables, for instance dicts: only the values,
    /// at the indices of the keys of `layout`, whose id is the dict's
    /// `version` (16 bytes an attribute instead of 40). Any change other
    /// than appending a `str` key along a shared layout or replacing a
    /// value first converts the dict to `Combined` ([`DictMap::combine`]).
    Split {
        layout: Rc<SplitLayout>,
        values: Vec<Value>,
    },
}

/// The keys (and their hashes) of a shared layout, for split dicts.
pub struct SplitLayout {
    id: u64,
    keys: Box<[(i64, Value)]>,
    /// The child layout last reached from this one (a memo: instances of
    /// one class usually get their attributes in the same order).
    next: RefCell<Option<Rc<SplitLayout>>>,
}

thread_local! {
    /// The split layout of each shared layout id that a split dict reached.
    static SPLIT_LAYOUTS: RefCell<rustc_hash::FxHashMap<u64, Rc<SplitLayout>>> =
        RefCell::new(Default::default());
    static EMPTY_SPLIT: Rc<SplitLayout> = Rc::new(SplitLayout {
        id: EMPTY_LAYOUT,
        keys: Box::new([]),
        next: RefCell::new(None),
    });
}

impl SplitLayout {
    /// The layout id (a [`DictMap::version`]).
    #[inline(always)]
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// How many keys the layout has.
    #[inline(always)]
    pub(crate) fn key_count(&self) -> usize {
        self.keys.len()
    }

    /// The key at index `i`.
    #[inline]
    pub(crate) fn key(&self, i: usize) -> Option<&Value> {
        self.keys.get(i).map(|(_, k)| k)
    }

    /// The index of the `str` key `key`, compared by pointer, then cached
    /// hash and text.
    #[inline]
    pub(crate) fn index_of_str(&self, key: &crate::types::str::PyStr) -> Option<usize> {
        let hash = key.hash();
        self.keys.iter().position(|(h, k)| {
            *h == hash && matches!(k, Value::Str(s) if std::ptr::eq(&**s, key) || s.same_text(key))
        })
    }

    /// The layout with no keys, where every instance namespace starts.
    pub(crate) fn empty() -> Rc<SplitLayout> {
        EMPTY_SPLIT.with(Rc::clone)
    }

    /// The layout reached by appending `key` to this one, when the shared
    /// layout table allows it (fewer than [`MAX_SHARED_LAYOUT`] keys and
    /// room in the table); `None` means the namespace must become a dict.
    #[inline]
    pub(crate) fn child(&self, key: &Rc<crate::types::str::PyStr>) -> Option<Rc<SplitLayout>> {
        if self.keys.len() >= MAX_SHARED_LAYOUT {
            return None;
        }
        split_child(self, key)
    }

    /// [`SplitLayout::child`] when this layout's memo already holds that
    /// child (its last key is the very object `key`): no table lookup, so
    /// an inline cache can take the transition. `None` otherwise.
    #[inline(always)]
    pub(crate) fn memo_child(&self, key: &crate::types::str::PyStr) -> Option<Rc<SplitLayout>> {
        // SAFETY: the reference is only read, and dropped before returning;
        // the memo is only written (`split_child`) while no other borrow
        // of it exists, and nothing here can reach that code.
        let next = unsafe { self.next.try_borrow_unguarded() }.ok()?;
        let c = next.as_ref()?;
        match c.keys.last() {
            Some((_, Value::Str(k))) if std::ptr::eq(&**k, key) => Some(c.clone()),
            _ => None,
        }
    }
}

/// The split layout reached from `parent` by appending `key`, if the
/// shared layout table has (or makes) that edge.
#[inline]
fn split_child(
    parent: &SplitLayout,
    key: &Rc<crate::types::str::PyStr>,
) -> Option<Rc<SplitLayout>> {
    // The memo first: the child's last key is the very object `key` (the
    // child holds it, so its address cannot have been reused), and layout
    // edges are never removed, so the child is the one `transition` gives.
    if let Some(c) = &*parent.next.borrow() {
        if matches!(c.keys.last(), Some((_, Value::Str(k))) if Rc::ptr_eq(k, key)) {
            return Some(c.clone());
        }
    }
    let id = transition(parent.id, key)?;
    Some(split_child_slow(parent, key, id))
}

#[cold]
fn split_child_slow(
    parent: &SplitLayout,
    key: &Rc<crate::types::str::PyStr>,
    id: u64,
) -> Rc<SplitLayout> {
    if let Some(c) = &*parent.next.borrow() {
        if c.id == id {
            return c.clone();
        }
    }
    let child = SPLIT_LAYOUTS.with(|m| {
        m.borrow_mut()
            .entry(id)
            .or_insert_with(|| {
                let mut keys = parent.keys.to_vec();
                keys.push((key.hash(), Value::Str(key.clone())));
                Rc::new(SplitLayout {
                    id,
                    keys: keys.into(),
                    next: RefCell::new(None),
                })
            })
            .clone()
    });
    *parent.next.borrow_mut() = Some(child.clone());
    child
}

/// Dicts with more keys than this get unshared layout ids, so big dicts
/// used as tables do not grow the transition table.
const MAX_SHARED_LAYOUT: usize = 30;

/// Dicts with at most this many entry slots (live or deleted) have no
/// index table: a linear scan comparing cached hashes is as fast as a table
/// probe at this size and saves the table's allocation.
const SMALL: usize = 8;

/// Indices of the entries that may hold a key with this hash.
enum Candidates<'a> {
    Split(
        std::iter::Enumerate<std::slice::Iter<'a, (i64, Value)>>,
        i64,
    ),
    Small(
        std::iter::Enumerate<std::slice::Iter<'a, Option<Entry>>>,
        i64,
    ),
    Table(hashbrown::hash_table::IterHash<'a, u32>),
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        match self {
            Candidates::Split(it, hash) => it.find_map(|(i, (h, _))| (h == hash).then_some(i)),
            Candidates::Small(it, hash) => it.find_map(|(i, e)| match e {
                Some(e) if e.hash == *hash => Some(i),
                _ => None,
            }),
            Candidates::Table(it) => it.next().map(|&i| i as usize),
        }
    }
}

/// The layout id of every empty dict.
const EMPTY_LAYOUT: u64 = 0;

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    /// Shared layouts: (parent id, added key's hash) -> (added key, child
    /// id) edges; keyed by the hash too so a layout with many children (the
    /// empty one) is not scanned linearly.
    static TRANSITIONS: RefCell<Transitions> = RefCell::new(hashbrown::HashMap::new());
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

type Transitions =
    hashbrown::HashMap<(u64, i64), Vec<(std::rc::Rc<crate::types::str::PyStr>, u64)>>;

/// At most this many shared layouts exist; after that new key sequences
/// get private ids, so programs building many small dicts with ever-new
/// keys (parsed records, word tables) do not grow the table without bound.
const MAX_LAYOUTS: usize = 1 << 14;

thread_local! {
    static LAYOUT_COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The shared layout reached from `parent` by appending `key` (`None` once
/// the table is full and this edge is new). Edges are compared by pointer
/// first: keys are usually the same interned name.
#[inline]
fn transition(parent: u64, key: &std::rc::Rc<crate::types::str::PyStr>) -> Option<u64> {
    let ptr = std::rc::Rc::as_ptr(key) as usize;
    let slot = recent_slot(parent, ptr);
    let (p, k, child) = RECENT.with(|r| r[slot].get());
    if p == parent && k == ptr {
        return Some(child);
    }
    transition_slow(parent, key, slot)
}

/// [`RECENT`]'s slot for the edge (`parent`, key at `ptr`).
#[inline]
fn recent_slot(parent: u64, ptr: usize) -> usize {
    let h = (parent ^ (ptr as u64 >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - RECENT_BITS)) as usize
}

/// How many edges [`RECENT`] remembers: `1 << RECENT_BITS`.
const RECENT_BITS: u32 = 9;

thread_local! {
    /// A direct-mapped memo in front of [`TRANSITIONS`]: (parent id, key
    /// address, child id) for recently taken edges, so adding an attribute
    /// along a known layout path costs a few loads instead of a hash-map
    /// probe. Only addresses of keys the transition table holds are
    /// stored; the table never drops its keys, so no other string can ever
    /// occupy that address and an address match means the very same key.
    static RECENT: [std::cell::Cell<(u64, usize, u64)>; 1 << RECENT_BITS] =
        const { [const { std::cell::Cell::new((u64::MAX, 0, 0)) }; 1 << RECENT_BITS] };
}

/// [`transition`] through the table, memoising the edge in [`RECENT`] slot
/// `slot` when `key` is the object the table holds.
#[cold]
fn transition_slow(
    parent: u64,
    key: &std::rc::Rc<crate::types::str::PyStr>,
    slot: usize,
) -> Option<u64> {
    let remember = |child: u64| {
        let ptr = std::rc::Rc::as_ptr(key) as usize;
        RECENT.with(|r| r[slot].set((parent, ptr, child)));
    };
    TRANSITIONS.with(|t| {
        let mut t = t.borrow_mut();
        let edge = (parent, key.hash());
        if let Some(edges) = t.get(&edge) {
            if let Some((_, id)) = edges.iter().find(|(k, _)| std::rc::Rc::ptr_eq(k, key)) {
                remember(*id);
                return Some(*id);
            }
            if let Some((_, id)) = edges.iter().find(|(k, _)| k.as_str() == key.as_str()) {
                // An equal key that is another object: not memoised (its
                // address could be reused once it is freed).
                return Some(*id);
            }
        }
        if LAYOUT_COUNT.with(|c| c.get()) >= MAX_LAYOUTS {
            return None;
        }
        LAYOUT_COUNT.with(|c| c.set(c.get() + 1));
        let id = next_version();
        t.entry(edge).or_default().push((key.clone(), id));
        remember(id);
        Some(id)
    })
}

impl Default for DictMap {
    fn default() -> Self {
        DictMap {
            store: Store::Combined {
                entries: Vec::new(),
                table: None,
            },
            len: 0,
            version: EMPTY_LAYOUT,
            shared: true,
        }
    }
}

pub struct PyDict {
    pub map: RefCell<DictMap>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            map: RefCell::new(DictMap::default()),
        }
    }

    /// A split dict holding `values` for the keys of `layout` (an
    /// instance namespace materialised as a dict object).
    pub(crate) fn from_split(layout: Rc<SplitLayout>, values: Vec<Value>) -> PyDict {
        debug_assert_eq!(layout.keys.len(), values.len());
        let map = DictMap {
            version: layout.id,
            len: values.len() as u32,
            store: Store::Split { layout, values },
            shared: true,
        };
        PyDict::from_map(map)
    }

    pub fn from_map(map: DictMap) -> PyDict {
        PyDict {
            map: RefCell::new(map),
        }
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Look a key up; `Ok(None)` if missing.
    #[inline]
    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = match key {
            Value::Str(s) => s.hash(),
            _ => vm.hash(key)?,
        };
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if let Some(m) = self.native_probe(key) {
            if let Ok(found) = m.find_native(key, hash) {
                return Ok(found.and_then(|i| m.value_at(i).cloned()));
            }
        }
        match self.find(vm, key, hash)? {
            Some(i) => Ok(self.map.borrow().value_at(i).cloned()),
            None => Ok(None),
        }
    }

    /// Fast path for `str` keys (attribute and global lookups): no Python code can run.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let m = self.map.borrow();
        let hash = crate::types::str::str_hash(key);
        m.find_index(hash, |k| matches!(k, Value::Str(s) if s.as_str() == key))
            .and_then(|i| m.value_at(i).cloned())
    }

    /// Like `get_str` for an already-built `str` object (uses its cached hash).
    pub fn get_pystr(&self, key: &crate::types::str::PyStr) -> Option<Value> {
        let m = self.map.borrow();
        m.index_of_str(key).and_then(|i| m.value_at(i).cloned())
    }

    /// `get_pystr` for code that may run while the map is being mutated
    /// (a finalizer check in `Drop`): `None` when the map is borrowed.
    pub fn try_get_pystr(&self, key: &crate::types::str::PyStr) -> Option<Value> {
        let m = self.map.try_borrow().ok()?;
        m.index_of_str(key).and_then(|i| m.value_at(i).cloned())
    }

    pub fn set_str(&self, key: &str, value: Value) {
        let k = crate::types::str::intern(key);
        let hash = k.hash();
        self.insert_native(Value::Str(k), hash, value);
    }

    /// Insert a key whose equality is native (str/int/...), so no VM is needed.
    pub fn insert_native(&self, key: Value, hash: i64, value: Value) {
        let mut m = self.map.borrow_mut();
        let found = m.find_index(hash, |k| native_eq(k, &key) == Some(true));
        match found {
            Some(i) => {
                let old = m.replace_value_at(i, value);
                drop(m);
                drop(old);
            }
            None => m.push(hash, key, value),
        }
    }

    /// The map, borrowed for [`DictMap::find_native`] when `key` is a `str`
    /// or an `int` (the keys that path handles).
    #[inline]
    fn native_probe(&self, key: &Value) -> Option<std::cell::Ref<'_, DictMap>> {
        match key {
            Value::Str(_) | Value::Int(_) => Some(self.map.borrow()),
            _ => None,
        }
    }

    /// Index of the entry holding `key`.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        if let Some(m) = self.native_probe(key) {
            if let Ok(found) = m.find_native(key, hash) {
                return Ok(found);
            }
        }
        let mut slow: Vec<(usize, Value)> = Vec::new();
        {
            let m = self.map.borrow();
            let mut hit = None;
            for i in m.candidates(hash) {
                if let Some(e) = m.key_at(i) {
                    if e.0 != hash {
                        continue;
                    }
                    if e.1.is(key) {
                        hit = Some(i);
                        break;
                    }
                    // The common case first: two `str`s.
                    if let (Value::Str(a), Value::Str(b)) = (e.1, key) {
                        if a.as_str() == b.as_str() {
                            hit = Some(i);
                            break;
                        }
                        continue;
                    }
                    match native_eq(e.1, key) {
                        Some(true) => {
                            hit = Some(i);
                            break;
                        }
                        Some(false) => {}
                        None => slow.push((i, e.1.clone())),
                    }
                }
            }
            if hit.is_some() {
                return Ok(hit);
            }
        }
        for (i, k) in slow {
            if vm.eq(&k, key)? {
                // The dict may have changed while Python code ran.
                let m = self.map.borrow();
                if m.key_at(i).is_some_and(|e| e.1.is(&k)) {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, key, hash)?.is_some())
    }

    pub fn insert(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = match &key {
            Value::Str(s) => s.hash(),
            _ => vm.hash(&key)?,
        };
        self.insert_hashed(vm, key, hash, value)
    }

    pub fn insert_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        if matches!(key, Value::Str(_) | Value::Int(_)) {
            let mut m = self.map.borrow_mut();
            if let Ok(found) = m.find_native(&key, hash) {
                match found {
                    Some(i) => {
                        let old = m.replace_value_at(i, value);
                        // Dropping the old value can run Python code
                        // (`__del__`) that uses this dict: release it first.
                        drop(m);
                        drop(old);
                    }
                    None => m.push(hash, key, value),
                }
                return Ok(());
            }
        }
        let old = match self.find(vm, &key, hash)? {
            Some(i) => self.map.borrow_mut().replace_value_at(i, value),
            None => {
                self.map.borrow_mut().push(hash, key, value);
                None
            }
        };
        drop(old);
        Ok(())
    }

    /// Remove `key`, returning its value.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        match self.find(vm, key, hash)? {
            Some(i) => Ok(self.map.borrow_mut().remove_index(i, hash)),
            None => Ok(None),
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.map.borrow().iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn clear(&self) {
        *self.map.borrow_mut() = DictMap::default();
    }

    pub fn copy(&self) -> PyDict {
        PyDict::from_map(self.map.borrow().clone())
    }
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

impl DictMap {
    /// Append `key`, which the caller knows is absent (a search found
    /// nothing, or an inline cache's layout says so).
    #[inline(always)]
    pub(crate) fn push(&mut self, hash: i64, key: Value, value: Value) {
        match key {
            Value::Str(k) if matches!(self.store, Store::Split { .. }) => self.push_split(k, value),
            key => self.push_combined(hash, key, value),
        }
    }

    /// [`DictMap::push`] of a `str` key onto a split dict: the common case
    /// (an instance getting its next attribute along a known layout) kept
    /// small, out of line from the general case.
    #[inline(never)]
    fn push_split(&mut self, key: Rc<crate::types::str::PyStr>, value: Value) {
        if let Store::Split { layout, values } = &mut self.store {
            if values.len() < MAX_SHARED_LAYOUT {
                if let Some(child) = split_child(layout, &key) {
                    self.version = child.id;
                    *layout = child;
                    values.push(value);
                    self.len += 1;
                    return;
                }
            }
        }
        let hash = key.hash();
        self.push_combined(hash, Value::Str(key), value);
    }

    /// [`DictMap::push`] onto a combined dict, combining a split one first.
    #[inline]
    fn push_combined(&mut self, hash: i64, key: Value, value: Value) {
        self.combine();
        self.version = self.layout_after(&key);
        if let Store::Combined { entries, table } = &mut self.store {
            let idx = entries.len();
            if idx < SMALL && idx < entries.capacity() && table.is_none() {
                entries.push(Some(Entry { hash, key, value }));
                self.len += 1;
                return;
            }
        }
        self.push_slow(hash, key, value);
    }

    /// Turn a split dict into a combined one (same keys at the same
    /// indices, so the layout id stays valid).
    #[inline]
    fn combine(&mut self) {
        if matches!(self.store, Store::Split { .. }) {
            self.combine_split();
        }
    }

    #[cold]
    #[inline(never)]
    fn combine_split(&mut self) {
        let Store::Split { layout, values } = &mut self.store else {
            return;
        };
        let values = std::mem::take(values);
        let entries: Vec<Option<Entry>> = layout
            .keys
            .iter()
            .zip(values)
            .map(|((hash, key), value)| {
                Some(Entry {
                    hash: *hash,
                    key: key.clone(),
                    value,
                })
            })
            .collect();
        self.store = Store::Combined {
            entries,
            table: None,
        };
        self.rebuild_table();
    }

    /// The combined entries and table, converting a split dict first.
    #[inline]
    fn combined(&mut self) -> (&mut Vec<Option<Entry>>, &mut Option<Box<HashTable<u32>>>) {
        self.combine();
        match &mut self.store {
            Store::Combined { entries, table } => (entries, table),
            Store::Split { .. } => unreachable!("combine() leaves a combined store"),
        }
    }

    /// (hash, key) of the live entry at index `i`.
    #[inline]
    fn key_at(&self, i: usize) -> Option<(i64, &Value)> {
        match &self.store {
            Store::Combined { entries, .. } => entries
                .get(i)
                .and_then(|e| e.as_ref())
                .map(|e| (e.hash, &e.key)),
            Store::Split { layout, values } if i < values.len() => {
                layout.keys.get(i).map(|(h, k)| (*h, k))
            }
            Store::Split { .. } => None,
        }
    }

    /// The layout id after appending `key` (see the `version` field).
    #[inline]
    fn layout_after(&mut self, key: &Value) -> u64 {
        match key {
            Value::Str(k) if self.shared && self.slots() < MAX_SHARED_LAYOUT => {
                match transition(self.version, k) {
                    Some(id) => id,
                    None => {
                        self.shared = false;
                        next_version()
                    }
                }
            }
            _ => {
                self.shared = false;
                next_version()
            }
        }
    }

    /// [`DictMap::push`] when the entry vector must grow or the dict has
    /// (or now needs) an index table.
    #[inline(never)]
    fn push_slow(&mut self, hash: i64, key: Value, value: Value) {
        let (entries, table) = self.combined();
        let idx = entries.len();
        if entries.capacity() == 0 {
            // Most dicts stay tiny: start with room for two entries rather
            // than `Vec`'s four.
            entries.reserve_exact(2);
        }
        entries.push(Some(Entry { hash, key, value }));
        match table {
            Some(table) => {
                let entries = &*entries;
                table.insert_unique(hash as u64, idx as u32, |&i| {
                    entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
                });
            }
            None if idx >= SMALL => self.rebuild_table(),
            None => {}
        }
        self.len += 1;
    }

    /// Indices of the entries that may hold a key with this hash.
    #[inline]
    fn candidates(&self, hash: i64) -> Candidates<'_> {
        match &self.store {
            Store::Split { layout, values } => {
                Candidates::Split(layout.keys[..values.len()].iter().enumerate(), hash)
            }
            Store::Combined {
                entries,
                table: None,
            } => Candidates::Small(entries.iter().enumerate(), hash),
            Store::Combined {
                table: Some(table), ..
            } => Candidates::Table(table.iter_hash(hash as u64)),
        }
    }

    /// The index of the live entry with this hash whose key `eq` accepts.
    #[inline]
    fn find_index(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        match &self.store {
            Store::Split { layout, values } => layout.keys[..values.len()]
                .iter()
                .position(|(h, k)| *h == hash && eq(k)),
            Store::Combined {
                entries,
                table: None,
            } => entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == hash && eq(&e.key))),
            Store::Combined {
                entries,
                table: Some(table),
            } => table
                .find(hash as u64, |&i| match &entries[i as usize] {
                    Some(e) => e.hash == hash && eq(&e.key),
                    None => false,
                })
                .map(|&i| i as usize),
        }
    }

    /// The index of the entry holding `key`, a `str` or an `int`, found
    /// without running Python code: the pointer, then the cached hash, then
    /// the text (or number) is compared. `Err(())` when no entry matched but
    /// one with the same hash has a key of another type, whose comparison
    /// may need the VM (a `str` subclass with `__eq__`, an equal `float`):
    /// the caller then takes the generic path.
    #[inline]
    pub(crate) fn find_native(&self, key: &Value, hash: i64) -> Result<Option<usize>, ()> {
        let mut other = false;
        let found = match key {
            Value::Str(k) => {
                let k: &crate::types::str::PyStr = k;
                self.find_index(hash, |key| match key {
                    Value::Str(s) => std::ptr::eq(&**s, k) || s.same_text(k),
                    _ => {
                        other = true;
                        false
                    }
                })
            }
            Value::Int(k) => self.find_index(hash, |key| match key {
                Value::Int(i) => i == k,
                Value::True => *k == 1,
                Value::False => *k == 0,
                Value::Str(_) => false,
                _ => {
                    other = true;
                    false
                }
            }),
            _ => return Err(()),
        };
        if found.is_none() && other {
            Err(())
        } else {
            Ok(found)
        }
    }

    /// Rebuild the index table from the entries (none for a small dict).
    fn rebuild_table(&mut self) {
        let Store::Combined { entries, table } = &mut self.store else {
            return;
        };
        if entries.len() <= SMALL {
            *table = None;
            return;
        }
        let table = table.get_or_insert_with(Default::default);
        table.clear();
        let entries = &*entries;
        for (i, e) in entries.iter().enumerate() {
            let Some(e) = e else { continue };
            table.insert_unique(e.hash as u64, i as u32, |&j| {
                entries[j as usize].as_ref().map_or(0, |e| e.hash as u64)
            });
        }
    }

    fn remove_index(&mut self, i: usize, hash: i64) -> Option<Value> {
        let (entries, table) = self.combined();
        let entry = entries.get_mut(i)?.take()?;
        if let Some(table) = table {
            if let Ok(slot) = table.find_entry(hash as u64, |&j| j as usize == i) {
                slot.remove();
            }
        }
        self.unshare();
        self.len -= 1;
        if self.slots() > 16 && (self.len as usize) * 2 < self.slots() {
            self.compact();
        }
        Some(entry.value)
    }

    /// Squeeze out deleted entries and rebuild the index table.
    fn compact(&mut self) {
        let (entries, _) = self.combined();
        let live: Vec<Option<Entry>> = entries.drain(..).filter(|e| e.is_some()).collect();
        *entries = live;
        self.rebuild_table();
    }

    pub fn iter(&self) -> impl Iterator<Item = EntryRef<'_>> {
        (0..self.slots()).filter_map(move |i| self.entry_at(i).flatten())
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// A layout id of its own: keys were removed, so indices may have holes.
    fn unshare(&mut self) {
        self.combine();
        self.version = next_version();
        self.shared = false;
    }

    /// Replace the value at entry index `i`, returning the old one (to be
    /// dropped after the borrow is released: dropping can run Python code).
    pub fn replace_value_at(&mut self, i: usize, value: Value) -> Option<Value> {
        let slot = match &mut self.store {
            Store::Split { values, .. } => values.get_mut(i),
            Store::Combined { entries, .. } => match entries.get_mut(i) {
                Some(Some(e)) => Some(&mut e.value),
                _ => None,
            },
        };
        slot.map(|v| std::mem::replace(v, value))
    }

    /// The key-layout version (see the field).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Find a `str` key: its entry index, for inline caches.
    pub fn index_of_str(&self, key: &crate::types::str::PyStr) -> Option<usize> {
        self.find_index(
            key.hash(),
            |k| matches!(k, Value::Str(s) if std::ptr::eq(&**s, key) || s.as_str() == key.as_str()),
        )
    }

    /// The value at entry index `i` (from [`DictMap::index_of_str`]).
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        // Split first: the instance-attribute hit path.
        if let Store::Split { values, .. } = &self.store {
            return values.get(i);
        }
        self.combined_value_at(i)
    }

    #[inline]
    fn combined_value_at(&self, i: usize) -> Option<&Value> {
        match &self.store {
            Store::Combined { entries, .. } => {
                entries.get(i).and_then(|e| e.as_ref()).map(|e| &e.value)
            }
            Store::Split { values, .. } => values.get(i),
        }
    }

    /// Entry by position in the entry vector (holes give None); for iterators.
    pub fn entry_at(&self, pos: usize) -> Option<Option<EntryRef<'_>>> {
        match &self.store {
            Store::Split { layout, values } => values.get(pos).map(|value| {
                layout.keys.get(pos).map(|(hash, key)| EntryRef {
                    hash: *hash,
                    key,
                    value,
                })
            }),
            Store::Combined { entries, .. } => entries.get(pos).map(|e| {
                e.as_ref().map(|e| EntryRef {
                    hash: e.hash,
                    key: &e.key,
                    value: &e.value,
                })
            }),
        }
    }

    /// Number of slots (live or deleted) for iterator bounds.
    pub fn slots(&self) -> usize {
        match &self.store {
            Store::Split { values, .. } => values.len(),
            Store::Combined { entries, .. } => entries.len(),
        }
    }

    /// Remove and return the last inserted entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        self.unshare();
        let (entries, table) = self.combined();
        let mut popped = None;
        while let Some(last) = entries.pop() {
            let n = entries.len();
            if n <= SMALL {
                *table = None;
            }
            if let Some(e) = last {
                if let Some(table) = table {
                    if let Ok(slot) = table.find_entry(e.hash as u64, |&j| j as usize == n) {
                        slot.remove();
                    }
                }
                popped = Some(e);
                break;
            }
        }
        if popped.is_some() {
            self.len -= 1;
        }
        popped
    }
}

/// Equality for keys whose `__eq__` is builtin; `None` when Python code would run.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), y @ (Value::True | Value::False)) | (y @ (Value::True | Value::False), Int(x)) => {
            *x == matches!(y, Value::True) as i64
        }
        (True, True) | (False, False) => true,
        (True | False, True | False) => false,
        (Float(x), Float(y)) => x.get() == y.get(),
        // Mixed int/float/bool equality must be exact: leave it to `compare`.
        (Int(_) | Value::True | Value::False | BigInt(_), Float(_))
        | (Float(_), Int(_) | Value::True | Value::False | BigInt(_)) => {
            return Option::None;
        }
        (Bytes(_), ByteArray(_)) => return Option::None,
        (BigInt(x), BigInt(y)) => x == y,
        (None, None) => true,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if p.is(q) {
                    continue;
                }
                if !native_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (FrozenSet(_), _) | (_, FrozenSet(_)) => return Option::None,
        (Complex(_), _) | (_, Complex(_)) => return Option::None,
        (
            Str(_)
            | Int(_)
            | Value::True
            | Value::False
            | Float(_)
            | BigInt(_)
            | None
            | Bytes(_)
            | Tuple(_),
            _,
        ) => false,
        _ => return Option::None,
    })
}
