//! Inline caches for `LoadGlobal`, `LoadAttr`, `LoadMethod` and `StoreAttr`.
//!
//! Each of those instructions in a code object owns one cache entry
//! ([`Code::caches`](crate::vm::code::Code), found through `cache_index`).
//! An entry remembers what the generic lookup found last time together with
//! the facts that made it valid, and the fast path re-checks those facts
//! before trusting it:
//!
//! - **globals**: the key-layout versions of the globals and builtins dicts
//!   (see `DictMap::version`). While both are unchanged the name sits at the
//!   same entry index, so the value is read straight from that slot.
//! - **attributes**: the instance's class (held weakly, so its address cannot
//!   be reused) and the class-lookup epoch (`lookup_cache::epoch`), which moves
//!   whenever any class namespace changes. While both hold, the class has no
//!   custom `__getattribute__`/`__setattr__` and the name is not a data
//!   descriptor, so the instance dict is consulted directly. Exceptions'
//!   state attributes (`args`, `__cause__`...) are never stored through the
//!   cache, and loads of them skip the dict for the exception state.
//!
//! A miss falls back to the generic protocol (`vm/attr.rs`) and refills the
//! entry, so behaviour is always the generic one; the cache only skips
//! lookups whose answers are known.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::builtins::attrs;
use crate::types::class::{Attrs, Class, Instance, lookup_cache};
use crate::types::dict::PyDict;
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// One cache entry.
#[derive(Default)]
pub enum Cache {
    #[default]
    Empty,
    /// A global: found at `index` in the globals dict (`in_builtins` false)
    /// or in the builtins dict, for these two key-layout versions.
    Global {
        globals_version: u64,
        builtins_version: u64,
        in_builtins: bool,
        index: u32,
    },
    /// An attribute of instances of the listed classes for class epoch
    /// `epoch`: `first`, then up to [`POLY`]` - 1` more, since one site
    /// often sees several subclasses. The first is inline so the common
    /// monomorphic hit reads no other memory.
    Attr {
        epoch: u64,
        first: AttrEntry,
        more: Vec<AttrEntry>,
    },
    /// `StoreAttr` on instances of the listed classes: a plain
    /// instance-dict store.
    Store {
        epoch: u64,
        first: AttrEntry,
        more: Vec<AttrEntry>,
    },
    /// `LoadAttr`/`LoadMethod`/`StoreAttr` of a `__slots__` attribute of
    /// instances of one class for class epoch `epoch`: the MRO lookup found
    /// the slot's descriptor (a data descriptor: the instance dict, if any,
    /// never wins) and the class has no custom `__getattribute__` (loads)
    /// or `__setattr__` (stores), so the value is `slots[index]`. The hit
    /// paths in `run_fast` never match it; the `*_cached` functions do.
    Slot {
        epoch: u64,
        _class: Weak<Class>,
        class_ptr: *const Class,
        index: usize,
    },
    /// `super(start, obj).name` with `obj` an instance of `obj_class`, for
    /// class epoch `epoch`: the MRO search after `start` found the plain
    /// function `func`, which binds to `obj`.
    Super {
        epoch: u64,
        _start: Weak<Class>,
        start_ptr: *const Class,
        _obj_class: Weak<Class>,
        obj_class_ptr: *const Class,
        func: Value,
    },
}

impl Cache {
    /// The slot index of a [`Cache::Slot`] entry valid for class `cls`.
    #[inline]
    fn slot_index(&self, cls: *const Class) -> Option<usize> {
        match self {
            Cache::Slot {
                epoch,
                class_ptr,
                index,
                ..
            } if std::ptr::eq(*class_ptr, cls) && *epoch == lookup_cache::epoch() => Some(*index),
            _ => None,
        }
    }

    fn slot(cls: &Rc<Class>, epoch: u64, index: usize) -> Cache {
        Cache::Slot {
            epoch,
            _class: Rc::downgrade(cls),
            class_ptr: Rc::as_ptr(cls),
            index,
        }
    }
}

/// The slot index of a `__slots__` descriptor.
fn slot_descriptor_index(attr: &Option<Value>) -> Option<usize> {
    match attr {
        Some(Value::Native(n)) => match &**n {
            Native::Slot { index, .. } => Some(*index),
            _ => None,
        },
        _ => None,
    }
}

/// The value of slot `index` of `inst` (`None` if unset).
fn slot_value(inst: &Instance, index: usize) -> Option<Value> {
    inst.slots()?.borrow().get(index).cloned().flatten()
}

