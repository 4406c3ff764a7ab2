//! Standard streams and `open()` file objects.
//!
//! stdout is block-buffered when it is not a terminal (line-buffered when it
//! is) and flushed at exit, so interleaving with stderr matches CPython.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::rc::Rc;

use crate::builtins::{add_method, builtin};
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub struct Stdout {
    buf: Vec<u8>,
    tty: bool,
}

impl Stdout {
    pub fn new() -> Stdout {
        Stdout {
            buf: Vec::with_capacity(8192),
            tty: std::io::stdout().is_terminal(),
        }
    }

    pub fn write(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() >= 8192 || (self.tty && s.contains('\n')) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
            self.buf.clear();
        }
    }
}

impl Default for Stdout {
    fn default() -> Self {
        Stdout::new()
    }
}

pub enum FileKind {
    Stdout,
    Stderr,
    Stdin,
    /// A file opened for reading: its whole content, and the read position.
    Read {
        data: Vec<u8>,
        pos: usize,
    },
    Write {
        file: std::fs::File,
        buf: Vec<u8>,
    },
}

pub struct FileObj {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub kind: FileKind,
    pub closed: bool,
    /// Text files: the codec and error handler (`open(encoding=, errors=)`).
    pub encoding: String,
    /// The encoding exactly as passed to `open()` (`f.encoding`).
    pub encoding_name: String,
    /// `newline=None` (the default): `\r\n` and `\r` read as `\n`.
    pub translate_newlines: bool,
    pub errors: String,
    /// Text files being read are decoded (and newlines translated) on the
    /// first read, so a decoding error surfaces from `read()` as in CPython.
    pub decoded: bool,
}

/// Decode a text file's content on first use: the codec, then universal
/// newlines (`\r\n` and `\r` become `\n`).
fn ensure_decoded(vm: &Vm, f: &mut FileObj) -> PyResult<()> {
    if f.binary || f.decoded {
        return Ok(());
    }
    if let FileKind::Read { data, .. } = &mut f.kind {
        let text = crate::builtins::bytes_codec::decode_bytes(vm, data, &f.encoding, &f.errors)?;
        let text = if f.translate_newlines && text.contains('\r') {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            text
        };
        *data = text.into_bytes();
    }
    f.decoded = true;
    Ok(())
}

fn file_of(v: &Value) -> Option<&RefCell<FileObj>> {
    match v {
        Value::Native(n) => match &**n {
            Native::File(f) => Some(f),
            _ => None,
        },
        _ => None,
    }
}

pub fn stream(name: &str, kind: FileKind, mode: &str) -> Value {
    Value::Native(Rc::new(Native::File(RefCell::new(FileObj {
        name: name.into(),
        mode: mode.into(),
        binary: false,
        kind,
        closed: false,
        encoding: "utf-8".into(),
        encoding_name: "utf-8".into(),
        errors: "strict".into(),
        translate_newlines: true,
        decoded: true,
    }))))
}

/// Write text to a file object value (used by `print`).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(f) = file_of(file) {
        let mut f = f.borrow_mut();
        if f.closed {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        match &mut f.kind {
            FileKind::Stdout => vm.stdout.write(s),
            FileKind::Stderr => {
                vm.stdout.flush();
                let _ = std::io::stderr().write_all(s.as_bytes());
            }
            FileKind::Write { .. } => {
                let encoded;
                let bytes = if f.encoding == "utf-8" {
                    s.as_bytes()
                } else {
                    let text = Rc::new(crate::types::str::PyStr::new(s));
                    encoded = crate::builtins::str_methods2::encode_str(
                        vm,
                        &text,
                        &f.encoding,
                        &f.errors,
                    )?;
                    &encoded[..]
                };
                if let FileKind::Write { buf, .. } = &mut f.kind {
                    buf.extend_from_slice(bytes);
                }
            }
            _ => return Err(vm.error("OSError", "not writable")),
        }
        return Ok(());
    }
    let w = vm.get_attr_str(file, "write")?;
    vm.call(&w, &[Value::str(s)])?;
    Ok(())
}

fn flush_file(f: &mut FileObj, vm: &mut Vm) {
    match &mut f.kind {
        FileKind::Stdout => vm.stdout.flush(),
        FileKind::Write { file, buf } => {
            let _ = file.write_all(buf);
            buf.clear();
        }
        _ => {}
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a RefCell<FileObj>> {
    file_of(&args.args[0]).ok_or_else(|| vm.type_error("expected a file object"))
}

/// `f.writelines(lines)`: `write` each item; no separators are added.
fn m_writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(lines) = args.args.get(1).cloned() else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    let it = vm.iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        m_write(
            vm,
            &Args {
                args: &[args.args[0].clone(), line],
                kwnames: &[],
            },
        )?;
    }
    Ok(Value::None)
}

