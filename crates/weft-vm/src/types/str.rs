//! `str` storage: UTF-8 text with its length in code points and a cached hash.

use std::cell::Cell;

pub struct PyStr {
    s: Text,
    /// Number of code points.
    chars: usize,
    /// Cached hash; 0 means "not computed yet".
    hash: Cell<i64>,
}

/// Texts up to this many bytes are stored inside the `PyStr` itself, so a
/// short `str` costs one allocation (the `Rc`) instead of two.
pub const INLINE_CAP: usize = 22;

/// The UTF-8 bytes of a `str`: inline when short, else on the heap.
enum Text {
    /// `buf[..len]` holds the text; the bytes after it are always zero
    /// (every constructor starts from a zeroed buffer and only appends),
    /// which [`PyStr::same_text`] relies on.
    Inline {
        len: u8,
        buf: [u8; INLINE_CAP],
    },
    Heap(Box<str>),
}

impl Text {
    #[inline]
    fn from_str(s: &str) -> Text {
        if s.len() <= INLINE_CAP {
            let mut buf = [0u8; INLINE_CAP];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            Text::Heap(s.into())
        }
    }

    #[inline]
    fn from_string(s: String) -> Text {
        if s.len() <= INLINE_CAP {
            Text::from_str(&s)
        } else {
            Text::Heap(s.into_boxed_str())
        }
    }

    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Text::Inline { len, buf } => {
                // SAFETY: an inline text is only ever made by `from_str` or
                // `InlineBuf::finish`, which store a `len` of at most
                // `INLINE_CAP` (both check it) and copy whole `&str`s (never
                // split inside a character; `push_ascii_case` changes only
                // ASCII bytes, to ASCII bytes) into `buf`. So `..len` is in
                // bounds and `buf[..len]` is UTF-8.
                unsafe { std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize)) }
            }
            Text::Heap(b) => b,
        }
    }
}

/// Builds a short text in place from whole `&str` pieces.
pub struct InlineBuf {
    len: usize,
    buf: [u8; INLINE_CAP],
}

impl InlineBuf {
    #[inline]
    pub fn new() -> InlineBuf {
        InlineBuf {
            len: 0,
            buf: [0u8; INLINE_CAP],
        }
    }

    /// Append `s`; false (and nothing appended) when it would not fit.
    #[inline]
    pub fn push_str(&mut self, s: &str) -> bool {
        let end = self.len + s.len();
        if end > INLINE_CAP {
            return false;
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        true
    }

    /// Append `s` with ASCII letters lowered (`upper` false) or raised;
    /// false (and nothing appended) when it would not fit. Bytes outside
    /// ASCII are copied unchanged, so the text stays UTF-8.
    #[inline]
    pub fn push_ascii_case(&mut self, s: &str, upper: bool) -> bool {
        let end = self.len + s.len();
        if end > INLINE_CAP {
            return false;
        }
        for (slot, &b) in self.buf[self.len..end].iter_mut().zip(s.as_bytes()) {
            *slot = if upper {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
        }
        self.len = end;
        true
    }

    /// The `str` of the text pushed so far, which has `chars` code points.
    pub fn finish(self, chars: usize) -> PyStr {
        PyStr {
            s: Text::Inline {
                len: self.len as u8,
                buf: self.buf,
            },
            chars,
            hash: Cell::new(0),
        }
    }
}

impl Default for InlineBuf {
    fn default() -> Self {
        InlineBuf::new()
    }
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: s.chars().count(),
            s: Text::from_str(s),
            hash: Cell::new(0),
        }
    }

    pub fn from_string(s: String) -> PyStr {
        PyStr {
            chars: s.chars().count(),
            s: Text::from_string(s),
            hash: Cell::new(0),
        }
    }

