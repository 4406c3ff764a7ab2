//! Per-class behaviour of the builtin exceptions: `BaseException.__init__`
//! with the keyword arguments some subclasses accept (`AttributeError(name=,
//! obj=)`, `NameError(name=)`, `ImportError(name=, path=)`), the attributes
//! `OSError` and the `UnicodeError`s derive from their arguments, and the
//! `__str__` of those classes.

use std::rc::Rc;

use crate::builtins::add_method;
use crate::types::class::{Class, Layout};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Keyword arguments accepted by `__init__`, per class (checked along the MRO).
const KWARGS: &[(&str, &[&str])] = &[
    ("AttributeError", &["name", "obj"]),
    ("NameError", &["name"]),
    ("ImportError", &["name", "path", "name_from"]),
];

fn set(vm: &mut Vm, obj: &Value, name: &str, v: Value) -> PyResult<()> {
    if let Value::Instance(i) = obj {
        if i.has_dict() {
            i.set_attr_str(name, v);
            return Ok(());
        }
    }
    let n = vm.intern(name);
    vm.set_attr(obj, &n, v)
}

/// What instance creation needs to know about a class's exception state,
/// found along the MRO once per class ([`Class::exc_facts`]): most
/// exception classes derive from none of the builtin classes whose
/// `__init__` does more than set `args`, and this is asked for every
/// exception created.
#[derive(Clone, Copy)]
pub struct ExcFacts(u16);

impl ExcFacts {
    /// Set in every computed answer, so the memo is never 0.
    const KNOWN: u16 = 1;
    /// Instances carry exception state (the first layout along the MRO
    /// that is not `object`'s is `Exception`'s).
    const LAYOUT: u16 = 1 << 1;
    /// A subclass of `BaseExceptionGroup` (whose `__new__` checks its
    /// arguments and may pick another class).
    const GROUP: u16 = 1 << 2;
    /// `builtin_new` makes the instance some other way (the class's
    /// nearest builtin base is `type`, or a builtin class with its own
    /// native constructor).
    const OTHER_NEW: u16 = 1 << 3;
    /// The first of the `KWARGS` rows that apply; row `k` is bit `KW + k`.
    const KW: u32 = 4;
    const IMPORT: u16 = 1 << 7;
    const OS: u16 = 1 << 8;
    const UNICODE: u16 = 1 << 9;
    /// Everything that makes `BaseException.__init__` do more than set `args`.
    const SPECIAL: u16 = (0b111 << Self::KW) | Self::IMPORT | Self::OS | Self::UNICODE;

    /// Instances carry exception state.
    #[inline]
    pub fn layout(self) -> bool {
        self.0 & Self::LAYOUT != 0
    }

    /// `builtin_new` makes a new instance with exception state whose
    /// `args` are the arguments, and nothing else.
    #[inline]
    pub fn plain_new(self) -> bool {
        self.0 & (Self::LAYOUT | Self::GROUP | Self::OTHER_NEW) == Self::LAYOUT
    }

    /// `BaseException.__init__` only sets `args` (given no keywords).
    #[inline]
    pub fn plain_init(self) -> bool {
        self.0 & Self::SPECIAL == 0
    }

    /// Does `KWARGS` row `k` apply?
    fn kwargs(self, k: usize) -> bool {
        self.0 & (1 << (Self::KW as usize + k)) != 0
    }

    /// The `KWARGS` rows that apply.
    fn accepted(self) -> impl Iterator<Item = &'static (&'static str, &'static [&'static str])> {
        KWARGS
            .iter()
            .enumerate()
            .filter(move |(k, _)| self.kwargs(*k))
            .map(|(_, row)| row)
    }
}

/// The [`ExcFacts`] of `cls`, computed on first use.
#[inline]
pub fn exc_facts(vm: &Vm, cls: &Rc<Class>) -> ExcFacts {
    ExcFacts(cls.exc_facts(|| compute_facts(vm, cls)))
}

fn compute_facts(vm: &Vm, cls: &Rc<Class>) -> u16 {
    let mut f = ExcFacts::KNOWN;
    if cls
        .mro_iter()
        .find(|c| c.layout != Layout::Object)
        .map(|c| c.layout)
        == Some(Layout::Exception)
    {
        f |= ExcFacts::LAYOUT;
    }
    if cls.is_subclass(&vm.exc_class("BaseExceptionGroup")) {
        f |= ExcFacts::GROUP;
    }
    if let Some(base) = cls.builtin_base() {
        if Rc::ptr_eq(base, &vm.types.type_)
            || (Rc::ptr_eq(base, cls) && cls.native_new.get().is_some())
        {
            f |= ExcFacts::OTHER_NEW;
        }
    }
    for c in cls.mro_iter().filter(|c| c.builtin) {
        let name = c.name();
        let n = name.as_str();
        let is = |want: &str| n == want && Rc::ptr_eq(c, &vm.exc_class(want));
        if let Some(k) = KWARGS.iter().position(|(k, _)| is(k)) {
            f |= 1 << (ExcFacts::KW as usize + k);
        }
        if is("ImportError") {
            f |= ExcFacts::IMPORT;
        }
        if is("OSError") {
            f |= ExcFacts::OS;
        }
        if is("UnicodeDecodeError") || is("UnicodeEncodeError") {
            f |= ExcFacts::UNICODE;
        }
    }
    f
}

