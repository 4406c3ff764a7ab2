//! The text-like methods shared by `bytes` and `bytearray` (`find`, `split`,
//! `strip`, `upper`, `hex`, `translate`, ...). Each is generic over
//! `BA` (bytearray or not): it is registered once per type, decides the
//! result type and reports CPython's descriptor errors for the wrong `self`.

use std::rc::Rc;

use crate::builtins::bytes::{buffer_arg, buffer_of, find_sub, make_bytes, recv_data};
use crate::builtins::numeric_methods::{parse_args, unwrap};
use crate::builtins::{add_method, builtin};
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

fn tname(ba: bool) -> &'static str {
    if ba { "bytearray" } else { "bytes" }
}

/// How a method reports a wrong number of positional arguments.
#[derive(Clone, Copy)]
enum Style {
    /// `find() takes at least 1 argument (0 given)`
    Takes,
    /// `center expected at least 1 argument, got 0`
    Expected,
    /// `bytes.zfill() takes exactly one argument (0 given)`
    Exactly,
}

/// Positional-only arguments after `self`, `min..=max` of them.
fn posonly<'a>(
    vm: &Vm,
    args: &Args<'a>,
    ba: bool,
    name: &str,
    min: usize,
    max: usize,
    style: Style,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}.{name}() takes no keyword arguments", tname(ba))));
    }
    let rest = &args.args[1.min(args.args.len())..];
    let n = rest.len();
    if n >= min && n <= max {
        return Ok(rest);
    }
    let arg = |k: usize| if k == 1 { "argument" } else { "arguments" };
    Err(vm.type_error(match style {
        Style::Exactly if max == 0 => {
            format!("{}.{name}() takes no arguments ({n} given)", tname(ba))
        }
        Style::Exactly => format!(
            "{}.{name}() takes exactly one argument ({n} given)",
            tname(ba)
        ),
        Style::Takes if n < min => {
            format!("{name}() takes at least {min} {} ({n} given)", arg(min))
        }
        Style::Takes => format!("{name}() takes at most {max} {} ({n} given)", arg(max)),
        Style::Expected if min == max => {
            format!("{name} expected {min} {}, got {n}", arg(min))
        }
        Style::Expected if n < min => {
            format!("{name} expected at least {min} {}, got {n}", arg(min))
        }
        Style::Expected => format!("{name} expected at most {max} {}, got {n}", arg(max)),
    }))
}

/// A slice bound (`start`/`end` of find-like methods): None or an index.
fn bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let u = unwrap(v);
            if let Value::BigInt(b) = &u {
                return Ok(Some(if num_traits::Signed::is_negative(&**b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }));
            }
            let ok = matches!(u, Value::Int(_) | Value::True | Value::False)
                || vm.class_of(v).lookup_str("__index__").is_some();
            if !ok {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            vm.index_value(v).map(Some)
        }
    }
}

/// CPython's ADJUST_INDICES: (start, end) within `len`; start may exceed len.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s, e)
}

/// The needle of find/count/index: a bytes-like object or a byte value.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    if let Some(b) = buffer_of(v) {
        return Ok(b);
    }
    let int_like = matches!(
        unwrap(v),
        Value::Int(_) | Value::True | Value::False | Value::BigInt(_)
    ) || (matches!(v, Value::Instance(_))
        && vm.class_of(v).lookup_str("__index__").is_some());
    if !int_like {
        return Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        )));
    }
    let b = crate::builtins::bytes::byte_value(vm, v)?;
    Ok(Rc::new(vec![b]))
}

/// Parsed arguments of find/rfind/index/rindex/count.
fn find_args<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Rc<Vec<u8>>, Rc<Vec<u8>>, i64, i64)> {
    let d = recv_data::<BA>(vm, args, name)?;
    let rest = posonly(vm, args, BA, name, 1, 3, Style::Takes)?;
    let sub = needle(vm, &rest[0])?;
    let s = bound(vm, rest.get(1))?;
    let e = bound(vm, rest.get(2))?;
    let (s, e) = adjust(s, e, d.len());
    Ok((d, sub, s, e))
}

