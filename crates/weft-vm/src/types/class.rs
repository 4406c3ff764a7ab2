//! Classes (`type` objects) and instances of user-defined classes.

use std::cell::{OnceCell, RefCell};
use std::rc::{Rc, Weak};

use crate::types::dict::{PyDict, SplitLayout};
use crate::types::exception::ExcData;
use crate::types::function::Function;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{NativeFn, PyResult, Vm};

/// Which builtin layout instances of a class carry (for subclasses of builtins).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    /// A builtin type whose instances are not `Instance`s (int, str, list, ...).
    Builtin,
}

pub struct Class {
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// Direct bases, in order.
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: PyDict,
    pub layout: Layout,
    /// For builtin types: constructs an instance (`int("5")`); args exclude the class.
    pub native_new: std::cell::Cell<Option<NativeFn>>,
    /// The metaclass, when it isn't `type`.
    pub metaclass: RefCell<Option<Rc<Class>>>,
    /// Instances have no `__dict__` (`__slots__` or builtin types).
    pub no_dict: bool,
    /// Is this a builtin class (its attributes cannot be set).
    pub builtin: bool,
    pub abstract_methods: RefCell<Vec<Rc<PyStr>>>,
    /// Direct subclasses, for `type.__subclasses__` (weak: a class does not
    /// keep its subclasses alive).
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// [`Class::defines_del`]'s answer: `(lookup epoch << 1) | answer`, 0 if unknown.
    pub del_cache: std::cell::Cell<u64>,
    /// How many attributes instances of this class have been seen to get
    /// (see [`Class::note_dict_len`]): their namespaces are made with
    /// room for that many, instead of growing 2 -> 4 -> 8 values.
    pub dict_hint: std::cell::Cell<u32>,
    /// Answers instance creation (`C(...)`) asks every time, cached.
    pub new_cache: NewCache,
}

/// [`Class::plain_new`], [`Class::cached_init`], [`Class::exc_facts`] and
/// [`Class::exc_ctor`]'s memo.
#[derive(Default)]
pub struct NewCache {
    /// Does `object.__new__` make a plain [`Instance`] of this class (not
    /// builtin, no builtin base but `object`, `object` layout)? 0 unknown,
    /// 1 yes, 2 no. Its inputs (MRO, layouts) never change once the class
    /// exists.
    plain: std::cell::Cell<u8>,
    /// `(lookup epoch << 1) | 1` when `init` was computed, 0 if never.
    init_epoch: std::cell::Cell<u64>,
    /// The Python `__init__` instance creation may run inline. Weak: the
    /// memo must not hold a reference the cycle collector cannot see.
    init: RefCell<Option<Weak<Function>>>,
    /// [`Class::exc_facts`]'s memo, 0 if not computed yet.
    exc_facts: std::cell::Cell<u16>,
    /// [`Class::exc_ctor`]'s memo: `(lookup epoch << 1) | answer`, 0 if
    /// never asked.
    exc_ctor: std::cell::Cell<u64>,
}

impl Class {
    pub fn name(&self) -> Rc<PyStr> {
        self.name.borrow().clone()
    }