/// `BaseException.__init__(obj, *args, **kwargs)`.
pub fn exc_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = &args.args[0];
    let pos = &args.pos()[1..];
    if let Some(d) = vm.exc_data(obj) {
        d.borrow_mut().args = Value::tuple(pos.to_vec());
    }
    let cls = vm.class_of(obj);
    let facts = exc_facts(vm, &cls);
    if args.kwnames.is_empty() && facts.plain_init() {
        return Ok(Value::None);
    }
    init_special(vm, &cls, facts, obj, args)
}

/// What `BaseException.__init__(obj, *args, **kwargs)` does after setting
/// `args`, for a class `cls` with these [`ExcFacts`]: keyword arguments
/// (errors for those not accepted) and the attributes of the special
/// classes. Also run by instance creation's fast path
/// (`Vm::construct_exc`), which has set `args`.
pub fn init_special(
    vm: &mut Vm,
    cls: &Rc<Class>,
    facts: ExcFacts,
    obj: &Value,
    args: &Args,
) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    // Defaults first, then the given keywords.
    for (_, names) in facts.accepted() {
        for n in names.iter() {
            if *n != "name_from" {
                set(vm, obj, n, Value::None)?;
            }
        }
    }
    for (k, v) in args.kwargs() {
        let ok = facts
            .accepted()
            .any(|(_, names)| names.contains(&k.as_str()));
        if !ok {
            return Err(match facts.accepted().next() {
                None => vm.type_error(format!(
                    "{}() takes no keyword arguments",
                    cls.name().as_str()
                )),
                Some((owner, _)) => vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {owner}()",
                    k.as_str()
                )),
            });
        }
        set(vm, obj, k.as_str(), v.clone())?;
    }
    if facts.0 & ExcFacts::IMPORT != 0 {
        let msg = if pos.len() == 1 {
            pos[0].clone()
        } else {
            Value::None
        };
        set(vm, obj, "msg", msg)?;
    }
    if facts.0 & ExcFacts::OS != 0 {
        os_error_init(vm, obj, pos)?;
    }
    if facts.0 & ExcFacts::UNICODE != 0 {
        unicode_error_init(vm, obj, pos)?;
    }
    Ok(Value::None)
}

/// The subclass `OSError(errno, strerror, ...)` makes instead of an
/// `OSError`, as CPython's `OSError.__new__` does: `OSError(2, "x")` is a
/// `FileNotFoundError`. Only for `OSError` itself, with at least two
/// arguments and an errno in CPython's table.
pub(crate) fn os_error_subclass(vm: &Vm, cls: &Rc<Class>, pos: &[Value]) -> Option<Rc<Class>> {
    let errno = match pos.first() {
        Some(Value::Int(n)) => i32::try_from(*n).ok()?,
        Some(Value::True) => 1,
        _ => return None,
    };
    if pos.len() < 2 || !cls.builtin || !Rc::ptr_eq(cls, &vm.exc_class("OSError")) {
        return None;
    }
    let name = match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        e if e == libc::EWOULDBLOCK => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EEXIST => "FileExistsError",
        libc::ENOENT => "FileNotFoundError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EINTR => "InterruptedError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => return None,
    };
    Some(vm.exc_class(name))
}

fn os_error_init(vm: &mut Vm, obj: &Value, pos: &[Value]) -> PyResult<()> {
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&pos.len()) {
        (
            pos[0].clone(),
            pos[1].clone(),
            pos.get(2).cloned().unwrap_or(Value::None),
            pos.get(4).cloned().unwrap_or(Value::None),
        )
    } else {
        (Value::None, Value::None, Value::None, Value::None)
    };
    set(vm, obj, "errno", errno)?;
    set(vm, obj, "strerror", strerror)?;
    set(vm, obj, "filename", filename)?;
    set(vm, obj, "filename2", filename2)?;
    // With a filename, `args` keeps only (errno, strerror).
    if pos.len() >= 3 {
        if let Some(d) = vm.exc_data(obj) {
            d.borrow_mut().args = Value::tuple(pos[..2].to_vec());
        }
    }
    Ok(())
}