/// find (`rev` false) or rfind within [s, e): position or None.
fn find_in(d: &[u8], sub: &[u8], s: i64, e: i64, rev: bool) -> Option<usize> {
    if e - s < sub.len() as i64 {
        return None;
    }
    let (s, e) = (s as usize, e as usize);
    let hay = &d[s..e];
    if rev {
        if sub.is_empty() {
            return Some(e);
        }
        (0..=hay.len() - sub.len())
            .rev()
            .find(|&i| &hay[i..i + sub.len()] == sub)
            .map(|i| i + s)
    } else {
        find_sub(hay, sub, 0).map(|i| i + s)
    }
}

fn find<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, sub, s, e) = find_args::<BA>(vm, args, "find")?;
    Ok(Value::Int(
        find_in(&d, &sub, s, e, false).map_or(-1, |i| i as i64),
    ))
}

fn rfind<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, sub, s, e) = find_args::<BA>(vm, args, "rfind")?;
    Ok(Value::Int(
        find_in(&d, &sub, s, e, true).map_or(-1, |i| i as i64),
    ))
}

fn index<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, sub, s, e) = find_args::<BA>(vm, args, "index")?;
    match find_in(&d, &sub, s, e, false) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, sub, s, e) = find_args::<BA>(vm, args, "rindex")?;
    match find_in(&d, &sub, s, e, true) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, sub, s, e) = find_args::<BA>(vm, args, "count")?;
    if e < s {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(e - s + 1));
    }
    let hay = &d[s as usize..e as usize];
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_sub(hay, &sub, i) {
        n += 1;
        i = p + sub.len();
    }
    Ok(Value::Int(n))
}

fn starts_ends<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    ends: bool,
) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, name)?;
    let rest = posonly(vm, args, BA, name, 1, 3, Style::Takes)?;
    let s = bound(vm, rest.get(1))?;
    let e = bound(vm, rest.get(2))?;
    let (s, e) = adjust(s, e, d.len());
    let prefixes: Vec<Rc<Vec<u8>>> = match &rest[0] {
        Value::Tuple(t) => {
            let mut v = Vec::with_capacity(t.len());
            for it in t.items.iter() {
                v.push(buffer_arg(vm, it)?);
            }
            v
        }
        other => match buffer_of(other) {
            Some(b) => vec![b],
            None => {
                return Err(vm.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    vm.type_name(other)
                )));
            }
        },
    };
    for p in prefixes {
        if s > d.len() as i64 || e - s < p.len() as i64 {
            continue;
        }
        let win = &d[s as usize..e as usize];
        let hit = if ends {
            win.ends_with(&p)
        } else {
            win.starts_with(&p)
        };
        if hit {
            return Ok(Value::True);
        }
    }
    Ok(Value::False)
}

fn startswith<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    starts_ends::<BA>(vm, args, "startswith", false)
}

fn endswith<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    starts_ends::<BA>(vm, args, "endswith", true)
}

fn join<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sep = recv_data::<BA>(vm, args, "join")?;
    let rest = posonly(vm, args, BA, "join", 1, 1, Style::Exactly)?;
    let items = vm
        .collect(&rest[0])
        .map_err(|_| vm.type_error("can only join an iterable"))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = buffer_of(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make_bytes(out, BA))
}

/// The `sep`/`maxsplit` arguments of split and rsplit.
fn split_args<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Rc<Vec<u8>>, Option<Rc<Vec<u8>>>, usize)> {
    let d = recv_data::<BA>(vm, args, name)?;
    let a = parse_args(vm, args, name, &["sep", "maxsplit"], 2)?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let b = buffer_arg(vm, v)?;
            if b.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(b)
        }
    };
    let maxsplit = match &a[1] {
        None => -1,
        Some(v) => vm.index_value(v)?,
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok((d, sep, maxsplit))
}