    /// The class and its MRO, in lookup order.
    pub fn mro_iter<'a>(self: &'a Rc<Class>) -> impl Iterator<Item = &'a Rc<Class>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// Find an attribute along the MRO without invoking descriptors.
    /// Results are memoised in [`lookup_cache`] until any class changes.
    pub fn lookup(self: &Rc<Class>, name: &PyStr) -> Option<Value> {
        if let Some(hit) = lookup_cache::get(self, name) {
            return hit;
        }
        self.lookup_miss(name)
    }

    /// [`Class::lookup`] past the memo: kept out of line so a hit saves
    /// and restores few registers.
    #[inline(never)]
    fn lookup_miss(self: &Rc<Class>, name: &PyStr) -> Option<Value> {
        let found = self.lookup_uncached(name);
        lookup_cache::put(self, name, &found);
        found
    }

    fn lookup_uncached(self: &Rc<Class>, name: &PyStr) -> Option<Value> {
        for c in self.mro_iter() {
            if let Some(v) = c.dict.get_pystr(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn lookup_str(self: &Rc<Class>, name: &str) -> Option<Value> {
        self.lookup(&crate::types::str::intern(name))
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// Does the class (or a non-builtin base) define `__del__`? Asked on
    /// every instance drop, so the answer is cached until any class
    /// namespace changes (the [`lookup_cache`] epoch). Errs towards `true`
    /// (the caller then looks properly) when a namespace is being mutated.
    pub fn defines_del(&self) -> bool {
        let epoch = lookup_cache::epoch();
        let cached = self.del_cache.get();
        if cached >> 1 == epoch {
            return cached & 1 == 1;
        }
        let Ok(found) = DEL_NAME.try_with(|name| {
            let mut found = false;
            for c in std::iter::once(self)
                .chain(self.mro.iter().map(|c| &**c))
                .filter(|c| !c.builtin)
            {
                if c.dict.map.try_borrow().is_err() {
                    return None;
                }
                found |= c.dict.try_get_pystr(name).is_some();
            }
            Some(found)
        }) else {
            return true;
        };
        match found {
            Some(found) => {
                self.del_cache.set((epoch << 1) | found as u64);
                found
            }
            None => true,
        }
    }

    /// Record that an instance's namespace reached `len` attributes, so later
    /// instances' namespaces start that big (capped: a hint, not a promise).
    #[inline]
    pub fn note_dict_len(&self, len: usize) {
        let len = len.min(MAX_DICT_HINT) as u32;
        if len > self.dict_hint.get() {
            self.dict_hint.set(len);
        }
    }

    /// Does `object.__new__(cls)` make a plain [`Instance`]: a class that
    /// is not builtin, whose only builtin base is `object` and whose
    /// instances have the `object` layout (no exception state, no wrapped
    /// builtin value)? Abstract methods are not part of the answer (they
    /// can change). Computed once: its inputs never change.
    #[inline]
    pub fn plain_new(self: &Rc<Class>, object: &Rc<Class>) -> bool {
        match self.new_cache.plain.get() {
            1 => true,
            2 => false,
            _ => {
                let plain = !self.builtin
                    && self.builtin_base().is_none_or(|b| Rc::ptr_eq(b, object))
                    && self.mro_iter().all(|c| c.layout == Layout::Object);
                self.new_cache.plain.set(if plain { 1 } else { 2 });
                plain
            }
        }
    }

    /// The memoised answer of the `__init__` lookup instance creation
    /// makes (see [`Class::set_cached_init`]), `None` if not known for the
    /// current [`lookup_cache`] epoch.
    #[inline]
    pub fn cached_init(&self) -> Option<Option<Rc<Function>>> {
        if self.new_cache.init_epoch.get() != (lookup_cache::epoch() << 1) | 1 {
            return None;
        }
        match &*self.new_cache.init.try_borrow().ok()? {
            None => Some(None),
            Some(w) => w.upgrade().map(Some),
        }
    }

    /// Memoise `init` until any class namespace changes.
    pub fn set_cached_init(&self, init: Option<&Rc<Function>>) {
        if let Ok(mut slot) = self.new_cache.init.try_borrow_mut() {
            *slot = init.map(Rc::downgrade);
            self.new_cache
                .init_epoch
                .set((lookup_cache::epoch() << 1) | 1);
        }
    }

    /// Facts about the exception state of instances that depend only on
    /// the MRO (which never changes once the class exists): `compute`'s
    /// answer, which must be non-zero, made on the first call only. See
    /// `builtins::exceptions::ExcFacts`.
    #[inline]
    pub fn exc_facts(&self, compute: impl FnOnce() -> u16) -> u16 {
        match self.new_cache.exc_facts.get() {
            0 => {
                let facts = compute();
                self.new_cache.exc_facts.set(facts);
                facts
            }
            facts => facts,
        }
    }

    /// `compute`'s answer, memoised until any class namespace changes (the
    /// [`lookup_cache`] epoch): whether calling the class only makes an
    /// exception from its arguments (see `Vm::exc_ctor_plain`).
    #[inline]
    pub fn exc_ctor(&self, compute: impl FnOnce() -> bool) -> bool {
        let epoch = lookup_cache::epoch();
        let cached = self.new_cache.exc_ctor.get();
        if cached >> 1 == epoch {
            return cached & 1 == 1;
        }
        let answer = compute();
        self.new_cache.exc_ctor.set((epoch << 1) | answer as u64);
        answer
    }

    /// The nearest builtin base that decides the instance layout (`int`, `list`, `Exception`...).
    pub fn builtin_base(self: &Rc<Class>) -> Option<&Rc<Class>> {
        self.mro_iter().find(|c| c.builtin)
    }
}

/// The largest [`Class::dict_hint`]: instance namespaces are pre-sized for at
/// most this many attributes.
const MAX_DICT_HINT: usize = 16;

thread_local! {
    static DEL_NAME: Rc<PyStr> = Rc::new(PyStr::new("__del__"));
}

/// An instance of a user-defined class.
///
/// Every object of a user-defined class is one of these, so the struct
/// holds only what nearly every instance needs; the rest lives in side
/// allocations that most instances never make.
pub struct Instance {
    /// The class and the namespace, in one cell: the attribute hit paths
    /// check one borrow flag for both, and the struct stays 48 bytes.
    pub(super) inner: RefCell<Inner>,
    /// Exception state (instances of BaseException subclasses), the
    /// builtin value of a builtin subclass's instance and `__slots__`
    /// values: made at construction for the first two, on the first slot
    /// store for the last; most instances have none of them.
    rare: OnceCell<Box<Rare>>,
}

/// An [`Instance`]'s mutable part.
pub(crate) struct Inner {
    pub(crate) class: Rc<Class>,
    pub(crate) attrs: Attrs,
}

/// Where an instance keeps its attributes.
///
/// Like CPython 3.11's inline values: an instance whose attributes were
/// added as `str` keys along a shared [`SplitLayout`] holds just the
/// layout and the values, and no dict object. The dict is made when
/// something needs it (`obj.__dict__`, `vars(obj)`, deleting an
/// attribute, a layout the transition table will not share); from then
/// on it is the namespace, so `__dict__` stays a live view.
pub(crate) enum Attrs {
    /// The values of `layout`'s keys, in its order, in the first
    /// `layout.len()` slots of `values`; the slots after those are room
    /// for later attributes and hold `None`. (A boxed slice rather than a
    /// `Vec`: the length is the layout's, so the struct saves a word.)
    Inline {
        layout: Rc<SplitLayout>,
        values: Box<[Value]>,
    },
    /// A dict object (materialised, assigned to `__dict__`, or made by a
    /// builtin constructor), or `None`: no `__dict__` (`__slots__`
    /// classes, some builtin-made objects).
    Dict(Option<Rc<PyDict>>),
}

/// The [`Instance`] state few instances have.
#[derive(Default)]
struct Rare {
    /// The builtin value an instance of a builtin subclass wraps (`class MyInt(int)`).
    base_value: RefCell<Option<Value>>,
    /// Values of `__slots__` attributes.
    slots: RefCell<Vec<Option<Value>>>,
    /// Exception state, for instances of BaseException subclasses.
    exc: Option<RefCell<ExcData>>,
}

// An `Rc<Instance>` is a 64-byte allocation plus the values slice: the
// dict object (80 bytes with its `Rc` header, another 48 for the instance
// before) is gone for instances nobody asks the `__dict__` of.
const _: () = assert!(std::mem::size_of::<Attrs>() == 24);
const _: () = assert!(std::mem::size_of::<Instance>() == 48);
const _: () = assert!(std::mem::size_of::<PyDict>() == 64);

/// [`Instance::base_value`]'s answer: derefs to the wrapped builtin value, if any.
pub enum BaseRef<'a> {
    Held(std::cell::Ref<'a, Option<Value>>),
    Absent(Option<Value>),
}

impl std::ops::Deref for BaseRef<'_> {
    type Target = Option<Value>;

    #[inline]
    fn deref(&self) -> &Option<Value> {
        match self {
            BaseRef::Held(r) => r,
            BaseRef::Absent(n) => n,
        }
    }
}

impl Instance {
    /// A plain instance (no exception state, builtin value or slots) whose
    /// namespace is `dict` (`None`: no `__dict__`).
    #[inline]
    pub fn new(class: Rc<Class>, dict: Option<Rc<PyDict>>) -> Instance {
        Instance {
            inner: RefCell::new(Inner {
                class,
                attrs: Attrs::Dict(dict),
            }),
            rare: OnceCell::new(),
        }
    }

    /// A new instance of `class` as `object.__new__` makes it: an empty
    /// inline namespace with room for the attributes instances of `class`
    /// usually get, or none if the class's instances have no `__dict__`.
    #[inline]
    pub fn of_class(class: Rc<Class>) -> Instance {
        let attrs = if class.no_dict {
            Attrs::Dict(None)
        } else {
            Attrs::Inline {
                layout: SplitLayout::empty(),
                values: Attrs::room(class.dict_hint.get() as usize),
            }
        };
        Instance {
            inner: RefCell::new(Inner { class, attrs }),
            rare: OnceCell::new(),
        }
    }

    /// [`Instance::of_class`] with exception state and/or a wrapped
    /// builtin value.
    pub fn of_class_with_state(
        class: Rc<Class>,
        exc: Option<ExcData>,
        base_value: Option<Value>,
    ) -> Instance {
        Instance::of_class(class).add_state(exc, base_value)
    }

    /// An instance with exception state and/or a wrapped builtin value.
    pub fn with_state(
        class: Rc<Class>,
        dict: Option<Rc<PyDict>>,
        exc: Option<ExcData>,
        base_value: Option<Value>,
    ) -> Instance {
        Instance::new(class, dict).add_state(exc, base_value)
    }

    fn add_state(self, exc: Option<ExcData>, base_value: Option<Value>) -> Instance {
        if base_value.is_some() || exc.is_some() {
            let _ = self.rare.set(Box::new(Rare {
                base_value: RefCell::new(base_value),
                slots: RefCell::default(),
                exc: exc.map(RefCell::new),
            }));
        }
        self
    }

    pub fn class(&self) -> Rc<Class> {
        self.inner.borrow().class.clone()
    }

    /// The class, for `Drop`.
    pub(crate) fn class_mut(&mut self) -> &Rc<Class> {
        &self.inner.get_mut().class
    }

    /// The class, borrowed (no reference-count traffic).
    #[inline]
    pub fn class_ref(&self) -> std::cell::Ref<'_, Rc<Class>> {
        std::cell::Ref::map(self.inner.borrow(), |i| &i.class)
    }

    /// The class, or `None` while the instance is being mutated (for
    /// code that runs inside `Drop` or the cycle collector).
    pub fn try_class(&self) -> Option<Rc<Class>> {
        Some(self.inner.try_borrow().ok()?.class.clone())
    }

    /// `obj.__class__ = cls` (the caller checked the layouts agree).
    pub fn set_class(&self, class: Rc<Class>) {
        let old = std::mem::replace(&mut self.inner.borrow_mut().class, class);
        drop(old);
    }

    /// The builtin value this instance wraps (`class MyInt(int)`), borrowed
    /// like a `RefCell`'s contents.
    #[inline]
    pub fn base_value(&self) -> BaseRef<'_> {
        match self.rare.get() {
            Some(r) => BaseRef::Held(r.base_value.borrow()),
            None => BaseRef::Absent(None),
        }
    }

    /// The exception state, for instances of BaseException subclasses.
    #[inline]
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        self.rare.get().and_then(|r| r.exc.as_ref())
    }

    /// The `__slots__` values, `None` if no slot was ever stored.
    pub fn slots(&self) -> Option<&RefCell<Vec<Option<Value>>>> {
        self.rare.get().map(|r| &r.slots)
    }

    /// The `__slots__` values, made on first use (for stores).
    pub fn slots_for_store(&self) -> &RefCell<Vec<Option<Value>>> {
        &self.rare.get_or_init(Box::default).slots
    }

    /// For the cycle collector: the builtin value and slots cells, if any.
    pub(crate) fn rare_cells(
        &self,
    ) -> Option<(&RefCell<Option<Value>>, &RefCell<Vec<Option<Value>>>)> {
        self.rare.get().map(|r| (&r.base_value, &r.slots))
    }

    /// Move everything out of a dying instance into a new one (a finalizer
    /// revives the object).
    pub(crate) fn take_all(&mut self) -> Instance {
        Instance {
            inner: RefCell::new(Inner {
                class: self.inner.get_mut().class.clone(),
                attrs: std::mem::replace(&mut self.inner.get_mut().attrs, Attrs::Dict(None)),
            }),
            rare: match self.rare.take() {
                Some(r) => OnceCell::from(r),
                None => OnceCell::new(),
            },
        }
    }
}