fn os_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = &args.args[0];
    let get = |vm: &mut Vm, n: &str| vm.get_attr_opt(obj, n).map(|v| v.unwrap_or(Value::None));
    let errno = get(vm, "errno")?;
    let strerror = get(vm, "strerror")?;
    let filename = get(vm, "filename")?;
    let filename2 = get(vm, "filename2")?;
    if !filename.is_none() {
        let e = vm.str(&errno)?;
        let s = vm.str(&strerror)?;
        let f = vm.repr(&filename)?;
        let (e, s, f) = (text(&e), text(&s), text(&f));
        if !filename2.is_none() {
            let f2 = vm.repr(&filename2)?;
            return Ok(Value::string(format!(
                "[Errno {e}] {s}: {f} -> {}",
                text(&f2)
            )));
        }
        return Ok(Value::string(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = vm.str(&errno)?;
        let s = vm.str(&strerror)?;
        return Ok(Value::string(format!("[Errno {}] {}", text(&e), text(&s))));
    }
    base_str(vm, obj)
}

fn text(v: &Value) -> String {
    match v {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    }
}

/// `BaseException.__str__`.
fn base_str(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let a = vm.exc_data(obj).map(|d| d.borrow().args.clone());
    match a {
        Some(Value::Tuple(t)) if t.is_empty() => Ok(Value::str("")),
        Some(Value::Tuple(t)) if t.len() == 1 => vm.str(&t.items[0]),
        Some(other) => vm.repr(&other),
        None => Ok(Value::str("")),
    }
}

fn unicode_error_init(vm: &mut Vm, obj: &Value, pos: &[Value]) -> PyResult<()> {
    let decode = vm
        .class_of(obj)
        .is_subclass(&vm.exc_class("UnicodeDecodeError"));
    let cls_name = if decode {
        "UnicodeDecodeError"
    } else {
        "UnicodeEncodeError"
    };
    if pos.len() != 5 {
        return Err(vm.type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            pos.len()
        )));
    }
    if !matches!(pos[0], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(&pos[0])
        )));
    }
    let object = match (&pos[1], decode) {
        (Value::Bytes(_), true) | (Value::Str(_), false) => pos[1].clone(),
        (Value::ByteArray(b), true) => Value::Bytes(std::rc::Rc::new(b.borrow().clone())),
        (other, true) => {
            return Err(vm.type_error(format!(
                "argument 2 must be bytes-like object, not '{}'",
                vm.type_name(other)
            )));
        }
        (other, false) => {
            return Err(vm.type_error(format!(
                "argument 2 must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    for (i, v) in pos[2..4].iter().enumerate() {
        if !matches!(v, Value::Int(_) | Value::True | Value::False) {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
        let _ = i;
    }
    if !matches!(pos[4], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "argument 5 must be str, not {}",
            vm.type_name(&pos[4])
        )));
    }
    let _ = cls_name;
    set(vm, obj, "encoding", pos[0].clone())?;
    set(vm, obj, "object", object)?;
    set(vm, obj, "start", pos[2].clone())?;
    set(vm, obj, "end", pos[3].clone())?;
    set(vm, obj, "reason", pos[4].clone())?;
    Ok(())
}

fn int_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<i64> {
    match vm.get_attr_opt(obj, name)? {
        Some(Value::Int(i)) => Ok(i),
        Some(b @ (Value::True | Value::False)) => Ok(matches!(b, Value::True) as i64),
        _ => Ok(0),
    }
}

fn unicode_decode_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = &args.args[0];
    let Some(Value::Bytes(b)) = vm.get_attr_opt(obj, "object")? else {
        return base_str(vm, obj);
    };
    let enc = vm.get_attr_opt(obj, "encoding")?.unwrap_or(Value::None);
    let reason = vm.get_attr_opt(obj, "reason")?.unwrap_or(Value::None);
    let (enc, reason) = (text(&vm.str(&enc)?), text(&vm.str(&reason)?));
    let start = int_attr(vm, obj, "start")?;
    let end = int_attr(vm, obj, "end")?;
    if start >= 0 && (start as usize) < b.len() && end == start + 1 {
        return Ok(Value::string(format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b[start as usize]
        )));
    }
    Ok(Value::string(format!(
        "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    )))
}

fn unicode_encode_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = &args.args[0];
    let Some(Value::Str(s)) = vm.get_attr_opt(obj, "object")? else {
        return base_str(vm, obj);
    };
    let enc = vm.get_attr_opt(obj, "encoding")?.unwrap_or(Value::None);
    let reason = vm.get_attr_opt(obj, "reason")?.unwrap_or(Value::None);
    let (enc, reason) = (text(&vm.str(&enc)?), text(&vm.str(&reason)?));
    let start = int_attr(vm, obj, "start")?;
    let end = int_attr(vm, obj, "end")?;
    if start >= 0 && (start as usize) < s.char_len() && end == start + 1 {
        let c = s.char_at(start as usize) as u32;
        let esc = if c < 0x100 {
            format!("\\x{c:02x}")
        } else if c < 0x10000 {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        return Ok(Value::string(format!(
            "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
        )));
    }
    Ok(Value::string(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    )))
}

pub fn install(vm: &mut Vm) {
    let os = vm.exc_class("OSError");
    add_method(&os, "OSError", "__str__", os_error_str);
    let ude = vm.exc_class("UnicodeDecodeError");
    add_method(&ude, "UnicodeDecodeError", "__str__", unicode_decode_str);
    let uee = vm.exc_class("UnicodeEncodeError");
    add_method(&uee, "UnicodeEncodeError", "__str__", unicode_encode_str);
}
