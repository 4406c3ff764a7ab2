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
    /// The text encoding as given to `open()` (`f.encoding`).
    pub encoding: String,
    pub codec: Codec,
}

/// The text codecs files support.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

impl Codec {
    fn from_name(name: &str) -> Option<Codec> {
        match name.to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" | "u8" | "utf" => Some(Codec::Utf8),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" => {
                Some(Codec::Latin1)
            }
            "ascii" | "us-ascii" | "646" => Some(Codec::Ascii),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }
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
        codec: Codec::Utf8,
    }))))
}

/// Write text to a file object value (used by `print`).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(f) = file_of(file) {
        let mut f = f.borrow_mut();
        if f.closed {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        let codec = f.codec;
        match &mut f.kind {
            FileKind::Stdout => vm.stdout.write(s),
            FileKind::Stderr => {
                vm.stdout.flush();
                let _ = std::io::stderr().write_all(s.as_bytes());
            }
            FileKind::Write { buf, .. } => match codec {
                Codec::Utf8 => buf.extend_from_slice(s.as_bytes()),
                codec => {
                    let limit = if codec == Codec::Latin1 { 0x100 } else { 0x80 };
                    for (i, c) in s.chars().enumerate() {
                        if (c as u32) >= limit {
                            let name = codec.name();
                            drop(f);
                            return Err(vm.error(
                                "UnicodeEncodeError",
                                format!(
                                    "'{name}' codec can't encode character {} in position {i}: ordinal not in range({limit})",
                                    char_escape(c)
                                ),
                            ));
                        }
                        buf.push(c as u32 as u8);
                    }
                }
            },
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

fn m_writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let file = args.args[0].clone();
    let lines = args.args.get(1).cloned().unwrap_or(Value::None);
    let it = vm.iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        m_write(vm, &Args::new(&[file.clone(), line]))?;
    }
    Ok(Value::None)
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

/// A character as CPython's codec errors show it: `'\xe9'`, `'\u0101'`.
fn char_escape(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("'\\x{cp:02x}'")
    } else if cp < 0x10000 {
        format!("'\\u{cp:04x}'")
    } else {
        format!("'\\U{cp:08x}'")
    }
}

/// Text read from a file (already UTF-8 for latin-1 files, see `open`).
fn decode(vm: &Vm, bytes: &[u8], binary: bool, codec: Codec) -> PyResult<Value> {
    if binary {
        return Ok(Value::Bytes(Rc::new(bytes.to_vec())));
    }
    if codec == Codec::Ascii {
        if let Some(i) = bytes.iter().position(|b| *b >= 0x80) {
            return Err(vm.error(
                "UnicodeDecodeError",
                format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)",
                    bytes[i]
                ),
            ));
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            let byte = bytes.get(pos).copied().unwrap_or(0);
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            Err(vm.error(
                "UnicodeDecodeError",
                format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"),
            ))
        }
    }
}

fn m_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    let n = match args.args.get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let mut fb = f.borrow_mut();
    let binary = fb.binary;
    let codec = fb.codec;
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
            decode(vm, &chunk, binary, codec)
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
    let binary = fb.binary;
    let codec = fb.codec;
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
            decode(vm, &line, binary, codec).map(Some)
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
    Ok(Value::Bool(false))
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
            "encoding" if !f.binary => Some(Value::str(&f.encoding)),
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
    let encoding = match args.kw("encoding").or(pos.get(3)) {
        Some(Value::Str(e)) if !binary => e.as_str().to_string(),
        // The locale's encoding, as CPython reports it on a UTF-8 system.
        Some(Value::None) | None => "UTF-8".to_string(),
        Some(Value::Str(_)) => {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'encoding' must be str or None, not {}",
                vm.type_name(other)
            )));
        }
    };
    let Some(codec) = Codec::from_name(&encoding) else {
        return Err(vm.error("LookupError", format!("unknown encoding: {encoding}")));
    };
    // Universal newlines: text reads see `\r\n` and `\r` as `\n` unless `newline=''`.
    let translate = !binary
        && !matches!(args.kw("newline").or(pos.get(5)), Some(Value::Str(n)) if n.as_str().is_empty());
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
            Ok(mut data) => {
                if codec == Codec::Latin1 && !binary {
                    data = data
                        .iter()
                        .map(|&b| b as char)
                        .collect::<String>()
                        .into_bytes();
                }
                if translate && data.contains(&b'\r') {
                    let mut out = Vec::with_capacity(data.len());
                    let mut i = 0;
                    while i < data.len() {
                        if data[i] == b'\r' {
                            out.push(b'\n');
                            if data.get(i + 1) == Some(&b'\n') {
                                i += 1;
                            }
                        } else {
                            out.push(data[i]);
                        }
                        i += 1;
                    }
                    data = out;
                }
                FileKind::Read { data, pos: 0 }
            }
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
            codec,
        },
    )))))
}

pub fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    crate::builtins::oserror::os_error(vm, e, path)
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
