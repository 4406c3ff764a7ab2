//! Methods of `str` (part 1): argument helpers shared by all str methods,
//! case conversion, the `is*` predicates, padding, stripping, searching
//! (find/index/count/startswith/endswith), replace, partition, join,
//! expandtabs and zfill. The split family is in `str_split.rs`; `format`,
//! `format_map`, `encode`, `translate`/`maketrans` and the dunders live in
//! `str_methods2.rs`.
//!
//! Indices seen by Python (find results, start/end arguments) are code-point
//! indices; the text is stored as UTF-8, so ASCII strings take byte fast paths
//! and others convert between the two only where needed.

use std::rc::Rc;

use num_traits::Signed;

use crate::builtins::add_method;
use crate::builtins::str_unicode as uni;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

// ----- argument helpers -----------------------------------------------------

/// The str inside `v`: a str, or an instance of a str subclass.
pub fn str_of(v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(inst) => match &*inst.base_value() {
            Some(Value::Str(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `self` of a str method called as `s.name(...)` or `str.name(s, ...)`.
#[inline]
pub fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    // The usual receiver, a plain `str` passed positionally.
    if let Some(Value::Str(s)) = args.args.first() {
        if args.args.len() > args.kwnames.len() {
            return Ok(s.clone());
        }
    }
    this_slow(vm, args, name)
}

#[inline(never)]
fn this_slow(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    match args.pos().first() {
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
        Some(v) => str_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
    }
}

/// The positional arguments after `self`.
pub fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    let p = args.pos();
    if p.is_empty() { p } else { &p[1..] }
}

pub fn no_kwargs(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("str.{name}() takes no keyword arguments")))
    }
}

/// A METH_NOARGS method: `self` only.
#[inline]
fn noargs(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    if let ([Value::Str(s)], []) = (args.args, args.kwnames) {
        return Ok(s.clone());
    }
    noargs_slow(vm, args, name)
}

#[inline(never)]
fn noargs_slow(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, args, name)?;
    let n = rest(args).len();
    if n != 0 {
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({n} given)")));
    }
    Ok(s)
}

/// A METH_O method: `self` and exactly one positional argument.
pub fn onearg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(Rc<PyStr>, &'a Value)> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, args, name)?;
    match rest(args) {
        [v] => Ok((s, v)),
        r => Err(vm.type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            r.len()
        ))),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Positional-only arguments checked as Argument Clinic does.
#[inline]
pub fn positional<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(Rc<PyStr>, &'a [Value])> {
    if let ([Value::Str(s), r @ ..], []) = (args.args, args.kwnames) {
        if (min..=max).contains(&r.len()) {
            return Ok((s.clone(), r));
        }
    }
    positional_slow(vm, args, name, min, max)
}

#[inline(never)]
fn positional_slow<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(Rc<PyStr>, &'a [Value])> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, args, name)?;
    let r = rest(args);
    if r.len() < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {}",
            plural(min),
            r.len()
        )));
    }
    if r.len() > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {}",
            plural(max),
            r.len()
        )));
    }
    Ok((s, r))
}

/// Parameters that may be given by position or keyword (all optional).
pub fn bind_kw<'a, const N: usize>(
    vm: &Vm,
    args: &Args<'a>,
    fname: &str,
    names: [&str; N],
) -> PyResult<[Option<&'a Value>; N]> {
    let r = rest(args);
    let total = r.len() + args.kwnames.len();
    if total > N {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} argument{} ({total} given)",
            plural(N)
        )));
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(r.iter()) {
        *slot = Some(v);
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k.as_str()) {
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )));
            }
            Some(i) if i < r.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v),
        }
    }
    Ok(out)
}

/// A C `Py_ssize_t` argument (`__index__`; OverflowError when too large).
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        b @ (Value::True | Value::False) => Ok(matches!(b, Value::True) as i64),
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.index_value(v),
    }
}

/// The type name Argument Clinic's messages use: `None` for None.
pub fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// A `str` argument checked by Argument Clinic: `<what> must be str, not X`.
pub fn clinic_str(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    str_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "{what} must be str, not {}",
            clinic_type_name(vm, v)
        ))
    })
}

