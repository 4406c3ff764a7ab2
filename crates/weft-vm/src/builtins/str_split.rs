//! `str.split`, `str.rsplit` and `str.splitlines`, with CPython's whitespace
//! rules (`str.isspace` characters) and line boundaries.

use std::rc::Rc;

use crate::builtins::str_methods::{bind_kw, ssize_arg, str_of, this};
use crate::builtins::str_unicode as uni;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `sep` and `maxsplit` of split/rsplit; maxsplit < 0 means no limit.
fn split_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Rc<PyStr>, Option<Rc<PyStr>>, usize)> {
    let s = this(vm, args, name)?;
    let [sep, maxsplit] = bind_kw(vm, args, name, ["sep", "maxsplit"])?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => match str_of(v) {
            Some(p) => Some(p),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v))));
            }
        },
    };
    let max = match maxsplit {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    if let Some(p) = &sep {
        if p.as_str().is_empty() {
            return Err(vm.value_error("empty separator"));
        }
    }
    Ok((s, sep, if max < 0 { usize::MAX } else { max as usize }))
}

/// A list of pieces; a single piece equal to the whole string reuses it.
fn piece_list(s: &Rc<PyStr>, pieces: Vec<&str>) -> Value {
    if pieces.len() == 1 && pieces[0].len() == s.as_str().len() {
        return Value::list(vec![Value::Str(s.clone())]);
    }
    if s.is_ascii() {
        return Value::list(
            pieces
                .into_iter()
                .map(crate::types::str::ascii_str_value)
                .collect(),
        );
    }
    Value::list(pieces.into_iter().map(Value::str).collect())
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, 9..=13 | 28..=32)
}

/// `s.split()` of an ASCII `str`: the list of its words, built directly
/// (no intermediate list of slices). Like CPython, room for up to 12 words
/// is reserved up front; a single word spanning the whole text is `s` itself.
fn split_ascii_whitespace_list(s: &Rc<PyStr>) -> Value {
    let text = s.as_str();
    let b = text.as_bytes();
    let mut out: Vec<Value> = Vec::with_capacity(12.min(b.len() / 2 + 1));
    let mut i = 0;
    loop {
        while i < b.len() && is_ascii_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        let start = i;
        while i < b.len() && !is_ascii_space(b[i]) {
            i += 1;
        }
        if start == 0 && i == b.len() {
            out.push(Value::Str(s.clone()));
            break;
        }
        out.push(crate::types::str::ascii_str_value(&text[start..i]));
    }
    Value::list(out)
}

/// `split_whitespace` for ASCII text, scanning bytes.
fn split_whitespace_ascii(text: &str, max: usize) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut splits = 0;
    loop {
        while i < b.len() && is_ascii_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if splits >= max {
            out.push(&text[i..]);
            break;
        }
        let start = i;
        while i < b.len() && !is_ascii_space(b[i]) {
            i += 1;
        }
        out.push(&text[start..i]);
        splits += 1;
    }
    out
}

fn split_whitespace(text: &str, max: usize) -> Vec<&str> {
    if text.is_ascii() {
        return split_whitespace_ascii(text, max);
    }
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut splits = 0;
    loop {
        // Skip whitespace.
        while let Some(&(_, c)) = it.peek() {
            if uni::is_space(c) {
                it.next();
            } else {
                break;
            }
        }
        let Some(&(start, _)) = it.peek() else { break };
        if splits >= max {
            out.push(&text[start..]);
            break;
        }
        let mut end = text.len();
        while let Some(&(i, c)) = it.peek() {
            if uni::is_space(c) {
                end = i;
                break;
            }
            it.next();
        }
        out.push(&text[start..end]);
        splits += 1;
    }
    out
}

fn rsplit_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut it = text.char_indices().rev().peekable();
    let mut splits = 0;
    loop {
        while let Some(&(_, c)) = it.peek() {
            if uni::is_space(c) {
                it.next();
            } else {
                break;
            }
        }
        let Some(&(last, lc)) = it.peek() else { break };
        let end = last + lc.len_utf8();
        if splits >= max {
            out.push(&text[..end]);
            break;
        }
        let mut start = 0;
        while let Some(&(i, c)) = it.peek() {
            if uni::is_space(c) {
                start = i + c.len_utf8();
                break;
            }
            it.next();
        }
        out.push(&text[start..end]);
        splits += 1;
    }
    out.reverse();
    out
}

pub fn str_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let ([Value::Str(s)], []) = (args.args, args.kwnames) {
        if s.is_ascii() {
            return Ok(split_ascii_whitespace_list(s));
        }
    }
    let (s, sep, max) = split_args(vm, args, "split")?;
    let text = s.as_str();
    let pieces = match &sep {
        None => split_whitespace(text, max),
        Some(p) => text.splitn(max.saturating_add(1), p.as_str()).collect(),
    };
    Ok(piece_list(&s, pieces))
}

pub fn str_rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, "rsplit")?;
    let text = s.as_str();
    let pieces = match &sep {
        None => rsplit_whitespace(text, max),
        Some(p) => {
            let mut v: Vec<&str> = text.rsplitn(max.saturating_add(1), p.as_str()).collect();
            v.reverse();
            v
        }
    };
    Ok(piece_list(&s, pieces))
}

pub fn str_splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
    let [keep] = bind_kw(vm, args, "splitlines", ["keepends"])?;
    let keepends = match keep {
        None => false,
        Some(v) => vm.truthy(v)?,
    };
    let text = s.as_str();
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    if s.is_ascii() {
        // Only `\n`, `\r`, `\v`, `\f` and `\x1c`..`\x1e` break ASCII lines:
        // a byte scan with no UTF-8 decoding.
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if !matches!(b, 0x0a..=0x0d | 0x1c..=0x1e) {
                i += 1;
                continue;
            }
            let mut next = i + 1;
            if b == b'\r' && bytes.get(next) == Some(&b'\n') {
                next += 1;
            }
            pieces.push(&text[start..if keepends { next } else { i }]);
            start = next;
            i = next;
        }
        if start < text.len() {
            pieces.push(&text[start..]);
        }
        return Ok(piece_list(&s, pieces));
    }
    let mut it = text.char_indices().peekable();
    let mut start = 0;
    while let Some((i, c)) = it.next() {
        if !uni::is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && bytes.get(next) == Some(&b'\n') {
            it.next();
            next += 1;
        }
        pieces.push(&text[start..if keepends { next } else { i }]);
        start = next;
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    Ok(piece_list(&s, pieces))
}
