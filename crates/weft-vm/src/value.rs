//! [`Value`]: the 16-byte handle every Python object is passed around as.
//!
//! Small immutable values (`None`, `bool`, `int` within i64, `float`) are stored
//! inline, so arithmetic on them never allocates. Everything else is a
//! reference-counted pointer to its object, one variant per object kind so the
//! interpreter can dispatch with a single `match`.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::types::class::{Class, Instance};
use crate::types::dict::PyDict;
use crate::types::function::{BoundMethod, BuiltinFn, Function};
use crate::types::iter::IterObj;
use crate::types::misc::{Cell, Native, PyRange, PySlice};
use crate::types::module::Module;
use crate::types::set::PySet;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::code::Code;

/// Every payload is one pointer-sized integer or pointer at the same offset,
/// which makes `Value` a *scalar pair* (tag, word) to the compiler: it is
/// passed and returned in two registers and copied as two 8-byte moves.
/// That is why `bool` is two payload-free variants (`True`/`False`, built
/// with [`Value::Bool`]) and `float` keeps its bits in an integer ([`F64`]):
/// a `bool` or `f64` field would force a memory layout whose 16-byte copies
/// stall on the separate tag and payload stores that wrote them.
///
/// `repr(u64)` fixes the layout (tag word, then payload word) so the hot
/// paths can test "is this a pointer?" with one compare: every variant from
/// [`Value::BigInt`] on ([`HEAP_TAG`]) holds an `Rc`.
#[repr(u64)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    False,
    True,
    Int(i64),
    Float(F64),
    /// An int outside i64; always normalised (never fits i64).
    BigInt(Rc<BigInt>) = HEAP_TAG,
    Complex(Rc<(f64, f64)>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(Rc<PyTuple>),
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFn>),
    Method(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Cell(Rc<Cell>),
    Code(Rc<Code>),
    Iter(Rc<IterObj>),
    Generator(Rc<crate::builtins::generator::Generator>),
    /// Less common builtin objects (property, views, files, ...).
    Native(Rc<Native>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// The tag of the first variant holding an `Rc` (all later ones do too).
pub const HEAP_TAG: u64 = 7;

/// Written out (not derived) so it is inlined into the dispatch loop as
/// "bump the count if it is a pointer, copy the two words": a range check on
/// the tag instead of the derived per-variant jump table.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(count) = self.strong_count_cell() {
            count.set(count.get() + 1);
        }
        // SAFETY: for pointer variants the count was just incremented, and
        // the bitwise copy owns that count; the other variants are plain
        // data. So the copy is an independent, correctly counted value.
        unsafe { std::ptr::read(self) }
    }
}

/// A `float`'s bits, stored as an integer so that [`Value`] stays a scalar
/// pair (see there). Dereferences to the `f64`.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    #[inline(always)]
    pub fn new(f: f64) -> F64 {
        F64(f.to_bits())
    }

    #[inline(always)]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::ops::Deref for F64 {
    type Target = f64;
    #[inline(always)]
    fn deref(&self) -> &f64 {
        // SAFETY: `F64` is `repr(transparent)` over `u64`, which has the
        // size and alignment of `f64`, and every bit pattern is a valid f64.
        unsafe { &*(self as *const F64 as *const f64) }
    }
}

impl std::fmt::Debug for F64 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

thread_local! {
    /// The empty tuple [`Value::tuple`] hands out.
    static EMPTY_TUPLE: Rc<PyTuple> = Rc::new(PyTuple::new(Vec::new()));
}

impl Value {
    /// `True` or `False`.
    #[allow(non_snake_case)]
    #[inline(always)]
    pub fn Bool(b: bool) -> Value {
        if b { Value::True } else { Value::False }
    }