fn m_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    let data = args.args.get(1).cloned().unwrap_or(Value::None);
    let binary = f.borrow().binary;
    match (&data, binary) {
        (Value::Str(s), false) => {
            let n = s.char_len();
            write_to(vm, &args.args[0], s.as_str())?;
            Ok(Value::Int(n as i64))
        }
        (Value::Bytes(_) | Value::ByteArray(_), true) => {
            let b = crate::builtins::bytes::bytes_from(vm, &data)?;
            if let FileKind::Write { buf, .. } = &mut f.borrow_mut().kind {
                buf.extend_from_slice(&b);
            }
            Ok(Value::Int(b.len() as i64))
        }
        (_, false) => Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&data)
        ))),
        (_, true) => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&data)
        ))),
    }
}

fn m_flush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    flush_file(&mut f.borrow_mut(), vm);
    Ok(Value::None)
}

fn m_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    let mut f = f.borrow_mut();
    flush_file(&mut f, vm);
    f.closed = true;
    Ok(Value::None)
}

fn decode(vm: &Vm, bytes: &[u8], binary: bool) -> PyResult<Value> {
    if binary {
        return Ok(Value::Bytes(Rc::new(bytes.to_vec())));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => Err(vm.error(
            "UnicodeDecodeError",
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                bytes[e.valid_up_to()],
                e.valid_up_to()
            ),
        )),
    }
}

fn m_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    let n = match args.args.get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let mut fb = f.borrow_mut();
    ensure_decoded(vm, &mut fb)?;
    let binary = fb.binary;
    match &mut fb.kind {
        FileKind::Read { data, pos } => {
            let rest = &data[*pos..];
            let take = match n {
                None => rest.len(),
                Some(n) if binary => n.min(rest.len()),
                Some(n) => {
                    let s = String::from_utf8_lossy(rest);
                    s.chars()
                        .take(n)
                        .map(|c| c.len_utf8())
                        .sum::<usize>()
                        .min(rest.len())
                }
            };
            let chunk = rest[..take].to_vec();
            *pos += take;
            drop(fb);
            decode(vm, &chunk, binary)
        }
        FileKind::Stdin => {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            Ok(Value::string(s))
        }
        _ => Err(vm.error("UnsupportedOperation", "not readable")),
    }
}

fn read_line(vm: &mut Vm, f: &RefCell<FileObj>) -> PyResult<Option<Value>> {
    let mut fb = f.borrow_mut();
    ensure_decoded(vm, &mut fb)?;
    let binary = fb.binary;
    match &mut fb.kind {
        FileKind::Read { data, pos } => {
            if *pos >= data.len() {
                return Ok(None);
            }
            let rest = &data[*pos..];
            let end = rest
                .iter()
                .position(|b| *b == b'\n')
                .map(|i| i + 1)
                .unwrap_or(rest.len());
            let line = rest[..end].to_vec();
            *pos += end;
            drop(fb);
            decode(vm, &line, binary).map(Some)
        }
        FileKind::Stdin => {
            let mut s = String::new();
            match std::io::stdin().read_line(&mut s) {
                Ok(0) | Err(_) => Ok(None),
                Ok(_) => Ok(Some(Value::string(s))),
            }
        }
        _ => Err(vm.error("OSError", "not readable")),
    }
}

fn m_readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    let binary = f.borrow().binary;
    Ok(read_line(vm, f)?.unwrap_or_else(|| {
        if binary {
            Value::Bytes(Rc::new(Vec::new()))
        } else {
            Value::str("")
        }
    }))
}

fn m_readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    let mut out = Vec::new();
    while let Some(l) = read_line(vm, f)? {
        out.push(l);
    }
    Ok(Value::list(out))
}

pub fn file_next(vm: &mut Vm, file: &Value) -> PyResult<Option<Value>> {
    let f = file_of(file).unwrap();
    if f.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    read_line(vm, f)
}

fn m_enter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

fn m_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    m_close(vm, &Args::new(&args.args[..1]))?;
    Ok(Value::False)
}

fn m_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