fn split<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, sep, maxsplit) = split_args::<BA>(vm, args, "split")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut start = 0;
            while parts.len() < maxsplit {
                match find_sub(&d, sep, start) {
                    Some(p) => {
                        parts.push(&d[start..p]);
                        start = p + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(&d[start..]);
        }
        None => {
            let n = d.len();
            let mut i = 0;
            loop {
                while i < n && WHITESPACE.contains(&d[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if parts.len() == maxsplit {
                    parts.push(&d[i..]);
                    break;
                }
                let st = i;
                while i < n && !WHITESPACE.contains(&d[i]) {
                    i += 1;
                }
                parts.push(&d[st..i]);
            }
        }
    }
    Ok(Value::list(
        parts
            .into_iter()
            .map(|p| make_bytes(p.to_vec(), BA))
            .collect(),
    ))
}

fn rsplit<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, sep, maxsplit) = split_args::<BA>(vm, args, "rsplit")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut end = d.len();
            while parts.len() < maxsplit {
                let hay = &d[..end];
                let found = (sep.len() <= hay.len())
                    .then(|| {
                        (0..=hay.len() - sep.len())
                            .rev()
                            .find(|&i| &hay[i..i + sep.len()] == sep.as_slice())
                    })
                    .flatten();
                match found {
                    Some(p) => {
                        parts.push(&d[p + sep.len()..end]);
                        end = p;
                    }
                    None => break,
                }
            }
            parts.push(&d[..end]);
        }
        None => {
            let mut i = d.len();
            loop {
                while i > 0 && WHITESPACE.contains(&d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() == maxsplit {
                    parts.push(&d[..i]);
                    break;
                }
                let e = i;
                while i > 0 && !WHITESPACE.contains(&d[i - 1]) {
                    i -= 1;
                }
                parts.push(&d[i..e]);
            }
        }
    }
    parts.reverse();
    Ok(Value::list(
        parts
            .into_iter()
            .map(|p| make_bytes(p.to_vec(), BA))
            .collect(),
    ))
}

fn strip_impl<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, name)?;
    let rest = posonly(vm, args, BA, name, 0, 1, Style::Expected)?;
    let chars: Rc<Vec<u8>> = match rest.first() {
        None | Some(Value::None) => Rc::new(WHITESPACE.to_vec()),
        Some(v) => buffer_arg(vm, v)?,
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && chars.contains(&d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&d[e - 1]) {
            e -= 1;
        }
    }
    Ok(make_bytes(d[s..e].to_vec(), BA))
}

fn strip<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "strip", true, true)
}
fn lstrip<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "lstrip", true, false)
}
fn rstrip<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "rstrip", false, true)
}

fn replace<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "replace")?;
    let rest = posonly(vm, args, BA, "replace", 2, 3, Style::Expected)?;
    let old = buffer_arg(vm, &rest[0])?;
    let new = buffer_arg(vm, &rest[1])?;
    let count = match rest.get(2) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        for (i, &c) in d.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
            if i + 1 == d.len() && left > 0 {
                out.extend_from_slice(&new);
            }
        }
        if d.is_empty() && left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(make_bytes(out, BA));
    }
    let mut i = 0;
    while left > 0 {
        match find_sub(&d, &old, i) {
            Some(p) => {
                out.extend_from_slice(&d[i..p]);
                out.extend_from_slice(&new);
                i = p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    Ok(make_bytes(out, BA))
}

fn map_bytes<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, name)?;
    posonly(vm, args, BA, name, 0, 0, Style::Exactly)?;
    Ok(make_bytes(f(&d), BA))
}