/// A `str` argument, with CPython's `<prefix>must be str, not X` message.
pub fn str_arg(vm: &Vm, v: &Value, prefix: &str) -> PyResult<Rc<PyStr>> {
    str_of(v).ok_or_else(|| vm.type_error(format!("{prefix}must be str, not {}", vm.type_name(v))))
}

/// A start/end argument of find & co. (`_PyEval_SliceIndex`): None, or an
/// index clamped to the ssize_t range.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(b @ (Value::True | Value::False)) => Ok(Some(matches!(b, Value::True) as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        Some(v @ Value::Instance(_)) => {
            if vm.class_of(v).lookup_str("__index__").is_none() {
                return Err(slice_index_error(vm));
            }
            vm.index_value(v).map(Some)
        }
        Some(_) => Err(slice_index_error(vm)),
    }
}

fn slice_index_error(vm: &Vm) -> crate::vm::PyErr {
    vm.type_error("slice indices must be integers or None or have an __index__ method")
}

/// CPython's ADJUST_INDICES: clamp start/end into `0..=len` (start may end
/// up past end, meaning an empty range).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// Reserve room for `extra` more bytes, raising MemoryError instead of aborting.
pub fn reserve(vm: &Vm, out: &mut String, extra: usize) -> PyResult<()> {
    out.try_reserve(extra)
        .map_err(|_| vm.error("MemoryError", ""))
}

pub fn new_str(s: String) -> Value {
    Value::string(s)
}

/// The code-point index of byte offset `b` in `s`.
fn char_index(s: &PyStr, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.as_str()[..b].chars().count()
    }
}

// ----- case conversion ------------------------------------------------------

fn str_upper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "upper")?;
    if s.is_ascii() {
        return Ok(crate::types::str::ascii_case_value(
            s.as_str(),
            s.char_len(),
            true,
        ));
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        uni::push_upper(&mut out, c);
    }
    Ok(new_str(out))
}

/// Full lowercase of `s` with the Final_Sigma rule.
pub fn lower_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        uni::push_lower_at(&mut out, s, i, c);
    }
    out
}

fn str_lower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "lower")?;
    if s.is_ascii() {
        return Ok(crate::types::str::ascii_case_value(
            s.as_str(),
            s.char_len(),
            false,
        ));
    }
    Ok(new_str(lower_str(s.as_str())))
}

fn str_casefold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "casefold")?;
    if s.is_ascii() {
        return Ok(new_str(s.as_str().to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        uni::push_fold(&mut out, c);
    }
    Ok(new_str(out))
}

fn str_swapcase(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "swapcase")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if uni::is_upper(c) {
            uni::push_lower_at(&mut out, text, i, c);
        } else if uni::is_lower(c) {
            uni::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

fn str_title(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "title")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    let mut prev_cased = false;
    for (i, c) in text.char_indices() {
        if prev_cased {
            uni::push_lower_at(&mut out, text, i, c);
        } else {
            uni::push_title(&mut out, c);
        }
        prev_cased = uni::is_cased(c);
    }
    Ok(new_str(out))
}

fn str_capitalize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "capitalize")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if i == 0 {
            uni::push_title(&mut out, c);
        } else {
            uni::push_lower_at(&mut out, text, i, c);
        }
    }
    Ok(new_str(out))
}

// ----- predicates -----------------------------------------------------------

fn all_chars(vm: &Vm, args: &Args, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let s = noargs(vm, args, name)?;
    let t = s.as_str();
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn str_isalpha(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(vm, args, "isalpha", uni::is_alpha)
}

fn str_isalnum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(vm, args, "isalnum", uni::is_alnum)
}

fn str_isdecimal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(vm, args, "isdecimal", uni::is_decimal)
}

fn str_isdigit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(vm, args, "isdigit", uni::is_digit)
}

fn str_isnumeric(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(vm, args, "isnumeric", uni::is_numeric)
}

fn str_isspace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(vm, args, "isspace", uni::is_space)
}

fn str_isascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

fn str_isprintable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "isprintable")?;
    // ASCII text: a byte test, no UTF-8 decoding.
    if s.is_ascii() {
        return Ok(Value::Bool(
            s.as_str().bytes().all(|b| (b' '..=b'~').contains(&b)),
        ));
    }
    Ok(Value::Bool(s.as_str().chars().all(uni::is_printable)))
}

