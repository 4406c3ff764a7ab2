//! Text codecs for `bytes.decode`, `bytes(str, encoding)` and friends:
//! UTF-8 (and -sig), ASCII and Latin-1 with the `strict`, `ignore`,
//! `replace`, `backslashreplace` (and for encoding `xmlcharrefreplace`)
//! error handlers, plus `UnicodeDecodeError`/`UnicodeEncodeError` with
//! CPython's constructor checks, attributes and messages.

use std::rc::Rc;

use crate::builtins::{add_method, builtin};
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The codecs weft implements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// `encodings.normalize_encoding` plus the `.` → `_` of the alias lookup.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.extend(c.to_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// Codecs CPython has that weft does not implement (normalized names).
const UNSUPPORTED: &[&str] = &[
    "utf_16",
    "utf16",
    "u16",
    "utf_16_le",
    "utf_16le",
    "utf_16_be",
    "utf_16be",
    "utf_32",
    "utf32",
    "u32",
    "utf_32_le",
    "utf_32le",
    "utf_32_be",
    "utf_32be",
    "utf_7",
    "utf7",
    "u7",
    "cp1252",
    "windows_1252",
    "cp1251",
    "windows_1251",
    "cp1250",
    "cp437",
    "cp850",
    "cp866",
    "koi8_r",
    "koi8_u",
    "mac_roman",
    "macroman",
    "shift_jis",
    "sjis",
    "euc_jp",
    "gbk",
    "gb2312",
    "gb18030",
    "big5",
    "euc_kr",
    "cp932",
    "cp949",
    "cp950",
    "idna",
    "punycode",
    "unicode_escape",
    "raw_unicode_escape",
    "iso8859_2",
    "iso_8859_2",
    "latin2",
    "iso8859_15",
    "iso_8859_15",
    "latin9",
    "hex",
    "base64",
    "rot13",
    "rot_13",
    "zlib",
    "bz2",
    "uu",
    "quopri",
];

fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let n = normalize(encoding);
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "ansi_x3_4_1968" | "iso_646_irv_1991" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        other if UNSUPPORTED.contains(&other) => {
            return Err(vm.not_implemented(&format!("the '{encoding}' codec")));
        }
        _ => {
            return Err(vm.error("LookupError", format!("unknown encoding: {encoding}")));
        }
    })
}

/// What an error handler asks for.
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(vm: &Vm, errors: &str, decoding: bool) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" | "namereplace" if decoding => {
            return Err(
                vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
            );
        }
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "surrogateescape" | "surrogatepass" | "namereplace" => {
            return Err(vm.not_implemented(&format!("the '{errors}' error handler")));
        }
        _ => {
            return Err(vm.error(
                "LookupError",
                format!("unknown error handler name '{errors}'"),
            ));
        }
    })
}

fn decode_error(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let cls = vm.exc_class("UnicodeDecodeError");
    PyErr(vm.new_exception(
        &cls,
        vec![
            Value::str(codec.name()),
            Value::Bytes(Rc::new(data.to_vec())),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    ))
}

/// Apply the decode error handler to the bad bytes `data[start..end]`.
fn on_decode_error(
    vm: &Vm,
    errors: &str,
    codec: Codec,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match handler(vm, errors, true)? {
        Handler::Strict => return Err(decode_error(vm, codec, data, start, end, reason)),
        Handler::Ignore => {}
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        Handler::XmlCharRefReplace => {}
    }
    Ok(())
}

fn decode_utf8(vm: &Vm, data: &[u8], errors: &str, codec: Codec) -> PyResult<String> {
    // The fast path: valid UTF-8 needs no handler.
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[i..i + valid]).unwrap_or_default());
                let start = i + valid;
                let (end, reason) = match e.error_len() {
                    Some(n) => {
                        let b = data[start];
                        let good_start = b < 0x80 || (0xc2..=0xf4).contains(&b);
                        let reason = if good_start {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (start + n, reason)
                    }
                    None => (data.len(), "unexpected end of data"),
                };
                on_decode_error(vm, errors, codec, data, (start, end), reason, &mut out)?;
                i = end;
            }
        }
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode_bytes(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(vm, data, errors, codec),
        Codec::Utf8Sig => {
            let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
            decode_utf8(vm, body, errors, codec)
        }
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    let reason = "ordinal not in range(128)";
                    on_decode_error(vm, errors, codec, data, (i, i + 1), reason, &mut out)?;
                }
            }
            Ok(out)
        }
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character.
fn char_escape(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

// ----- UnicodeDecodeError / UnicodeEncodeError -----------------------------------

/// The `args` of a Unicode error instance.
fn exc_args(vm: &Vm, v: &Value) -> Vec<Value> {
    match vm.exc_data(v).map(|d| d.borrow().args.clone()) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

fn unicode_error_init(vm: &mut Vm, args: &Args, decode: bool) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    let rest = &args.args[1..];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{} does not take keyword arguments",
            vm.type_name(this)
        )));
    }
    if rest.len() != 5 {
        return Err(vm.type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            rest.len()
        )));
    }
    let must = |vm: &Vm, i: usize, ok: bool, what: &str| -> PyResult<()> {
        if ok {
            Ok(())
        } else {
            Err(vm.type_error(format!(
                "argument {} must be {what}, not {}",
                i + 1,
                vm.type_name(&rest[i])
            )))
        }
    };
    must(vm, 0, matches!(rest[0], Value::Str(_)), "str")?;
    if decode {
        let ok = matches!(rest[1], Value::Bytes(_) | Value::ByteArray(_));
        if !ok {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&rest[1])
            )));
        }
    } else {
        must(vm, 1, matches!(rest[1], Value::Str(_)), "str")?;
    }
    for i in [2, 3] {
        let ok = matches!(
            rest[i],
            Value::Int(_) | Value::True | Value::False | Value::BigInt(_)
        );
        if !ok {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&rest[i])
            )));
        }
    }
    must(vm, 4, matches!(rest[4], Value::Str(_)), "str")?;
    let mut items = rest.to_vec();
    if let Value::ByteArray(b) = &items[1] {
        let data = b.borrow().clone();
        items[1] = Value::Bytes(Rc::new(data));
    }
    if let Some(d) = vm.exc_data(this) {
        d.borrow_mut().args = Value::tuple(items);
    }
    Ok(Value::None)
}