/// What one attribute site knows about instances of one class.
pub struct AttrEntry {
    /// Keeps the class's allocation, so `class_ptr` cannot be reused by
    /// another class while this entry exists.
    _class: Weak<Class>,
    class_ptr: *const Class,
    /// The MRO lookup result, known not to be a data descriptor other than
    /// a property (`Cache::Store` entries leave it `None`).
    class_attr: Option<Value>,
    /// The instance dict never answers: `class_attr` is a property with
    /// a getter (which wins over the dict; reading the attribute calls
    /// it), or the name is one an exception's state answers before its
    /// namespace (`attrs::exc_state_attr`; `class_attr` is `None`).
    no_dict: bool,
    /// The instance-dict layout last seen, and the name's entry index in
    /// it ([`ABSENT`] if that layout lacks the name). Cells, so a hit only
    /// needs a shared borrow of the cache. Stays [`NO_LAYOUT`] when
    /// `no_dict`, so those loads never take the dict.
    layout: std::cell::Cell<u64>,
    index: std::cell::Cell<u32>,
}

impl AttrEntry {
    fn new(cls: &Rc<Class>, class_attr: Option<Value>) -> AttrEntry {
        AttrEntry::with_state(cls, class_attr, false)
    }

    /// [`AttrEntry::new`]; `exc_state` for an exception state attribute.
    fn with_state(cls: &Rc<Class>, class_attr: Option<Value>, exc_state: bool) -> AttrEntry {
        AttrEntry {
            _class: Rc::downgrade(cls),
            class_ptr: Rc::as_ptr(cls),
            no_dict: exc_state || is_property(&class_attr),
            class_attr,
            layout: std::cell::Cell::new(NO_LAYOUT),
            index: std::cell::Cell::new(ABSENT),
        }
    }

    /// `name` from the namespace of `inst`, at the index this entry
    /// knows for the namespace's layout. Never for a property (a data
    /// descriptor wins over the instance dict) or an exception state
    /// attribute.
    #[inline(always)]
    fn dict_value(&self, attrs: &Attrs, name: &PyStr) -> Option<Value> {
        match attrs {
            Attrs::Inline { layout, values } => {
                let i = if layout.id() == self.layout.get() {
                    self.index.get()
                } else {
                    self.relearn_inline(layout, name)?
                };
                // `ABSENT` is past the end of any namespace.
                values.get(i as usize).cloned()
            }
            Attrs::Dict(Some(d)) => self.dict_object_value(d, name),
            Attrs::Dict(None) => None,
        }
    }

    /// [`AttrEntry::dict_value`] when that needs no call: `Some(value)`
    /// (`Some(None)` when the namespace lacks `name`), or `None` when the
    /// answer takes a search (a namespace of another layout, a dict
    /// object).
    #[inline(always)]
    fn dict_value_leaf(&self, attrs: &Attrs) -> Option<Option<Value>> {
        match attrs {
            Attrs::Inline { layout, values } if layout.id() == self.layout.get() => {
                Some(values.get(self.index.get() as usize).cloned())
            }
            Attrs::Dict(None) => Some(None),
            _ => None,
        }
    }

    /// [`AttrEntry::dict_value`] for a namespace that is a dict object
    /// (out of line: most instances never make one).
    #[inline(never)]
    fn dict_object_value(&self, d: &PyDict, name: &PyStr) -> Option<Value> {
        let m = peek(&d.map)?;
        let i = if m.version() == self.layout.get() {
            self.index.get()
        } else {
            self.relearn(m.version(), || m.index_of_str(name))?
        };
        m.value_at(i as usize).cloned()
    }

    /// [`AttrEntry::relearn`] for an inline namespace; out of line so the
    /// dispatch loop, which inlines the hit paths, carries no search code.
    #[inline(never)]
    fn relearn_inline(
        &self,
        layout: &crate::types::dict::SplitLayout,
        name: &PyStr,
    ) -> Option<u32> {
        self.relearn(layout.id(), || layout.index_of_str(name))
    }

    /// [`AttrEntry::index_in`] for an inline namespace, out of line (see
    /// [`AttrEntry::relearn_inline`]).
    #[inline(never)]
    fn index_in_inline(&self, layout: &crate::types::dict::SplitLayout, name: &PyStr) -> u32 {
        self.index_in(layout.id(), || layout.index_of_str(name))
    }

    /// [`AttrEntry::dict_value`] on a new layout: learn the name's index in
    /// it (`None` when `no_dict`: the layout stays [`NO_LAYOUT`]).
    #[inline(always)]
    fn relearn(&self, layout: u64, find: impl FnOnce() -> Option<usize>) -> Option<u32> {
        if self.no_dict {
            return None;
        }
        Some(self.index_in(layout, find))
    }