fn str_isidentifier(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "isidentifier")?;
    let mut it = s.as_str().chars();
    let ok = match it.next() {
        None => false,
        Some(c) => uni::is_ident_start(c) && it.all(uni::is_ident_continue),
    };
    Ok(Value::Bool(ok))
}

fn str_islower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "islower")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            return Ok(Value::False);
        }
        cased |= uni::is_lower(c);
    }
    Ok(Value::Bool(cased))
}

fn str_isupper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "isupper")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if uni::is_lower(c) || uni::is_title(c) {
            return Ok(Value::False);
        }
        cased |= uni::is_upper(c);
    }
    Ok(Value::Bool(cased))
}

fn str_istitle(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            if prev_cased {
                return Ok(Value::False);
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !prev_cased {
                return Ok(Value::False);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ----- padding --------------------------------------------------------------

fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = str_of(v) else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut it = s.as_str().chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

/// `s` with `left` and `right` copies of `fill` around it.
fn pad(vm: &Vm, s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let need = (left.saturating_add(right))
        .saturating_mul(fill.len_utf8())
        .saturating_add(s.len());
    let mut out = String::new();
    reserve(vm, &mut out, need)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str(out))
}

fn justify(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let (s, r) = positional(vm, args, name, 1, 2)?;
    let width = ssize_arg(vm, &r[0])?;
    let fill = fill_char(vm, r.get(1))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let marg = (width - len) as usize;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    pad(vm, s.as_str(), left, right, fill)
}

fn str_center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "center")
}

fn str_ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "ljust")
}

fn str_rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "rjust")
}

fn str_zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, w) = onearg(vm, args, "zfill")?;
    let width = ssize_arg(vm, w)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let fill = (width - len) as usize;
    let text = s.as_str();
    let mut out = String::new();
    reserve(vm, &mut out, fill.saturating_add(text.len()))?;
    match text.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign as char);
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(&text[1..]);
        }
        _ => {
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(text);
        }
    }
    Ok(new_str(out))
}

fn str_expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    let [ts] = bind_kw(vm, args, "expandtabs", ["tabsize"])?;
    let tabsize = match ts {
        None => 8,
        Some(v) => {
            let n = match v {
                Value::BigInt(_) => i64::MAX,
                _ => vm.index_value(v)?,
            };
            if n > i32::MAX as i64 || n < i32::MIN as i64 {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            n
        }
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(Value::Str(s));
    }
    let mut out = String::with_capacity(text.len());
    let mut col: i64 = 0;
    for c in text.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col = col
                    .checked_add(incr)
                    .ok_or_else(|| vm.overflow_error("result too long"))?;
                reserve(vm, &mut out, incr as usize)?;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(new_str(out))
}

// ----- strip ----------------------------------------------------------------

fn strip_impl(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, r) = positional(vm, args, name, 0, 1)?;
    let text = s.as_str();
    let out = match r.first() {
        None | Some(Value::None) => {
            let mut t = text;
            if left {
                t = t.trim_start_matches(uni::is_space);
            }
            if right {
                t = t.trim_end_matches(uni::is_space);
            }
            t
        }
        Some(v) => {
            let held;
            let chars: &PyStr = match v {
                Value::Str(c) => c,
                _ => match str_of(v) {
                    Some(c) => {
                        held = c;
                        &held
                    }
                    None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
                },
            };
            let set = chars.as_str();
            if chars.is_ascii() {
                // An ASCII set only ever matches ASCII bytes, and trimming
                // those keeps the slice on character boundaries. Sets are
                // short: a plain scan beats `memchr`'s set-up.
                let set = set.as_bytes();
                let has = |c: u8| set.iter().any(|&x| x == c);
                let b = text.as_bytes();
                let mut start = 0;
                let mut end = b.len();
                if left {
                    while start < end && has(b[start]) {
                        start += 1;
                    }
                }
                if right {
                    while end > start && has(b[end - 1]) {
                        end -= 1;
                    }
                }
                &text[start..end]
            } else {
                let pred = |c: char| set.contains(c);
                let mut t = text;
                if left {
                    t = t.trim_start_matches(pred);
                }
                if right {
                    t = t.trim_end_matches(pred);
                }
                t
            }
        }
    };
    if out.len() == text.len() {
        return Ok(Value::Str(s));
    }
    if s.is_ascii() {
        return Ok(crate::types::str::ascii_str_value(out));
    }
    Ok(Value::str(out))
}