fn decode_error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unicode_error_init(vm, args, true)
}

fn encode_error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unicode_error_init(vm, args, false)
}

/// `str()` of a Unicode error whose args are not the standard five.
fn plain_str(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    match items {
        [] => Ok(Value::str("")),
        [one] => vm.str(one),
        _ => vm.repr(&Value::tuple(items.to_vec())),
    }
}

fn unicode_error_str(vm: &mut Vm, args: &Args, decode: bool) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("descriptor '__str__' needs an argument"));
    };
    let items = exc_args(vm, this);
    let (enc, start, end, reason) = match items.as_slice() {
        [
            Value::Str(e),
            _,
            Value::Int(s),
            Value::Int(t),
            Value::Str(r),
        ] => (e.as_str().to_string(), *s, *t, r.as_str().to_string()),
        _ => return plain_str(vm, &items),
    };
    let single = end == start + 1;
    let msg = if decode {
        let data = match &items[1] {
            Value::Bytes(b) => b.clone(),
            _ => return plain_str(vm, &items),
        };
        match usize::try_from(start).ok().and_then(|s| data.get(s)) {
            Some(b) if single => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }
    } else {
        let text = match &items[1] {
            Value::Str(s) => s.clone(),
            _ => return plain_str(vm, &items),
        };
        let ch = usize::try_from(start)
            .ok()
            .filter(|&s| s < text.char_len())
            .map(|s| text.char_at(s));
        match ch {
            Some(c) if single => format!(
                "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
                char_escape(c)
            ),
            _ => format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ),
        }
    };
    Ok(Value::string(msg))
}

fn decode_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unicode_error_str(vm, args, true)
}

fn encode_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unicode_error_str(vm, args, false)
}

/// The getter of the `I`-th standard attribute (encoding, object, start, end, reason).
fn attr<const I: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = args
        .args
        .first()
        .map(|v| exc_args(vm, v))
        .unwrap_or_default();
    Ok(items.get(I).cloned().unwrap_or(Value::None))
}

pub fn install(vm: &mut Vm) {
    type F = crate::vm::NativeFn;
    let attrs: [(&'static str, F); 5] = [
        ("encoding", attr::<0>),
        ("object", attr::<1>),
        ("start", attr::<2>),
        ("end", attr::<3>),
        ("reason", attr::<4>),
    ];
    for (name, init, str_) in [
        (
            "UnicodeDecodeError",
            decode_error_init as F,
            decode_error_str as F,
        ),
        ("UnicodeEncodeError", encode_error_init, encode_error_str),
    ] {
        let cls = vm.exc_class(name);
        add_method(&cls, name, "__init__", init);
        add_method(&cls, name, "__str__", str_);
        for (attr_name, f) in attrs {
            cls.dict.set_str(
                attr_name,
                Value::Native(Rc::new(Native::Property {
                    fget: builtin(attr_name, f),
                    fset: Value::None,
                    fdel: Value::None,
                    doc: Value::None,
                })),
            );
        }
    }
}