    /// A `float`.
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(F64::new(f))
    }

    /// The payload of a `bool` value.
    #[inline(always)]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::True => Some(true),
            Value::False => Some(false),
            _ => None,
        }
    }

    /// The variant's tag word.
    #[inline(always)]
    fn tag(&self) -> u64 {
        // SAFETY: `Value` is `repr(u64)`: its first word is the tag.
        unsafe { *(self as *const Value as *const u64) }
    }

    /// The strong count of the `Rc` a pointer variant holds.
    #[inline(always)]
    fn strong_count_cell(&self) -> Option<&std::cell::Cell<usize>> {
        if self.tag() < HEAP_TAG {
            return None;
        }
        // SAFETY: variants from `HEAP_TAG` on hold one `Rc<T>` (T sized, so
        // a thin pointer) in the payload word, which follows the tag
        // (`repr(u64)`). That pointer addresses the `Rc`'s allocation, whose
        // first field is the strong count, a `Cell<usize>` (std's `RcInner`
        // is `repr(C)` { strong, weak, value }); the test
        // `strong_count_matches_rc` checks this for every variant. The
        // reference lives no longer than `self`, which keeps the count > 0.
        unsafe {
            let payload = *(self as *const Value as *const *const std::cell::Cell<usize>).add(1);
            Some(&*payload)
        }
    }

    /// Drop `v`, skipping the out-of-line drop glue unless this is the last
    /// reference to an object: inline variants have nothing to release, and
    /// a shared object only needs its count decremented.
    #[inline(always)]
    pub fn release(v: Value) {
        if let Some(count) = v.strong_count_cell() {
            let n = count.get();
            if n == 1 {
                drop(v);
                return;
            }
            // Not the last reference: nothing is freed.
            count.set(n - 1);
        }
        std::mem::forget(v);
    }

    /// [`Value::release`] when that frees nothing (an inline variant, or
    /// not the last reference): returns `None`. The last reference to an
    /// object is handed back, for a caller that drops it out of line.
    #[inline(always)]
    pub fn release_shared(v: Value) -> Option<Value> {
        if let Some(count) = v.strong_count_cell() {
            let n = count.get();
            if n == 1 {
                return Some(v);
            }
            count.set(n - 1);
        }
        std::mem::forget(v);
        None
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// A new tuple, tracked by the cycle collector when it can be part of
    /// a cycle. Empty tuples are one shared object, as in CPython (no
    /// allocation: `raise E` makes an exception with empty `args`).
    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return EMPTY_TUPLE.with(|t| Value::Tuple(t.clone()));
        }
        let t = Rc::new(PyTuple::new(items));
        crate::gc::track_tuple(&t);
        Value::Tuple(t)
    }

    /// A new list, tracked by the cycle collector.
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(RefCell::new(items));
        crate::gc::track_list(&l);
        Value::List(l)
    }

    pub fn instance(i: crate::types::class::Instance) -> Value {
        let i = Rc::new(i);
        crate::gc::track_instance(&i);
        Value::Instance(i)
    }

    pub fn function(f: crate::types::function::Function) -> Value {
        let f = Rc::new(f);
        crate::gc::track_function(&f);
        Value::Function(f)
    }

    pub fn method(m: crate::types::function::BoundMethod) -> Value {
        let m = Rc::new(m);
        crate::gc::track_method(&m);
        Value::Method(m)
    }

    pub fn generator(g: crate::builtins::generator::Generator) -> Value {
        let g = Rc::new(g);
        crate::gc::track_generator(&g);
        Value::Generator(g)
    }

    /// A new dict, tracked by the cycle collector.
    pub fn dict(d: crate::types::dict::PyDict) -> Value {
        let d = Rc::new(d);
        crate::gc::track_dict(&d);
        Value::Dict(d)
    }

    /// An int from a BigInt, normalised to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn as_str(&self) -> Option<&Rc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (True, True) | (False, False) => true,
            // Small ints are cached in CPython; identical values compare identical here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, if this value is one (for `id()` and `is`).
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => match &**r {
                // Traceback wrappers are made on access; identity is the
                // shared traceback object's.
                crate::types::misc::Native::Traceback(tb) => Rc::as_ptr(tb) as *const u8 as usize,
                _ => Rc::as_ptr(r) as *const u8 as usize,
            },
            _ => return Option::None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Value::clone`/`release` adjust `Rc` counts directly; check that they
    /// agree with `Rc::strong_count` for pointer variants of several types.
    #[test]
    fn strong_count_matches_rc() {
        let s = Rc::new(PyStr::new("x"));
        let v = Value::Str(s.clone());
        assert_eq!(Rc::strong_count(&s), 2);
        let w = v.clone();
        assert_eq!(Rc::strong_count(&s), 3);
        Value::release(w);
        assert_eq!(Rc::strong_count(&s), 2);
        Value::release(v);
        assert_eq!(Rc::strong_count(&s), 1);

        let l: Rc<RefCell<Vec<Value>>> = Rc::new(RefCell::new(vec![Value::Int(1)]));
        let v = Value::List(l.clone());
        let w = v.clone();
        assert_eq!(Rc::strong_count(&l), 3);
        drop(w);
        Value::release(v);
        assert_eq!(Rc::strong_count(&l), 1);

        let b = Rc::new(BigInt::from(7));
        let v = Value::BigInt(b.clone());
        let c = Rc::new((1.0, 2.0));
        let z = Value::Complex(c.clone());
        let (v2, z2) = (v.clone(), z.clone());
        assert_eq!((Rc::strong_count(&b), Rc::strong_count(&c)), (3, 3));
        Value::release(v2);
        Value::release(z2);
        Value::release(v);
        Value::release(z);
        assert_eq!((Rc::strong_count(&b), Rc::strong_count(&c)), (1, 1));
        // The last reference goes through the real drop.
        let t = Value::tuple(vec![Value::Int(1)]);
        let t2 = t.clone();
        Value::release(t);
        Value::release(t2);
        assert_eq!(Value::True.clone().as_bool(), Some(true));
        assert!(matches!(Value::float(1.5).clone(), Value::Float(f) if f.get() == 1.5));
    }
}