fn str_strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

// ----- searching ------------------------------------------------------------

/// Arguments `(sub[, start[, end]])` of find/index/count/startswith/endswith.
fn finds_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Rc<PyStr>, &'a Value, Option<i64>, Option<i64>)> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, args, name)?;
    let r = rest(args);
    if r.is_empty() {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if r.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            r.len()
        )));
    }
    let start = slice_index(vm, r.get(1))?;
    let end = slice_index(vm, r.get(2))?;
    Ok((s, &r[0], start, end))
}

/// The byte range of code points `start..end` (already adjusted, start <= end).
fn byte_range(s: &PyStr, start: i64, end: i64) -> (usize, usize) {
    if s.is_ascii() {
        (start as usize, end as usize)
    } else {
        (s.byte_offset(start as usize), s.byte_offset(end as usize))
    }
}

/// find/rfind as a code-point index, or -1.
fn find_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<i64> {
    let (s, sub, start, end) = finds_args(vm, args, name)?;
    let sub = str_arg(vm, sub, "")?;
    let (a, b) = adjust(start, end, s.char_len());
    if b - a < sub.char_len() as i64 {
        return Ok(-1);
    }
    let (ba, bb) = byte_range(&s, a, b);
    let hay = &s.as_str()[ba..bb];
    let found = if reverse {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(match found {
        None => -1,
        Some(p) => char_index(&s, ba + p) as i64,
    })
}

fn str_find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false).map(Value::Int)
}

fn str_rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true).map(Value::Int)
}

fn str_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, start, end) = finds_args(vm, args, "count")?;
    let sub = str_arg(vm, sub, "")?;
    let (a, b) = adjust(start, end, s.char_len());
    if b - a < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.as_str().is_empty() {
        return Ok(Value::Int(b - a + 1));
    }
    let (ba, bb) = byte_range(&s, a, b);
    Ok(Value::Int(
        s.as_str()[ba..bb].matches(sub.as_str()).count() as i64
    ))
}

/// CPython's `tailmatch`: does `sub` occur at the start (or end) of `s[start:end]`?
fn tailmatch(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (a, b) = adjust(start, end, s.char_len());
    if b - (sub.char_len() as i64) < a {
        return false;
    }
    if sub.as_str().is_empty() {
        return true;
    }
    let (ba, bb) = byte_range(s, a, b);
    let hay = &s.as_str()[ba..bb];
    if at_end {
        hay.ends_with(sub.as_str())
    } else {
        hay.starts_with(sub.as_str())
    }
}

fn starts_ends(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let (s, prefix, start, end) = finds_args(vm, args, name)?;
    if let Value::Tuple(t) = prefix {
        for item in t.items.iter() {
            let Some(p) = str_of(item) else {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(item)
                )));
            };
            if tailmatch(&s, &p, start, end, at_end) {
                return Ok(Value::True);
            }
        }
        return Ok(Value::False);
    }
    let Some(p) = str_of(prefix) else {
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(prefix)
        )));
    };
    Ok(Value::Bool(tailmatch(&s, &p, start, end, at_end)))
}

fn str_startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

// ----- replace, partition, prefixes -----------------------------------------