fn upper<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "upper", |d| d.to_ascii_uppercase())
}
fn lower<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "lower", |d| d.to_ascii_lowercase())
}
fn swapcase<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "swapcase", |d| {
        d.iter()
            .map(|c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn capitalize<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, name)?;
    posonly(vm, args, BA, name, 0, 0, Style::Exactly)?;
    Ok(Value::Bool(f(&d)))
}

fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn isalpha<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isalpha", |d| {
        all_nonempty(d, u8::is_ascii_alphabetic)
    })
}
fn isdigit<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isdigit", |d| all_nonempty(d, u8::is_ascii_digit))
}
fn isalnum<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isalnum", |d| {
        all_nonempty(d, u8::is_ascii_alphanumeric)
    })
}
fn isspace<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isspace", |d| {
        all_nonempty(d, |c| WHITESPACE.contains(c))
    })
}
fn isascii<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isascii", |d| d.is_ascii())
}
fn isupper<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
fn islower<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
fn istitle<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "istitle", |d| {
        let (mut cased, mut prev) = (false, false);
        for c in d {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

fn partition_impl<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    rev: bool,
) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, name)?;
    let rest = posonly(vm, args, BA, name, 1, 1, Style::Exactly)?;
    let sep = buffer_arg(vm, &rest[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = find_in(&d, &sep, 0, d.len() as i64, rev);
    let mk = |v: &[u8]| make_bytes(v.to_vec(), BA);
    Ok(Value::tuple(match found {
        Some(p) => vec![mk(&d[..p]), mk(&sep), mk(&d[p + sep.len()..])],
        None if rev => vec![mk(b""), mk(b""), mk(&d)],
        None => vec![mk(&d), mk(b""), mk(b"")],
    }))
}

fn partition<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl::<BA>(vm, args, "partition", false)
}
fn rpartition<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl::<BA>(vm, args, "rpartition", true)
}

/// (data, width, fill) for center/ljust/rjust.
fn pad_args<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Rc<Vec<u8>>, usize, u8)> {
    let d = recv_data::<BA>(vm, args, name)?;
    let rest = posonly(vm, args, BA, name, 1, 2, Style::Expected)?;
    let width = vm.index_value(&rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        None => b' ',
        Some(f) => match buffer_of(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(f)
                )));
            }
        },
    };
    Ok((d, width, fill))
}

/// `d` with `left` and `right` fill bytes around it, or MemoryError.
fn padded(vm: &Vm, d: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    out.try_reserve_exact(d.len() + left + right)
        .map_err(|_| vm.error("MemoryError", ""))?;
    out.resize(left, fill);
    out.extend_from_slice(d);
    out.resize(out.len() + right, fill);
    Ok(out)
}

fn center<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, width, fill) = pad_args::<BA>(vm, args, "center")?;
    if width <= d.len() {
        return Ok(make_bytes(d.to_vec(), BA));
    }
    let marg = width - d.len();
    let left = marg / 2 + (marg & width & 1);
    Ok(make_bytes(padded(vm, &d, left, marg - left, fill)?, BA))
}

fn ljust<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, width, fill) = pad_args::<BA>(vm, args, "ljust")?;
    Ok(make_bytes(
        padded(vm, &d, 0, width.saturating_sub(d.len()), fill)?,
        BA,
    ))
}

fn rjust<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, width, fill) = pad_args::<BA>(vm, args, "rjust")?;
    Ok(make_bytes(
        padded(vm, &d, width.saturating_sub(d.len()), 0, fill)?,
        BA,
    ))
}

fn zfill<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "zfill")?;
    let rest = posonly(vm, args, BA, "zfill", 1, 1, Style::Exactly)?;
    let width = vm.index_value(&rest[0])?.max(0) as usize;
    if width <= d.len() {
        return Ok(make_bytes(d.to_vec(), BA));
    }
    let mut out = padded(vm, &d, width - d.len(), 0, b'0')?;
    let fill = width - d.len();
    if let Some(&c) = d.first() {
        if c == b'+' || c == b'-' {
            out[0] = c;
            out[fill] = b'0';
        }
    }
    Ok(make_bytes(out, BA))
}

