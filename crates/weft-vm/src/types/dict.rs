//! `dict` storage: insertion-ordered like CPython's compact dict.
//!
//! Entries live in a vector in insertion order; a `hashbrown::HashTable` maps
//! hashes to entry indices. Deletion leaves a hole that is skipped during
//! iteration and squeezed out when holes outnumber live entries, so removal
//! is O(1) amortised and order is preserved.
//!
//! Key comparison can run Python code (`__eq__`), which may touch this very
//! dict, so lookups collect candidate slots while borrowed and compare them
//! after releasing the borrow; builtin keys compare without that dance.

use std::cell::RefCell;

use hashbrown::HashTable;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone)]
pub struct DictMap {
    entries: Vec<Option<Entry>>,
    table: HashTable<u32>,
    len: usize,
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

/// Dicts with more keys than this get unshared layout ids, so big dicts
/// used as tables do not grow the transition table.
const MAX_SHARED_LAYOUT: usize = 30;

/// The layout id of every empty dict.
const EMPTY_LAYOUT: u64 = 0;

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    /// Shared layouts: parent id -> (added key, child id) edges.
    static TRANSITIONS: RefCell<hashbrown::HashMap<u64, Vec<(std::rc::Rc<crate::types::str::PyStr>, u64)>>> =
        RefCell::new(hashbrown::HashMap::new());
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// The shared layout reached from `parent` by appending `key`.
fn transition(parent: u64, key: &std::rc::Rc<crate::types::str::PyStr>) -> u64 {
    TRANSITIONS.with(|t| {
        let mut t = t.borrow_mut();
        let edges = t.entry(parent).or_default();
        for (k, id) in edges.iter() {
            if std::rc::Rc::ptr_eq(k, key) || k.as_str() == key.as_str() {
                return *id;
            }
        }
        let id = next_version();
        edges.push((key.clone(), id));
        id
    })
}

impl Default for DictMap {
    fn default() -> Self {
        DictMap {
            entries: Vec::new(),
            table: HashTable::new(),
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

    pub fn from_map(map: DictMap) -> PyDict {
        PyDict {
            map: RefCell::new(map),
        }
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Look a key up; `Ok(None)` if missing.
    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.find(vm, key, hash)? {
            Some(i) => Ok(self.map.borrow().entries[i]
                .as_ref()
                .map(|e| e.value.clone())),
            None => Ok(None),
        }
    }

    /// Fast path for `str` keys (attribute and global lookups): no Python code can run.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let m = self.map.borrow();
        let hash = crate::types::str::str_hash(key);
        m.table
            .find(hash as u64, |&i| match &m.entries[i as usize] {
                Some(e) => e.hash == hash && matches!(&e.key, Value::Str(s) if s.as_str() == key),
                None => false,
            })
            .and_then(|&i| m.entries[i as usize].as_ref().map(|e| e.value.clone()))
    }

    /// Like `get_str` for an already-built `str` object (uses its cached hash).
    pub fn get_pystr(&self, key: &crate::types::str::PyStr) -> Option<Value> {
        let m = self.map.borrow();
        let hash = key.hash();
        m.table
            .find(hash as u64, |&i| match &m.entries[i as usize] {
                Some(e) => {
                    e.hash == hash
                        && matches!(&e.key, Value::Str(s) if std::ptr::eq(&**s, key) || s.as_str() == key.as_str())
                }
                None => false,
            })
            .and_then(|&i| m.entries[i as usize].as_ref().map(|e| e.value.clone()))
    }

    /// `get_pystr` for code that may run while the map is being mutated
    /// (a finalizer check in `Drop`): `None` when the map is borrowed.
    pub fn try_get_pystr(&self, key: &crate::types::str::PyStr) -> Option<Value> {
        let m = self.map.try_borrow().ok()?;
        let hash = key.hash();
        m.table
            .find(hash as u64, |&i| match &m.entries[i as usize] {
                Some(e) => {
                    e.hash == hash && matches!(&e.key, Value::Str(s) if s.as_str() == key.as_str())
                }
                None => false,
            })
            .and_then(|&i| m.entries[i as usize].as_ref().map(|e| e.value.clone()))
    }

    pub fn set_str(&self, key: &str, value: Value) {
        let k = crate::types::str::intern(key);
        let hash = k.hash();
        self.insert_native(Value::Str(k), hash, value);
    }

    /// Insert a key whose equality is native (str/int/...), so no VM is needed.
    pub fn insert_native(&self, key: Value, hash: i64, value: Value) {
        let mut m = self.map.borrow_mut();
        let found = m
            .table
            .find(hash as u64, |&i| match &m.entries[i as usize] {
                Some(e) => e.hash == hash && native_eq(&e.key, &key) == Some(true),
                None => false,
            });
        match found.copied() {
            Some(i) => m.entries[i as usize].as_mut().unwrap().value = value,
            None => m.push(hash, key, value),
        }
    }

    /// Index of the entry holding `key`.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mut slow: Vec<(usize, Value)> = Vec::new();
        {
            let m = self.map.borrow();
            let mut hit = None;
            for &i in m.table.iter_hash(hash as u64) {
                if let Some(e) = &m.entries[i as usize] {
                    if e.hash != hash {
                        continue;
                    }
                    if e.key.is(key) {
                        hit = Some(i as usize);
                        break;
                    }
                    match native_eq(&e.key, key) {
                        Some(true) => {
                            hit = Some(i as usize);
                            break;
                        }
                        Some(false) => {}
                        None => slow.push((i as usize, e.key.clone())),
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
                if m.entries
                    .get(i)
                    .is_some_and(|e| e.as_ref().is_some_and(|e| e.key.is(&k)))
                {
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
        let hash = vm.hash(&key)?;
        self.insert_hashed(vm, key, hash, value)
    }

    pub fn insert_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.find(vm, &key, hash)? {
            Some(i) => {
                let mut m = self.map.borrow_mut();
                if let Some(e) = m.entries[i].as_mut() {
                    e.value = value;
                }
            }
            None => self.map.borrow_mut().push(hash, key, value),
        }
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
    fn push(&mut self, hash: i64, key: Value, value: Value) {
        self.version = match &key {
            Value::Str(k) if self.shared && self.entries.len() < MAX_SHARED_LAYOUT => {
                transition(self.version, k)
            }
            _ => {
                self.shared = false;
                next_version()
            }
        };
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(hash as u64, idx, |&i| {
            entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    fn remove_index(&mut self, i: usize, hash: i64) -> Option<Value> {
        let entry = self.entries[i].take()?;
        self.unshare();
        if let Ok(slot) = self.table.find_entry(hash as u64, |&j| j as usize == i) {
            slot.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(entry.value)
    }

    /// Squeeze out deleted entries and rebuild the index table.
    fn compact(&mut self) {
        let live: Vec<Option<Entry>> = self.entries.drain(..).filter(|e| e.is_some()).collect();
        self.entries = live;
        self.table.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let h = e.as_ref().unwrap().hash as u64;
            let entries = &self.entries;
            self.table.insert_unique(h, i as u32, |&j| {
                entries[j as usize].as_ref().map_or(0, |e| e.hash as u64)
            });
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// A layout id of its own: keys were removed, so indices may have holes.
    fn unshare(&mut self) {
        self.version = next_version();
        self.shared = false;
    }

    /// Append `key`, which the caller knows is absent (its cached layout
    /// says so), without searching for it.
    pub fn push_absent(&mut self, hash: i64, key: Value, value: Value) {
        self.push(hash, key, value);
    }

    /// Replace the value at entry index `i`, returning the old one (to be
    /// dropped after the borrow is released: dropping can run Python code).
    pub fn replace_value_at(&mut self, i: usize, value: Value) -> Option<Value> {
        match self.entries.get_mut(i) {
            Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }

    /// The key-layout version (see the field).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Find a `str` key: its entry index, for inline caches.
    pub fn index_of_str(&self, key: &crate::types::str::PyStr) -> Option<usize> {
        let hash = key.hash();
        self.table
            .find(hash as u64, |&i| match &self.entries[i as usize] {
                Some(e) => {
                    e.hash == hash
                        && matches!(&e.key, Value::Str(s) if std::ptr::eq(&**s, key) || s.as_str() == key.as_str())
                }
                None => false,
            })
            .map(|&i| i as usize)
    }

    /// The value at entry index `i` (from [`DictMap::index_of_str`]).
    #[inline]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entries
            .get(i)
            .and_then(|e| e.as_ref())
            .map(|e| &e.value)
    }

    /// Entry by position in the entry vector (holes give None); for iterators.
    pub fn entry_at(&self, pos: usize) -> Option<Option<&Entry>> {
        self.entries.get(pos).map(|e| e.as_ref())
    }

    /// Number of slots (live or deleted) for iterator bounds.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// Remove and return the last inserted entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        self.unshare();
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let n = self.entries.len();
                if let Ok(slot) = self.table.find_entry(e.hash as u64, |&j| j as usize == n) {
                    slot.remove();
                }
                self.len -= 1;
                return Some(e);
            }
        }
        None
    }
}

/// Equality for keys whose `__eq__` is builtin; `None` when Python code would run.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Bool(x), Bool(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        // Mixed int/float/bool equality must be exact: leave it to `compare`.
        (Int(_) | Bool(_) | BigInt(_), Float(_)) | (Float(_), Int(_) | Bool(_) | BigInt(_)) => {
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
        (Str(_) | Int(_) | Bool(_) | Float(_) | BigInt(_) | None | Bytes(_) | Tuple(_), _) => false,
        _ => return Option::None,
    })
}