fn str_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = positional(vm, args, "replace", 2, 3)?;
    let old = clinic_str(vm, &r[0], "replace() argument 1")?;
    let new = clinic_str(vm, &r[1], "replace() argument 2")?;
    let count = match r.get(2) {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let (text, old_s, new_s) = (s.as_str(), old.as_str(), new.as_str());
    if max == 0 {
        return Ok(Value::Str(s));
    }
    if old_s.is_empty() {
        // Insert `new` before every character and at the end, `max` times at most.
        let slots = s.char_len().saturating_add(1).min(max);
        let mut out = String::new();
        reserve(
            vm,
            &mut out,
            text.len().saturating_add(slots.saturating_mul(new_s.len())),
        )?;
        let mut n = 0;
        for c in text.chars() {
            if n < slots {
                out.push_str(new_s);
                n += 1;
            }
            out.push(c);
        }
        if n < slots {
            out.push_str(new_s);
        }
        return Ok(new_str(out));
    }
    if !text.contains(old_s) {
        return Ok(Value::Str(s));
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (n, (pos, _)) in text.match_indices(old_s).enumerate() {
        if n >= max {
            break;
        }
        out.push_str(&text[last..pos]);
        reserve(vm, &mut out, new_s.len())?;
        out.push_str(new_s);
        last = pos + old_s.len();
    }
    out.push_str(&text[last..]);
    Ok(new_str(out))
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (s, sepv) = onearg(vm, args, name)?;
    let sep = str_arg(vm, sepv, "")?;
    if sep.as_str().is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let empty = || Value::str("");
    Ok(match found {
        Some(p) => Value::tuple(vec![
            Value::str(&text[..p]),
            sepv.clone(),
            Value::str(&text[p + sep.as_str().len()..]),
        ]),
        None => {
            let whole = args.pos()[0].clone();
            if reverse {
                Value::tuple(vec![empty(), empty(), whole])
            } else {
                Value::tuple(vec![whole, empty(), empty()])
            }
        }
    })
}

fn str_partition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn str_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = onearg(vm, args, "removeprefix")?;
    let p = clinic_str(vm, p, "removeprefix() argument")?;
    match s.as_str().strip_prefix(p.as_str()) {
        Some(t) if !p.as_str().is_empty() => Ok(Value::str(t)),
        _ => Ok(Value::Str(s)),
    }
}

fn str_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = onearg(vm, args, "removesuffix")?;
    let p = clinic_str(vm, p, "removesuffix() argument")?;
    match s.as_str().strip_suffix(p.as_str()) {
        Some(t) if !p.as_str().is_empty() => Ok(Value::str(t)),
        _ => Ok(Value::Str(s)),
    }
}

// ----- join -----------------------------------------------------------------

fn str_join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (sep, iterable) = onearg(vm, args, "join")?;
    match iterable {
        // Joining touches no Python code, so the list can stay borrowed.
        Value::List(l) => join_slice(vm, &sep, &l.borrow()),
        Value::Tuple(t) => join_slice(vm, &sep, &t.items),
        other => {
            let it = match vm.iter(other) {
                Ok(it) => it,
                Err(e) if vm.err_is(&e, "TypeError") => {
                    return Err(vm.type_error("can only join an iterable"));
                }
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = vm.next(&it)? {
                v.push(x);
            }
            join_slice(vm, &sep, &v)
        }
    }
}

fn join_slice(vm: &Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    if let [Value::Str(s)] = items {
        return Ok(Value::Str(s.clone()));
    }
    let gaps = items.len().saturating_sub(1);
    let mut total = sep.as_str().len().saturating_mul(gaps);
    let mut chars = sep.char_len().saturating_mul(gaps);
    for (i, item) in items.iter().enumerate() {
        let len = match item {
            Value::Str(s) => {
                chars = chars.saturating_add(s.char_len());
                s.as_str().len()
            }
            _ => match str_of(item) {
                Some(s) => {
                    chars = chars.saturating_add(s.char_len());
                    s.as_str().len()
                }
                None => {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(item)
                    )));
                }
            },
        };
        total = total.saturating_add(len);
    }
    if total <= crate::types::str::INLINE_CAP {
        let mut out = crate::types::str::InlineBuf::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(sep.as_str());
            }
            match item {
                Value::Str(s) => out.push_str(s.as_str()),
                _ => match str_of(item) {
                    Some(s) => out.push_str(s.as_str()),
                    None => true,
                },
            };
        }
        return Ok(Value::Str(Rc::new(out.finish(chars))));
    }
    let mut out = String::new();
    reserve(vm, &mut out, total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match item {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => {
                if let Some(s) = str_of(item) {
                    out.push_str(s.as_str());
                }
            }
        }
    }
    Ok(crate::types::str::str_value_counted(out, chars))
}

pub fn install(vm: &mut Vm) {
    let cls = vm.types.str_.clone();
    let methods: [(&'static str, crate::vm::NativeFn); 42] = [
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isnumeric", str_isnumeric),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("isidentifier", str_isidentifier),
        ("islower", str_islower),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("replace", str_replace),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("join", str_join),
        ("split", super::str_split::str_split),
        ("rsplit", super::str_split::str_rsplit),
        ("splitlines", super::str_split::str_splitlines),
    ];
    for (name, f) in methods {
        add_method(&cls, "str", name, f);
    }
    super::str_methods2::install(vm);
}