fn expandtabs<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "expandtabs")?;
    let a = parse_args(vm, args, "expandtabs", &["tabsize"], 1)?;
    let tab = match &a[0] {
        Some(v) => vm.index_value(v)?,
        None => 8,
    };
    if i32::try_from(tab).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d.iter() {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = (tab - col % tab) as usize;
                    out.try_reserve(n)
                        .map_err(|_| vm.error("MemoryError", ""))?;
                    out.resize(out.len() + n, b' ');
                    col += n as i64;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make_bytes(out, BA))
}

fn splitlines<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "splitlines")?;
    let a = parse_args(vm, args, "splitlines", &["keepends"], 1)?;
    let keep = match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut i, n) = (0, d.len());
    while i < n {
        let st = i;
        while i < n && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            i += if d[i] == b'\r' && i + 1 < n && d[i + 1] == b'\n' {
                2
            } else {
                1
            };
            if keep {
                eol = i;
            }
        }
        out.push(make_bytes(d[st..eol].to_vec(), BA));
    }
    Ok(Value::list(out))
}

fn remove_fix<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, name)?;
    let rest = posonly(vm, args, BA, name, 1, 1, Style::Exactly)?;
    let fix = buffer_arg(vm, &rest[0])?;
    let out = if suffix {
        d.strip_suffix(fix.as_slice()).unwrap_or(&d)
    } else {
        d.strip_prefix(fix.as_slice()).unwrap_or(&d)
    };
    Ok(make_bytes(out.to_vec(), BA))
}

fn removeprefix<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_fix::<BA>(vm, args, "removeprefix", false)
}
fn removesuffix<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_fix::<BA>(vm, args, "removesuffix", true)
}

fn translate<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "translate")?;
    let pos = &args.pos()[1.min(args.pos().len())..];
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "translate() takes {} ({} given)",
            if pos.is_empty() {
                "at least 1 positional argument"
            } else {
                "at most 2 positional arguments"
            },
            pos.len()
        )));
    }
    let mut delete = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if k.as_str() == "delete" && delete.is_none() {
            delete = Some(v.clone());
        } else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for translate()",
                k.as_str()
            )));
        }
    }
    let table = match &pos[0] {
        Value::None => None,
        t => {
            let b = buffer_arg(vm, t)?;
            if b.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(b)
        }
    };
    let delete = match &delete {
        Some(v) => buffer_arg(vm, v)?,
        None => Rc::new(Vec::new()),
    };
    let mut del = [false; 256];
    for &c in delete.iter() {
        del[c as usize] = true;
    }
    let out: Vec<u8> = d
        .iter()
        .filter(|&&c| !del[c as usize])
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make_bytes(out, BA))
}

fn maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() || args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.args.len()
        )));
    }
    let from = buffer_arg(vm, &args.args[0])?;
    let to = buffer_arg(vm, &args.args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(Value::Bytes(Rc::new(table)))
}

/// `data.hex(sep, bytes_per_sep)`.
pub fn hex_with_sep(vm: &mut Vm, d: &[u8], sep: Option<&Value>, per: i64) -> PyResult<String> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let sep_char = match sep {
        None => None,
        Some(Value::Str(s)) => {
            if s.char_len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !s.as_str().is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(s.as_str().as_bytes()[0])
        }
        Some(other) => match buffer_of(other) {
            Some(b) if b.len() == 1 => {
                if !b[0].is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                Some(b[0])
            }
            Some(_) => return Err(vm.value_error("sep must be length 1.")),
            None => {
                vm.len(other)?;
                return Err(vm.value_error("sep must be length 1."));
            }
        },
    };
    let group = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(d.len() * 3);
    let n = d.len();
    for (i, &c) in d.iter().enumerate() {
        if let Some(sc) = sep_char {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(sc as char);
                }
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    Ok(out)
}