    /// The index of the name in a namespace with layout id `layout`
    /// (`find` searches it), refreshed when the layout differs from the
    /// last one seen.
    #[inline(always)]
    fn index_in(&self, layout: u64, find: impl FnOnce() -> Option<usize>) -> u32 {
        if layout != self.layout.get() {
            self.layout.set(layout);
            self.index.set(find().map_or(ABSENT, |i| i as u32));
        }
        self.index.get()
    }
}

impl Cache {
    /// The entry for instances of class `cls`, if this is an attribute-load
    /// (`STORE` false) or `StoreAttr` (`STORE` true) entry of the current
    /// class-lookup epoch that knows that class.
    #[inline(always)]
    fn entry<const STORE: bool>(&self, cls: *const Class) -> Option<&AttrEntry> {
        let (epoch, first, more) = match self {
            Cache::Attr { epoch, first, more } if !STORE => (epoch, first, more),
            Cache::Store { epoch, first, more } if STORE => (epoch, first, more),
            _ => return None,
        };
        if *epoch != lookup_cache::epoch() {
            return None;
        }
        find_entry(first, more, cls)
    }
}

/// The entry for class `cls` among `first` and `more`.
#[inline(always)]
fn find_entry<'a>(
    first: &'a AttrEntry,
    more: &'a [AttrEntry],
    cls: *const Class,
) -> Option<&'a AttrEntry> {
    if std::ptr::eq(first.class_ptr, cls) {
        return Some(first);
    }
    more.iter().find(|e| std::ptr::eq(e.class_ptr, cls))
}

/// `AttrEntry::index` for "this layout does not hold the name".
const ABSENT: u32 = u32::MAX;

/// `AttrEntry::layout` before any layout was seen: no dict has this
/// version (`DictMap::version` counts up from 0).
const NO_LAYOUT: u64 = u64::MAX;

/// How many classes one attribute cache entry remembers.
const POLY: usize = 4;

pub type Caches = Box<[RefCell<Cache>]>;

/// Does `op` get a cache entry?
pub fn wants_cache(op: weft_compiler::bytecode::Op) -> bool {
    use weft_compiler::bytecode::Op;
    matches!(
        op,
        Op::LoadGlobal | Op::LoadAttr | Op::LoadMethod | Op::StoreAttr
    )
}

/// Add `entry` to an `Attr` (or, for `store`, a `Store`) cache entry of
/// this epoch with room left; otherwise start a new one with just `entry`.
fn remember(cache: &RefCell<Cache>, store: bool, epoch: u64, entry: AttrEntry) {
    let mut c = cache.borrow_mut();
    let same_kind = store == matches!(&*c, Cache::Store { .. });
    match &mut *c {
        Cache::Attr { epoch: e, more, .. } | Cache::Store { epoch: e, more, .. }
            if same_kind && *e == epoch && more.len() + 1 < POLY =>
        {
            more.push(entry)
        }
        _ => {
            let more = Vec::new();
            *c = if store {
                Cache::Store {
                    epoch,
                    first: entry,
                    more,
                }
            } else {
                Cache::Attr {
                    epoch,
                    first: entry,
                    more,
                }
            }
        }
    }
}

/// A `property` with a getter (other data descriptors are not cached).
fn is_property(attr: &Option<Value>) -> bool {
    matches!(attr, Some(Value::Native(n)) if matches!(&**n, Native::Property { fget, .. } if !fget.is_none()))
}

/// The getter of the property that `cache`'s entry for `obj`'s class
/// holds, when it is a plain Python function of one positional argument,
/// which can run as an inline frame (`load_attr_miss`). The entry exists
/// only for classes without a custom `__getattribute__` and, for a
/// property, without `__getattr__` (`fill_attr_cache`); a property is a
/// data descriptor, so it wins over the instance dict.
pub(crate) fn inline_property_getter(
    cache: &RefCell<Cache>,
    obj: &Value,
) -> Option<Rc<crate::types::function::Function>> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let cache = cache.try_borrow().ok()?;
    let entry = cache.entry::<false>(Rc::as_ptr(&inst.class_ref()))?;
    let Some(Value::Native(n)) = &entry.class_attr else {
        return None;
    };
    let Native::Property {
        fget: Value::Function(f),
        ..
    } = &**n
    else {
        return None;
    };
    (f.code.simple_args && f.code.co.argcount == 1).then(|| f.clone())
}

/// The inlined fast path of `LoadAttr`/`LoadMethod` on an instance: a
/// value from the instance dict, or (for `LoadMethod`) a plain function
/// from the class, when the cache entry knows the answer. `None` sends the
/// instruction to [`Vm::load_attr_cached`] and the generic protocol.
#[inline(always)]
pub(crate) fn attr_hit(
    cache: &RefCell<Cache>,
    obj: &Value,
    name: &PyStr,
    method: bool,
) -> Option<(Value, bool)> {
    attr_hit_g::<false>(cache, obj, name, method)
}