    /// A `str` whose length in code points the caller already knows
    /// (concatenations, pieces of ASCII text), saving a recount.
    pub fn from_string_counted(s: String, chars: usize) -> PyStr {
        debug_assert_eq!(s.chars().count(), chars);
        PyStr {
            chars,
            s: Text::from_string(s),
            hash: Cell::new(0),
        }
    }

    /// [`PyStr::from_string_counted`] for borrowed text.
    pub fn new_counted(s: &str, chars: usize) -> PyStr {
        debug_assert_eq!(s.chars().count(), chars);
        PyStr {
            chars,
            s: Text::from_str(s),
            hash: Cell::new(0),
        }
    }

    /// [`PyStr::new`] for text that is known to be ASCII.
    pub fn new_ascii(s: &str) -> PyStr {
        debug_assert!(s.is_ascii());
        PyStr::new_counted(s, s.len())
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.s.as_str()
    }

    /// Do the two hold the same text? Two short (inline) texts compare as
    /// fixed-size buffers, which are zero past their length, so no
    /// `memcmp` call is needed.
    #[inline]
    pub fn same_text(&self, other: &PyStr) -> bool {
        match (&self.s, &other.s) {
            (Text::Inline { len: a, buf: x }, Text::Inline { len: b, buf: y }) => a == b && x == y,
            _ => self.as_str() == other.as_str(),
        }
    }

    /// Length in code points, as `len()` reports it.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.as_str().len()
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str().chars().nth(i).unwrap()
        }
    }

    /// Byte offset of code point `i` (`i` may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            let s = self.as_str();
            s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
        }
    }

    /// Code-point slice `[start, end)`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.as_str()[a..b]
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(self.as_str());
        self.hash.set(h);
        h
    }
}

/// The hash of a `str` value with this text, without building the object.
pub fn str_hash(s: &str) -> i64 {
    let h = fx_hash(s.as_bytes()) as i64;
    if h == 0 || h == -1 { 1 } else { h }
}

/// A fast non-cryptographic hash (FxHash-style) over bytes.
pub fn fx_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    // Final avalanche so that short keys spread over the table.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

