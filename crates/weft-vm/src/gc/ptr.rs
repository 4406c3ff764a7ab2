//! One-word references to tracked objects: the collector's registry holds
//! a [`Tracked`] (weak) per tracked object and a collection a [`Strong`]
//! per live one, each a pointer with the object's [`Kind`] in its top
//! bits.
//!
//! Why not an enum of `Weak<T>`s: that is two words, and the registry is
//! part of every program's peak memory (one entry per live list, dict,
//! instance...: binary_trees keeps ~80k entries, 1.3 MB of capacity as
//! enums). Why the top bits and not the low ones: the nine kinds need four
//! bits and the objects are only 8-byte aligned. User-space addresses on
//! the 64-bit targets weft runs on (x86-64, AArch64) fit in 48 bits, so
//! the top four bits of a pointer are free; [`Tracked::new`] checks it,
//! and an object whose address did not fit would be left untracked (a
//! possible leak of a cycle, never a crash).

use std::cell::RefCell;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::rc::{Rc, Weak};

use crate::builtins::generator::Generator;
use crate::types::class::{Class, Instance};
use crate::types::dict::PyDict;
use crate::types::function::{BoundMethod, Function};
use crate::types::misc::Cell;
use crate::types::tuple::PyTuple;
use crate::value::Value;

const TAG_SHIFT: u32 = 60;
const ADDR_MASK: usize = (1 << TAG_SHIFT) - 1;

/// A type the collector tracks, and its [`Kind`].
pub(super) trait Traced {
    const KIND: Kind;
}

/// The tracked types, each with its [`Kind`]: defines `Kind`, `KINDS` (the
/// kinds by tag), the [`Traced`] impls, [`View`] and `view_of`. The same
/// list is spelled out once more in `with_kind!`, which cannot be
/// generated from here.
macro_rules! tracked_types {
    ($($k:ident: $t:ty),* $(,)?) => {
        /// Which type a tracked pointer points to.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub(super) enum Kind {
            $($k,)*
        }

        const KINDS: &[Kind] = &[$(Kind::$k,)*];

        $(impl Traced for $t {
            const KIND: Kind = Kind::$k;
        })*

        /// [`Strong::view`]'s answer.
        pub(super) enum View<'a> {
            $($k(Borrowed<'a, $t>),)*
        }

        /// [`Strong::view`]: the object `strong` holds, typed by its kind.
        fn view_of(strong: &Strong) -> View<'_> {
            let addr = strong.addr();
            match kind_of(strong.0) {
                $(Kind::$k => View::$k(Borrowed::new(addr)),)*
            }
        }
    };
}

tracked_types! {
    List: RefCell<Vec<Value>>,
    Dict: PyDict,
    Tuple: PyTuple,
    Instance: Instance,
    Function: Function,
    Cell: Cell,
    Method: BoundMethod,
    Class: Class,
    Generator: Generator,
}

/// Run `$body` with `$p` bound to `$raw` cast to a pointer to `$kind`'s type.
macro_rules! with_kind {
    ($kind:expr, $raw:expr, |$p:ident| $body:expr) => {
        with_kind!(@arms $kind, $raw, $p, $body;
            List: RefCell<Vec<Value>>, Dict: PyDict, Tuple: PyTuple, Instance: Instance,
            Function: Function, Cell: Cell, Method: BoundMethod, Class: Class,
            Generator: Generator)
    };
    (@arms $kind:expr, $raw:expr, $p:ident, $body:expr; $($k:ident: $t:ty),*) => {
        match $kind {
            $(Kind::$k => {
                let $p = $raw as *const $t;
                $body
            })*
        }
    };
}

#[inline]
fn tag(kind: Kind, addr: usize) -> usize {
    addr | (kind as usize) << TAG_SHIFT
}

#[inline]
fn kind_of(word: usize) -> Kind {
    KINDS[word >> TAG_SHIFT]
}

/// A weak reference to a tracked object: `Weak::into_raw`'s pointer,
/// tagged with the kind. Owns one weak count.
pub(super) struct Tracked(usize);

impl Tracked {
    /// `None` if the address does not fit below the tag (see the module doc).
    #[inline]
    pub(super) fn new<T: Traced>(obj: &Rc<T>) -> Option<Tracked> {
        let addr = Rc::as_ptr(obj) as *const u8 as usize;
        if addr > ADDR_MASK {
            return None;
        }
        let raw = Weak::into_raw(Rc::downgrade(obj));
        debug_assert_eq!(raw as *const u8 as usize, addr);
        Some(Tracked(tag(T::KIND, addr)))
    }