/// [`attr_hit`] when that needs no call: `None` also when the instance's
/// namespace would take a search. For the dispatch loop's call-free fast
/// paths, which then take the full one.
#[inline(always)]
pub(crate) fn attr_hit_leaf(
    cache: &RefCell<Cache>,
    obj: &Value,
    name: &PyStr,
    method: bool,
) -> Option<(Value, bool)> {
    attr_hit_g::<true>(cache, obj, name, method)
}

#[inline(always)]
fn attr_hit_g<const LEAF: bool>(
    cache: &RefCell<Cache>,
    obj: &Value,
    name: &PyStr,
    method: bool,
) -> Option<(Value, bool)> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let inner = peek(inst.inner())?;
    let entry = peek(cache)?.entry::<false>(Rc::as_ptr(&inner.class))?;
    let in_dict = if LEAF {
        entry.dict_value_leaf(&inner.attrs)?
    } else {
        entry.dict_value(&inner.attrs, name)
    };
    if let Some(v) = in_dict {
        return Some((v, false));
    }
    match &entry.class_attr {
        Some(f @ Value::Function(_)) if method => Some((f.clone(), true)),
        _ => None,
    }
}

/// A shared view of `cell`'s contents without touching its borrow count
/// (`None` while it is mutably borrowed). For the hit paths below, which
/// run on every attribute and global access: a `borrow()` guard costs an
/// increment, a decrement and their dependency chain.
#[inline(always)]
fn peek<T>(cell: &RefCell<T>) -> Option<&T> {
    // SAFETY: the hit paths only read through the returned reference, call
    // nothing that could borrow the same cell mutably (no Python code, no
    // cache refill, no dict growth) and drop it before returning.
    unsafe { cell.try_borrow_unguarded().ok() }
}

/// The inlined fast path of `LoadGlobal`: the value at the cached index
/// while the globals (and, for a builtin, the builtins) key layouts are
/// the ones the entry saw.
#[inline(always)]
pub(crate) fn global_hit(
    cache: &RefCell<Cache>,
    globals: &crate::types::dict::PyDict,
    builtins: &crate::types::dict::PyDict,
) -> Option<Value> {
    let Cache::Global {
        globals_version,
        builtins_version,
        in_builtins,
        index,
    } = peek(cache)?
    else {
        return None;
    };
    let g = peek(&globals.map)?;
    if g.version() != *globals_version {
        return None;
    }
    if !*in_builtins {
        return g.value_at(*index as usize).cloned();
    }
    let b = peek(&builtins.map)?;
    if b.version() != *builtins_version {
        return None;
    }
    b.value_at(*index as usize).cloned()
}

/// The inlined fast path of `LoadMethod` on a value of a common builtin
/// type (`s.split`, `d.get`, `l.append`): the plain method the cache entry
/// holds for that type, found without cloning the type object.
#[inline(always)]
pub(crate) fn builtin_method_hit(
    types: &crate::vm::Types,
    cache: &RefCell<Cache>,
    obj: &Value,
) -> Option<Value> {
    let cls = match obj {
        Value::Str(_) => &types.str_,
        Value::List(_) => &types.list,
        Value::Dict(_) => &types.dict,
        Value::Tuple(_) => &types.tuple,
        Value::Set(_) => &types.set,
        Value::Int(_) => &types.int,
        Value::Float(_) => &types.float,
        Value::Bytes(_) => &types.bytes,
        _ => return None,
    };
    peek(cache)?
        .entry::<false>(Rc::as_ptr(cls))?
        .class_attr
        .clone()
}

/// The inlined fast path of `StoreAttr`: replace a value the instance dict
/// already holds, at the index the cache entry knows. Hands `value` back
/// when [`Vm::store_attr_cached`] must run.
#[inline(always)]
pub(crate) fn store_hit(
    cache: &RefCell<Cache>,
    obj: &Value,
    name: &PyStr,
    value: Value,
) -> Result<(), Value> {
    let Value::Instance(inst) = obj else {
        return Err(value);
    };
    let Ok(mut inner) = inst.inner().try_borrow_mut() else {
        return Err(value);
    };
    let Some(entry) = peek(cache).and_then(|c| c.entry::<true>(Rc::as_ptr(&inner.class))) else {
        return Err(value);
    };
    let Attrs::Inline { layout, values } = &mut inner.attrs else {
        drop(inner);
        return store_hit_dict(entry, inst, name, value);
    };
    let i = if layout.id() == entry.layout.get() {
        entry.index.get()
    } else {
        entry.index_in_inline(layout, name)
    } as usize;
    if i >= layout.key_count() {
        // A name the layout lacks (`self.x = ...` in `__init__`): appended
        // along the layout's memoised child, as `store_attr_cached` would.
        if i == ABSENT as usize {
            if let Some(child) = layout.memo_child(name) {
                Attrs::append_child(layout, values, child, value);
                return Ok(());
            }
        }
        return Err(value);
    }
    let old = std::mem::replace(&mut values[i], value);
    drop(inner);
    Value::release(old);
    Ok(())
}