thread_local! {
    static INTERNED: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, std::rc::Rc<PyStr>>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// The shared `str` object for an identifier-like string. Names in code
/// objects, attribute names and identifier constants are interned, so dict
/// lookups of names usually match by pointer before comparing text.
pub fn intern(s: &str) -> std::rc::Rc<PyStr> {
    INTERNED.with(|t| {
        if let Some(p) = t.borrow().get(s) {
            return p.clone();
        }
        let p = std::rc::Rc::new(PyStr::new(s));
        t.borrow_mut().insert(s.into(), p.clone());
        p
    })
}

/// CPython interns string constants that look like identifiers.
pub fn is_identifier_like(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A `str` value from text whose length in code points is `chars`.
pub fn str_value_counted(s: String, chars: usize) -> crate::value::Value {
    crate::value::Value::Str(std::rc::Rc::new(PyStr::from_string_counted(s, chars)))
}

/// `a + b` as a new `str` value with `chars` code points, built without an
/// intermediate `String` when it is short.
pub fn concat_value(a: &str, b: &str, chars: usize) -> crate::value::Value {
    let mut ib = InlineBuf::new();
    if ib.push_str(a) && ib.push_str(b) {
        return crate::value::Value::Str(std::rc::Rc::new(ib.finish(chars)));
    }
    let mut s = String::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    str_value_counted(s, chars)
}

/// A `str` value for a piece of ASCII text (one allocation less of work:
/// no code-point count; single characters come from the shared table).
pub fn ascii_str_value(s: &str) -> crate::value::Value {
    if s.len() == 1 {
        return char_value(s.as_bytes()[0] as char);
    }
    crate::value::Value::Str(std::rc::Rc::new(PyStr::new_ascii(s)))
}

thread_local! {
    /// The one-character strings U+0000..U+00FF, made on first use and
    /// shared afterwards (CPython keeps the same table of latin-1 characters).
    static CHARS: std::cell::RefCell<Vec<Option<std::rc::Rc<PyStr>>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The `str` of one character; latin-1 characters are shared objects.
pub fn char_value(c: char) -> crate::value::Value {
    let code = c as usize;
    if code >= 256 {
        let mut buf = [0u8; 4];
        return crate::value::Value::Str(std::rc::Rc::new(PyStr::new_counted(
            c.encode_utf8(&mut buf),
            1,
        )));
    }
    let shared = CHARS.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_empty() {
            t.resize(256, None);
        }
        t[code]
            .get_or_insert_with(|| {
                let mut buf = [0u8; 4];
                std::rc::Rc::new(PyStr::new_counted(c.encode_utf8(&mut buf), 1))
            })
            .clone()
    });
    crate::value::Value::Str(shared)
}

/// The concatenation of the `str` values in `parts` (others are skipped), as
/// `BuildString` (f-strings) needs it: sized up front, counted, and built in
/// place when short.
pub fn concat_values(parts: &[crate::value::Value]) -> crate::value::Value {
    use crate::value::Value;
    let (mut len, mut chars) = (0usize, 0usize);
    for v in parts {
        if let Value::Str(p) = v {
            len += p.as_str().len();
            chars += p.char_len();
        }
    }
    if len <= INLINE_CAP {
        let mut ib = InlineBuf::new();
        for v in parts {
            if let Value::Str(p) = v {
                ib.push_str(p.as_str());
            }
        }
        return Value::Str(std::rc::Rc::new(ib.finish(chars)));
    }
    let mut s = String::with_capacity(len);
    for v in parts {
        if let Value::Str(p) = v {
            s.push_str(p.as_str());
        }
    }
    str_value_counted(s, chars)
}

/// `s.lower()` / `s.upper()` of an ASCII `str` with `chars` code points.
pub fn ascii_case_value(s: &str, chars: usize, upper: bool) -> crate::value::Value {
    let mut ib = InlineBuf::new();
    if ib.push_ascii_case(s, upper) {
        return crate::value::Value::Str(std::rc::Rc::new(ib.finish(chars)));
    }
    let t = if upper {
        s.to_ascii_uppercase()
    } else {
        s.to_ascii_lowercase()
    };
    str_value_counted(t, chars)
}

/// `str(i)` of an int: decimal digits written straight into an inline `str`.
pub fn int_str_value(i: i64) -> crate::value::Value {
    // 19 digits and a sign at most.
    let mut digits = [0u8; 20];
    let mut pos = digits.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        digits[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        digits[pos] = b'-';
    }
    // ASCII digits fit inline: copied into place with no UTF-8 check.
    let len = digits.len() - pos;
    let mut buf = [0u8; INLINE_CAP];
    buf[..len].copy_from_slice(&digits[pos..]);
    crate::value::Value::Str(std::rc::Rc::new(PyStr {
        s: Text::Inline {
            len: len as u8,
            buf,
        },
        chars: len,
        hash: Cell::new(0),
    }))
}

/// `s * n` as a new `str` (`None` when its size overflows or cannot be
/// allocated: a `MemoryError`). Built in place when short; the code-point
/// count is multiplied, not recounted, and the text is not re-validated.
pub fn repeat_value(s: &PyStr, n: usize) -> Option<crate::value::Value> {
    let text = s.as_str();
    let n = if text.is_empty() { 0 } else { n };
    let total = text.len().checked_mul(n)?;
    let chars = s.char_len() * n;
    if total <= INLINE_CAP {
        let mut ib = InlineBuf::new();
        for _ in 0..n {
            ib.push_str(text);
        }
        return Some(crate::value::Value::Str(std::rc::Rc::new(ib.finish(chars))));
    }
    let mut out = String::new();
    out.try_reserve_exact(total).ok()?;
    for _ in 0..n {
        out.push_str(text);
    }
    Some(str_value_counted(out, chars))
}