/// Compute the C3 linearisation of a new class with these bases.
pub fn c3_mro(vm: &mut Vm, bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| b.mro_iter().cloned().collect())
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            // CPython names the distinct heads of the sequences left to merge.
            let mut heads: Vec<&Rc<Class>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads
                .iter()
                .map(|b| b.name().as_str().to_string())
                .collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// A direct-mapped cache of MRO lookups, like CPython's type method cache:
/// attribute access on an instance looks its class up (for descriptors)
/// before the instance dict, so this lookup is on the hot path.
///
/// Entries are valid for one *epoch*; any change to any class namespace
/// ([`invalidate`]) starts a new epoch. An entry holds a `Weak` to its class
/// (so the address cannot be reused while the entry exists) and its own
/// copy of the name (compared by text).
pub mod lookup_cache {
    use std::cell::{Cell, RefCell};
    use std::rc::{Rc, Weak};

    use super::Class;
    use crate::types::str::PyStr;
    use crate::value::Value;

    const SIZE: usize = 4096;

    struct Entry {
        class: Weak<Class>,
        name: Rc<PyStr>,
        epoch: u64,
        value: Option<Value>,
    }

    thread_local! {
        static EPOCH: Cell<u64> = const { Cell::new(1) };
        /// Empty until the first `put` (so the thread-local needs no lazy
        /// initialisation check), then `SIZE` slots.
        static TABLE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
    }