/// [`store_hit`]'s replacement of a value the instance already holds, at
/// the index the cache entry knows for its current layout: the call-free
/// case. Hands back the old value, for the caller to release, or `value`
/// for everything else (the caller then takes [`store_add`] and
/// `store_hit`).
#[inline(always)]
pub(crate) fn store_hit_leaf(
    cache: &RefCell<Cache>,
    obj: &Value,
    value: Value,
) -> Result<Value, Value> {
    with_inline_store(cache, obj, value, |entry, layout, values, value| {
        let i = entry.index.get() as usize;
        if layout.id() != entry.layout.get() || i >= layout.key_count() {
            return Err(value);
        }
        match values.get_mut(i) {
            Some(slot) => Ok(std::mem::replace(slot, value)),
            None => Err(value),
        }
    })
}

/// [`store_hit`] adding `name` to an instance whose layout lacks it
/// (`self.x = ...` in `__init__`), when the cache entry knows that layout
/// and its memoised child adds `name` into a slot the instance has. Errs
/// with `value` otherwise.
#[inline(always)]
pub(crate) fn store_add(
    cache: &RefCell<Cache>,
    obj: &Value,
    name: &PyStr,
    value: Value,
) -> Result<(), Value> {
    with_inline_store(cache, obj, value, |entry, layout, values, value| {
        if layout.id() != entry.layout.get() || entry.index.get() != ABSENT {
            return Err(value);
        }
        let Some(child) = layout.memo_child(name) else {
            return Err(value);
        };
        let j = child.key_count() - 1;
        if j >= values.len() {
            return Err(value);
        }
        // The slot is past the layout's keys: it holds `None`, nothing to
        // drop.
        std::mem::forget(std::mem::replace(&mut values[j], value));
        *layout = child;
        Ok(())
    })
}

/// `f` on the store cache entry for `obj`'s class and `obj`'s inline
/// namespace (its layout and values), while `obj` is an instance with one
/// and the entry is current; `Err(value)` otherwise.
#[inline(always)]
fn with_inline_store<R>(
    cache: &RefCell<Cache>,
    obj: &Value,
    value: Value,
    f: impl FnOnce(
        &AttrEntry,
        &mut Rc<crate::types::dict::SplitLayout>,
        &mut Box<[Value]>,
        Value,
    ) -> Result<R, Value>,
) -> Result<R, Value> {
    let Value::Instance(inst) = obj else {
        return Err(value);
    };
    let Ok(mut inner) = inst.inner().try_borrow_mut() else {
        return Err(value);
    };
    let Some(entry) = peek(cache).and_then(|c| c.entry::<true>(Rc::as_ptr(&inner.class))) else {
        return Err(value);
    };
    let Attrs::Inline { layout, values } = &mut inner.attrs else {
        return Err(value);
    };
    f(entry, layout, values, value)
}

/// [`store_hit`] on a namespace that is a dict object (out of line: most
/// instances never make one).
#[inline(never)]
fn store_hit_dict(
    entry: &AttrEntry,
    inst: &Instance,
    name: &PyStr,
    value: Value,
) -> Result<(), Value> {
    let Some(d) = inst.dict_if_made() else {
        return Err(value);
    };
    let Ok(mut m) = d.map.try_borrow_mut() else {
        return Err(value);
    };
    let i = entry.index_in(m.version(), || m.index_of_str(name));
    if i == ABSENT || m.value_at(i as usize).is_none() {
        return Err(value);
    }
    if let Some(old) = m.replace_value_at(i as usize, value) {
        drop(m);
        Value::release(old);
    }
    Ok(())
}

/// Store `value` in slot `index` of `inst`, as the slot descriptor's
/// `__set__` does.
fn set_slot(inst: &Instance, index: usize, value: Value) {
    let mut slots = inst.slots_for_store().borrow_mut();
    if slots.len() <= index {
        slots.resize(index + 1, None);
    }
    let old = slots[index].replace(value);
    drop(slots);
    drop(old);
}