pub fn file_attr(_vm: &mut Vm, n: &Native, name: &str) -> PyResult<Option<Value>> {
    if let Native::File(f) = n {
        let f = f.borrow();
        return Ok(match name {
            "name" => Some(Value::str(&f.name)),
            "mode" => Some(Value::str(&f.mode)),
            "closed" => Some(Value::Bool(f.closed)),
            "encoding" if !f.binary => Some(Value::str(&f.encoding_name)),
            _ => None,
        });
    }
    Ok(None)
}

/// `open(file, mode='r', encoding=None)`.
fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Str(path)) = pos.first() else {
        return Err(vm.type_error("open() requires a path string"));
    };
    let mode = match pos.get(1).or(args.kw("mode")) {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => "r".into(),
    };
    let binary = mode.contains('b');
    let text_arg = |i: usize, name: &str| -> PyResult<Option<String>> {
        match args.kw(name).or(pos.get(i)) {
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            None | Some(Value::None) => Ok(None),
            Some(other) => Err(vm.type_error(format!(
                "open() argument '{name}' must be str or None, not {}",
                vm.type_name(other)
            ))),
        }
    };
    let given_encoding = text_arg(3, "encoding")?;
    let given_errors = text_arg(4, "errors")?;
    let newline = text_arg(5, "newline")?;
    if binary && given_encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && given_errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    // Without an encoding CPython uses the locale's, reported as 'UTF-8'.
    let encoding_name = given_encoding.clone().unwrap_or_else(|| "UTF-8".into());
    let encoding = given_encoding.unwrap_or_else(|| "utf-8".into());
    let errors = given_errors.unwrap_or_else(|| "strict".into());
    let translate_newlines = newline.is_none();
    if !binary {
        // Fail early on an unknown codec, as CPython's open() does.
        let empty = Rc::new(crate::types::str::PyStr::new(""));
        crate::builtins::str_methods2::encode_str(vm, &empty, &encoding, &errors)?;
    }
    let encoding = match encoding.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" => "utf-8".to_string(),
        _ => encoding,
    };
    let kind = if mode.contains('w') || mode.contains('a') || mode.contains('x') {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(mode.contains('w'))
            .append(mode.contains('a'))
            .open(path.as_str());
        match file {
            Ok(file) => FileKind::Write {
                file,
                buf: Vec::new(),
            },
            Err(e) => return Err(os_error(vm, &e, path.as_str())),
        }
    } else {
        match std::fs::read(path.as_str()) {
            Ok(data) => FileKind::Read { data, pos: 0 },
            Err(e) => return Err(os_error(vm, &e, path.as_str())),
        }
    };
    Ok(Value::Native(Rc::new(Native::File(RefCell::new(
        FileObj {
            name: path.as_str().into(),
            mode,
            binary,
            kind,
            closed: false,
            encoding,
            encoding_name,
            errors,
            decoded: false,
            translate_newlines,
        },
    )))))
}

pub fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    let (cls, errno) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", 2),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", 13),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", 17),
        _ => match e.raw_os_error() {
            Some(21) => ("IsADirectoryError", 21),
            Some(20) => ("NotADirectoryError", 20),
            Some(n) => ("OSError", n),
            None => ("OSError", 0),
        },
    };
    let msg = match errno {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        17 => "File exists".to_string(),
        20 => "Not a directory".to_string(),
        21 => "Is a directory".to_string(),
        _ => {
            // Rust appends " (os error N)" to the C library's message.
            let s = e.to_string();
            match s.rfind(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    };
    let class = vm.exc_class(cls);
    let exc = vm.new_exception(
        &class,
        vec![Value::Int(errno as i64), Value::string(msg.clone())],
    );
    if let Value::Instance(i) = &exc {
        i.set_attr_str("errno", Value::Int(errno as i64));
        i.set_attr_str("strerror", Value::string(msg));
        i.set_attr_str("filename", Value::str(path));
        i.set_attr_str("filename2", Value::None);
    }
    crate::vm::PyErr(exc)
}

pub fn install(vm: &mut Vm) {
    let c = vm.types.file.clone();
    for (name, f) in [
        ("write", m_write as crate::vm::NativeFn),
        ("writelines", m_writelines),
        ("flush", m_flush),
        ("close", m_close),
        ("read", m_read),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("__enter__", m_enter),
        ("__exit__", m_exit),
        ("__iter__", m_iter),
    ] {
        add_method(&c, "TextIOWrapper", name, f);
    }
    vm.builtins.set_str("open", builtin("open", open));
}