    #[inline]
    fn slot(class: &Rc<Class>, name: &PyStr) -> usize {
        let c = Rc::as_ptr(class) as usize;
        ((c >> 4) ^ (name.hash() as usize).wrapping_mul(0x9e37_79b9)) % SIZE
    }

    /// `Some(result)` on a hit.
    #[inline]
    pub fn get(class: &Rc<Class>, name: &PyStr) -> Option<Option<Value>> {
        let epoch = EPOCH.with(|e| e.get());
        TABLE.with(|t| {
            let t = t.try_borrow().ok()?;
            match t.get(slot(class, name))? {
                Some(e)
                    if e.epoch == epoch
                        && std::ptr::eq(e.class.as_ptr(), Rc::as_ptr(class))
                        && (std::ptr::eq(&*e.name, name) || e.name.as_str() == name.as_str()) =>
                {
                    Some(e.value.clone())
                }
                _ => None,
            }
        })
    }

    pub fn put(class: &Rc<Class>, name: &PyStr, value: &Option<Value>) {
        let epoch = EPOCH.with(|e| e.get());
        let i = slot(class, name);
        TABLE.with(|t| {
            if let Ok(mut t) = t.try_borrow_mut() {
                if t.is_empty() {
                    t.resize_with(SIZE, || None);
                }
                let old = t[i].replace(Entry {
                    class: Rc::downgrade(class),
                    // Interned, so lookups by interned names match by pointer.
                    name: crate::types::str::intern(name.as_str()),
                    epoch,
                    value: value.clone(),
                });
                drop(t);
                drop(old);
            }
        });
    }

    /// The current epoch; inline caches record it to detect class changes.
    #[inline]
    pub fn epoch() -> u64 {
        EPOCH.with(|e| e.get())
    }

    /// Forget every cached lookup (a class namespace changed).
    pub fn invalidate() {
        EPOCH.with(|e| e.set(e.get() + 1));
    }
}