impl Vm {
    /// `StoreAttr` on an instance without a dict: a `__slots__` store
    /// when the class's setattr is `object`'s and `name` is a slot (then
    /// cached as [`Cache::Slot`]); otherwise hands `value` back.
    fn store_slot_cached(
        &mut self,
        cache: &RefCell<Cache>,
        inst: &crate::types::class::Instance,
        name: &Rc<PyStr>,
        epoch: u64,
        value: Value,
    ) -> Result<(), Value> {
        let slot = cache.borrow().slot_index(Rc::as_ptr(&inst.class_ref()));
        if let Some(index) = slot {
            set_slot(inst, index, value);
            return Ok(());
        }
        let cls = inst.class();
        if let Some(sa) = cls.lookup(&self.names.setattr) {
            if !matches!(&sa, Value::Builtin(b) if b.owner == Some("object")) {
                return Err(value);
            }
        }
        let Some(index) = slot_descriptor_index(&cls.lookup(name)) else {
            return Err(value);
        };
        *cache.borrow_mut() = Cache::slot(&cls, epoch, index);
        set_slot(inst, index, value);
        Ok(())
    }

    /// `LoadGlobal` after [`global_hit`] missed: the generic lookup, which
    /// refills the cache entry.
    pub(crate) fn load_global_cached(
        &mut self,
        cache: &RefCell<Cache>,
        globals: &crate::types::dict::PyDict,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let g = globals.map.borrow();
        if let Some(i) = g.index_of_str(name) {
            let v = g.value_at(i).cloned();
            *cache.borrow_mut() = Cache::Global {
                globals_version: g.version(),
                builtins_version: 0,
                in_builtins: false,
                index: i as u32,
            };
            if let Some(v) = v {
                return Ok(v);
            }
        }
        let b = self.builtins.map.borrow();
        if let Some(i) = b.index_of_str(name) {
            let v = b.value_at(i).cloned();
            *cache.borrow_mut() = Cache::Global {
                globals_version: g.version(),
                builtins_version: b.version(),
                in_builtins: true,
                index: i as u32,
            };
            if let Some(v) = v {
                return Ok(v);
            }
        }
        drop(b);
        drop(g);
        Err(self.name_error(name.as_str()))
    }

    /// `LoadAttr` (`method` false) or `LoadMethod` (`method` true) on an
    /// instance through its cache entry. `Ok(None)` means "not handled here":
    /// the caller takes the generic path. For `LoadMethod` a hit returns the
    /// plain function in `.1` when the call can skip the bound method.
    pub(crate) fn load_attr_cached(
        &mut self,
        cache: &RefCell<Cache>,
        obj: &Value,
        name: &Rc<PyStr>,
        method: bool,
    ) -> PyResult<Option<(Value, bool)>> {
        let Value::Instance(inst) = obj else {
            if let Value::Native(n) = obj {
                if let Native::Super {
                    class,
                    obj: Value::Instance(target),
                } = &**n
                {
                    return self.super_attr_cached(cache, class, target, name);
                }
            }
            return Ok(self.load_builtin_method_cached(cache, obj, name, method));
        };
        let cls_ptr = Rc::as_ptr(&inst.class_ref());
        let epoch = lookup_cache::epoch();
        // After an `attr_hit` miss this entry, if any, holds a class
        // attribute that needs binding (a descriptor or a class constant).
        let found = cache.borrow().entry::<false>(cls_ptr).map(|entry| {
            (
                entry.dict_value(&inst.inner().borrow().attrs, name),
                entry.class_attr.clone(),
            )
        });
        let found = match found {
            Some((Some(v), _)) => return Ok(Some((v, false))),
            Some((None, Some(f @ Value::Function(_)))) if method => {
                return Ok(Some((f, true)));
            }
            Some((None, a)) => Some(a),
            None => {
                let slot = cache.borrow().slot_index(cls_ptr);
                if let Some(index) = slot {
                    // An unset slot: the error (or `__getattr__`) is the
                    // generic path's business.
                    return Ok(slot_value(inst, index).map(|v| (v, false)));
                }
                None
            }
        };
        let cls = inst.class();
        let class_attr = match found {
            Some(a) => a,
            None => {
                let Some(a) = self.fill_attr_cache(cache, &cls, name, epoch) else {
                    return Ok(None);
                };
                if let Some(index) = slot_descriptor_index(&a) {
                    return Ok(slot_value(inst, index).map(|v| (v, false)));
                }
                let no_dict = cache
                    .borrow()
                    .entry::<false>(cls_ptr)
                    .is_none_or(|e| e.no_dict);
                if !no_dict {
                    if let Some(v) = inst.get_attr(name) {
                        return Ok(Some((v, false)));
                    }
                }
                a
            }
        };
        match class_attr {
            Some(f @ Value::Function(_)) if method => Ok(Some((f, true))),
            Some(Value::Builtin(b)) if method && b.owner.is_some() && b.bound.is_none() => {
                Ok(Some((Value::Builtin(b), true)))
            }
            Some(a) => Ok(Some((self.bind_descriptor(&a, obj, &cls)?, false))),
            // An exception's attributes that live in its state (after its
            // namespace, which missed, or instead of it for `no_dict`
            // entries), as `generic_getattr_opt` finds them.
            None if inst.exc().is_some() => {
                Ok(attrs::instance_special(self, obj, name.as_str())?.map(|v| (v, false)))
            }
            // Not on the instance or the class: `__getattr__`, specials and
            // the error message are the generic path's business.
            None => Ok(None),
        }
    }