fn hex<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "hex")?;
    let a = parse_args(vm, args, "hex", &["sep", "bytes_per_sep"], 2)?;
    let per = match &a[1] {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    Ok(Value::string(hex_with_sep(vm, &d, a[0].as_ref(), per)?))
}

/// `bytes.fromhex(s)`: hex digit pairs, optionally separated by whitespace.
pub fn parse_fromhex(vm: &Vm, s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let err = |p: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {p}"
        ))
    };
    let is_space = |c: char| c.is_ascii() && WHITESPACE.contains(&(c as u8));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if is_space(chars[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16) else {
            return Err(err(i));
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else {
            return Err(err(i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn fromhex<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let rest = &args.args[1.min(args.args.len())..];
    if rest.len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}.fromhex() takes exactly one argument ({} given)",
            tname(BA),
            rest.len()
        )));
    }
    let Value::Str(s) = unwrap(&rest[0]) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&rest[0])
        )));
    };
    let r = make_bytes(parse_fromhex(vm, s.as_str())?, BA);
    let base = if BA {
        vm.types.bytearray.clone()
    } else {
        vm.types.bytes.clone()
    };
    match &cls {
        Value::Class(c) if !Rc::ptr_eq(c, &base) => vm.call(&cls, &[r]),
        _ => Ok(r),
    }
}

fn decode<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "decode")?;
    let a = parse_args(vm, args, "decode", &["encoding", "errors"], 2)?;
    let text = |vm: &Vm, v: &Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "decode() argument '{what}' must be str, not {}",
                vm.type_name(other)
            ))),
        }
    };
    let enc = text(vm, &a[0], "encoding", "utf-8")?;
    let errors = text(vm, &a[1], "errors", "strict")?;
    let s = crate::builtins::bytes_codec::decode_bytes(vm, &d, &enc, &errors)?;
    Ok(Value::string(s))
}

pub fn install(vm: &mut Vm) {
    let (bytes, bytearray) = (vm.types.bytes.clone(), vm.types.bytearray.clone());
    type F = crate::vm::NativeFn;
    macro_rules! both {
        ($($name:literal => $f:ident,)*) => {
            [$(($name, $f::<false> as F, $f::<true> as F),)*]
        };
    }
    let table = both! {
        "count" => count, "find" => find, "rfind" => rfind, "index" => index,
        "rindex" => rindex, "startswith" => startswith, "endswith" => endswith,
        "join" => join, "split" => split, "rsplit" => rsplit, "strip" => strip,
        "lstrip" => lstrip, "rstrip" => rstrip, "replace" => replace,
        "upper" => upper, "lower" => lower, "swapcase" => swapcase,
        "capitalize" => capitalize, "title" => title, "isalpha" => isalpha,
        "isdigit" => isdigit, "isalnum" => isalnum, "isspace" => isspace,
        "isascii" => isascii, "isupper" => isupper, "islower" => islower,
        "istitle" => istitle, "partition" => partition, "rpartition" => rpartition,
        "center" => center, "ljust" => ljust, "rjust" => rjust, "zfill" => zfill,
        "expandtabs" => expandtabs, "splitlines" => splitlines,
        "removeprefix" => removeprefix, "removesuffix" => removesuffix,
        "translate" => translate, "hex" => hex, "decode" => decode,
    };
    for (name, fb, fba) in table {
        add_method(&bytes, "bytes", name, fb);
        add_method(&bytearray, "bytearray", name, fba);
    }
    for (cls, f) in [
        (&bytes, fromhex::<false> as F),
        (&bytearray, fromhex::<true>),
    ] {
        cls.dict.set_str(
            "fromhex",
            Value::Native(Rc::new(Native::ClassMethod(builtin("fromhex", f)))),
        );
        cls.dict.set_str(
            "maketrans",
            Value::Native(Rc::new(Native::StaticMethod(builtin(
                "maketrans",
                maketrans,
            )))),
        );
    }
}