    #[inline]
    pub(super) fn kind(&self) -> Kind {
        kind_of(self.0)
    }

    /// Is the object still alive? (A dead entry keeps the object's
    /// allocation, not its contents.)
    pub(super) fn alive(&self) -> bool {
        let addr = self.0 & ADDR_MASK;
        with_kind!(self.kind(), addr, |p| {
            // SAFETY: `p` came from `Weak::into_raw` for this type (the kind
            // says which) and this `Tracked` still owns that weak count;
            // `ManuallyDrop` keeps it owned.
            let w = ManuallyDrop::new(unsafe { Weak::from_raw(p) });
            w.strong_count() > 0
        })
    }

    /// A strong reference, if the object is alive.
    pub(super) fn upgrade(&self) -> Option<Strong> {
        let addr = self.0 & ADDR_MASK;
        let kind = self.kind();
        with_kind!(kind, addr, |p| {
            // SAFETY: as in `alive`.
            let w = ManuallyDrop::new(unsafe { Weak::from_raw(p) });
            let rc = w.upgrade()?;
            Some(Strong(tag(kind, Rc::into_raw(rc) as *const u8 as usize)))
        })
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let addr = self.0 & ADDR_MASK;
        with_kind!(self.kind(), addr, |p| {
            // SAFETY: gives back the weak count this `Tracked` owns (the
            // pointer came from `Weak::into_raw` for this type).
            drop(unsafe { Weak::from_raw(p) })
        })
    }
}

/// A strong reference to a tracked object held for one collection:
/// `Rc::into_raw`'s pointer, tagged with the kind. Owns one strong count.
pub(super) struct Strong(usize);

impl Strong {
    /// The object's address (what `Value::ptr` gives for it).
    #[inline]
    pub(super) fn addr(&self) -> usize {
        self.0 & ADDR_MASK
    }

    pub(super) fn downgrade(&self) -> Tracked {
        let kind = kind_of(self.0);
        with_kind!(kind, self.addr(), |p| {
            // SAFETY: `p` came from `Rc::into_raw` for this type and this
            // `Strong` owns that count; `ManuallyDrop` keeps it owned.
            let rc = ManuallyDrop::new(unsafe { Rc::from_raw(p) });
            let raw = Weak::into_raw(Rc::downgrade(&rc));
            Tracked(tag(kind, raw as *const u8 as usize))
        })
    }

    /// The object, typed, to match on.
    pub(super) fn view(&self) -> View<'_> {
        view_of(self)
    }
}

impl Drop for Strong {
    fn drop(&mut self) {
        with_kind!(kind_of(self.0), self.addr(), |p| {
            // SAFETY: gives back the strong count this `Strong` owns (the
            // pointer came from `Rc::into_raw` for this type). This may
            // free the object.
            drop(unsafe { Rc::from_raw(p) })
        })
    }
}

/// A [`Strong`]'s object as an `Rc`, borrowed from it.
pub(super) struct Borrowed<'a, T> {
    rc: ManuallyDrop<Rc<T>>,
    _strong: PhantomData<&'a Strong>,
}

impl<T> Borrowed<'_, T> {
    /// Only called by `view_of` (for [`Strong::view`]) with the
    /// `Strong`'s own address, after matching its kind to `T`.
    fn new(addr: usize) -> Self {
        Borrowed {
            // SAFETY: the pointer came from `Rc::into_raw` for `T` (the
            // kind was checked by the caller) and the `Strong` it is
            // borrowed from keeps the count for the borrow's lifetime;
            // `ManuallyDrop` never gives it back.
            rc: ManuallyDrop::new(unsafe { Rc::from_raw(addr as *const T) }),
            _strong: PhantomData,
        }
    }
}

impl<T> Deref for Borrowed<'_, T> {
    type Target = Rc<T>;

    fn deref(&self) -> &Rc<T> {
        &self.rc
    }
}

const _: () = assert!(std::mem::size_of::<Tracked>() == 8);
const _: () = assert!(std::mem::size_of::<Strong>() == 8);
const _: () = assert!(KINDS.len() <= 1 << (usize::BITS - TAG_SHIFT));