    /// `super(start, target).name` for an instance `target`, as
    /// `super_getattr` answers it: the attribute the MRO search after
    /// `start` finds, bound to `target`. A plain function found is
    /// remembered per (`start`, class of `target`); `None` (nothing found,
    /// or the super object's own `__class__`/`__get__`) leaves the rest to
    /// the generic path.
    fn super_attr_cached(
        &mut self,
        cache: &RefCell<Cache>,
        start: &Rc<Class>,
        target: &Rc<crate::types::class::Instance>,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<(Value, bool)>> {
        let obj_class = target.class();
        let epoch = lookup_cache::epoch();
        let bind = |func: &Value| {
            Value::method(crate::types::function::BoundMethod {
                receiver: Value::Instance(target.clone()),
                func: func.clone(),
            })
        };
        // A valid entry for `start` (possibly for another class: a site
        // shared by subclasses keeps the first one).
        let mut valid = false;
        if let Cache::Super {
            epoch: e,
            start_ptr,
            obj_class_ptr,
            func,
            ..
        } = &*cache.borrow()
        {
            if *e == epoch && std::ptr::eq(*start_ptr, Rc::as_ptr(start)) {
                if std::ptr::eq(*obj_class_ptr, Rc::as_ptr(&obj_class)) {
                    return Ok(Some((bind(func), false)));
                }
                valid = true;
            }
        }
        if matches!(name.as_str(), "__class__" | "__get__") {
            return Ok(None);
        }
        let mut after = false;
        let mut found = None;
        for c in obj_class.mro_iter() {
            if after {
                if let Some(v) = c.dict.get_pystr(name) {
                    found = Some(v);
                    break;
                }
            } else if Rc::ptr_eq(c, start) {
                after = true;
            }
        }
        let Some(attr) = found else {
            return Ok(None);
        };
        if !matches!(attr, Value::Function(_)) {
            let obj = Value::Instance(target.clone());
            return Ok(Some((
                self.bind_descriptor(&attr, &obj, &obj_class)?,
                false,
            )));
        }
        let v = bind(&attr);
        if !valid {
            *cache.borrow_mut() = Cache::Super {
                epoch,
                _start: Rc::downgrade(start),
                start_ptr: Rc::as_ptr(start),
                _obj_class: Rc::downgrade(&obj_class),
                obj_class_ptr: Rc::as_ptr(&obj_class),
                func: attr,
            };
        }
        Ok(Some((v, false)))
    }

    /// `LoadMethod` on a value of a builtin type (`s.split`, `d.get`): the
    /// plain method from the type, as `get_method` finds it. Builtin types
    /// have no instance dicts and their namespaces cannot change, so the
    /// entry only needs the type.
    fn load_builtin_method_cached(
        &mut self,
        cache: &RefCell<Cache>,
        obj: &Value,
        name: &Rc<PyStr>,
        method: bool,
    ) -> Option<(Value, bool)> {
        if !method
            || matches!(
                obj,
                Value::Module(_) | Value::Class(_) | Value::Native(_) | Value::Function(_)
            )
        {
            return None;
        }
        let cls = self.class_of(obj);
        let epoch = lookup_cache::epoch();
        if let Some(entry) = cache.borrow().entry::<false>(Rc::as_ptr(&cls)) {
            return entry.class_attr.clone().map(|f| (f, true));
        }
        let f = match cls.lookup(name) {
            Some(f @ Value::Function(_)) => f,
            Some(Value::Builtin(b)) if b.owner.is_some() && b.bound.is_none() => Value::Builtin(b),
            _ => return None,
        };
        remember(cache, false, epoch, AttrEntry::new(&cls, Some(f.clone())));
        Some((f, true))
    }

    /// Can attribute `name` of `cls` instances be cached? If so add an
    /// entry and return `Some(class_attr)`.
    fn fill_attr_cache(
        &mut self,
        cache: &RefCell<Cache>,
        cls: &Rc<Class>,
        name: &Rc<PyStr>,
        epoch: u64,
    ) -> Option<Option<Value>> {
        if let Some(ga) = cls.lookup(&self.names.getattribute) {
            if !matches!(&ga, Value::Builtin(b) if b.owner == Some("object")) {
                return None;
            }
        }
        let class_attr = cls.lookup(name);
        let exc_state =
            class_attr.is_none() && self.exc_layout(cls) && attrs::exc_state_attr(name.as_str());
        if let Some(a) = &class_attr {
            if is_property(&class_attr) {
                // Cached as "call its getter". With `__getattr__` an
                // AttributeError from the getter must fall back to it: leave
                // that to the generic path.
                if cls.lookup(&self.names.getattr).is_some() {
                    return None;
                }
            } else if let Some(index) = slot_descriptor_index(&class_attr) {
                *cache.borrow_mut() = Cache::slot(cls, epoch, index);
                return Some(class_attr);
            } else if self.is_data_descriptor(a) {
                return None;
            } else if let Value::Native(n) = a {
                if !matches!(&**n, Native::ClassMethod(_) | Native::StaticMethod(_)) {
                    return None;
                }
            }
        }
        remember(
            cache,
            false,
            epoch,
            AttrEntry::with_state(cls, class_attr.clone(), exc_state),
        );
        Some(class_attr)
    }

    /// Do instances of `cls` carry exception state?
    fn exc_layout(&self, cls: &Rc<Class>) -> bool {
        crate::builtins::exceptions::exc_facts(self, cls).layout()
    }

    /// `StoreAttr` on an instance through its cache entry; `Ok(Err(value))`
    /// hands the value back when the generic path must run.
    pub(crate) fn store_attr_cached(
        &mut self,
        cache: &RefCell<Cache>,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<Result<(), Value>> {
        let Value::Instance(inst) = obj else {
            return Ok(Err(value));
        };
        let epoch = lookup_cache::epoch();
        if !inst.has_dict() {
            return Ok(self.store_slot_cached(cache, inst, name, epoch, value));
        }
        {
            // `store_hit` missed: for a known class that leaves a name the
            // layout lacks, which is appended.
            let cls_ptr = Rc::as_ptr(&inst.class_ref());
            let c = cache.borrow();
            if let Some(entry) = c.entry::<true>(cls_ptr) {
                let mut a = inst.inner().borrow_mut();
                match &mut a.attrs {
                    Attrs::Inline { layout, values } => {
                        let i = entry.index_in(layout.id(), || layout.index_of_str(name)) as usize;
                        if i < layout.key_count() {
                            let old = std::mem::replace(&mut values[i], value);
                            drop(a);
                            drop(c);
                            Value::release(old);
                            return Ok(Ok(()));
                        }
                        // Appended along the shared layouts, or the
                        // namespace becomes a dict.
                        if let Err(value) = Attrs::append_inline(layout, values, name, value) {
                            drop(a);
                            drop(c);
                            inst.set_attr(self, name, value)?;
                        }
                        return Ok(Ok(()));
                    }
                    Attrs::Dict(Some(d)) => {
                        let mut m = d.map.borrow_mut();
                        let i = entry.index_in(m.version(), || m.index_of_str(name));
                        if i != ABSENT {
                            let old = m.replace_value_at(i as usize, value);
                            drop(m);
                            drop(a);
                            drop(c);
                            if let Some(old) = old {
                                Value::release(old);
                            }
                        } else {
                            m.push(name.hash(), Value::Str(name.clone()), value);
                        }
                        return Ok(Ok(()));
                    }
                    Attrs::Dict(None) => return Ok(Err(value)),
                }
            }
            if let Some(index) = c.slot_index(cls_ptr) {
                drop(c);
                set_slot(inst, index, value);
                return Ok(Ok(()));
            }
        }
        let cls = inst.class();
        // Assigning these replaces the object's class or namespace; an
        // exception keeps these in its state.
        if matches!(name.as_str(), "__class__" | "__dict__")
            || (self.exc_layout(&cls) && attrs::exc_state_store(name.as_str()))
        {
            return Ok(Err(value));
        }
        if let Some(sa) = cls.lookup(&self.names.setattr) {
            if !matches!(&sa, Value::Builtin(b) if b.owner == Some("object")) {
                return Ok(Err(value));
            }
        }
        if let Some(a) = cls.lookup(name) {
            if let Some(index) = slot_descriptor_index(&Some(a.clone())) {
                *cache.borrow_mut() = Cache::slot(&cls, epoch, index);
                set_slot(inst, index, value);
                return Ok(Ok(()));
            }
            if self.is_data_descriptor(&a) {
                return Ok(Err(value));
            }
        }
        remember(cache, true, epoch, AttrEntry::new(&cls, None));
        inst.set_attr(self, name, value)?;
        cls.note_dict_len(inst.attr_len());
        Ok(Ok(()))
    }
}
