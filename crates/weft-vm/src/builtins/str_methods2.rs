//! Methods of `str` (part 2): `format`/`format_map` (a port of CPython's
//! `unicode_format.h` markup parser), `encode` with its codecs and error
//! handlers (and `UnicodeEncodeError.__str__`), `translate`/`maketrans`,
//! and the dunder methods (`__len__`, `__add__`, `__eq__`, `__hash__`, ...)
//! that explicit calls and str subclasses go through.

use std::rc::Rc;

use crate::builtins::str_methods::{
    bind_kw, clinic_type_name, onearg, positional, reserve, rest, ssize_arg, str_of, this,
};
use crate::builtins::str_unicode as uni;
use crate::builtins::{add_method, builtin};
use crate::types::dict::PyDict;
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use weft_compiler::bytecode::CmpOp;

// ----- str.format -----------------------------------------------------------

/// Where `{name}` fields are looked up.
enum Kwargs<'a> {
    /// `str.format(**kwargs)`: the keyword arguments of the call.
    Call(&'a Args<'a>),
    /// `str.format_map(mapping)`.
    Mapping(&'a Value),
}

#[derive(PartialEq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Formatter<'a> {
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    kwargs: Kwargs<'a>,
    auto: AutoState,
    next_auto: usize,
}

/// One parsed replacement field.
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    spec_needs_expanding: bool,
}

impl<'a> Formatter<'a> {
    /// CPython's `build_string`/`do_markup`: expand `text` into `out`.
    fn build(&mut self, vm: &mut Vm, text: &str, depth: i32, out: &mut String) -> PyResult<()> {
        if depth <= 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let b = text.as_bytes();
        let len = b.len();
        let mut pos = 0;
        while pos < len {
            // Literal text up to a '{' or '}'.
            let lit_start = pos;
            let mut c = 0u8;
            let mut markup = false;
            while pos < len {
                c = b[pos];
                pos += 1;
                if c == b'{' || c == b'}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= len;
            let mut lit_end = pos;
            if c == b'}' && markup && (at_end || b[pos] != b'}') {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if at_end && c == b'{' && markup {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            if markup && !at_end {
                if b[pos] == c {
                    // An escaped brace: the literal keeps one of them.
                    pos += 1;
                    markup = false;
                } else {
                    lit_end -= 1;
                }
            }
            out.push_str(&text[lit_start..lit_end]);
            if markup {
                let field = parse_field(vm, text, &mut pos)?;
                self.output_field(vm, &field, depth, out)?;
            }
        }
        Ok(())
    }

    fn output_field(
        &mut self,
        vm: &mut Vm,
        field: &Field,
        depth: i32,
        out: &mut String,
    ) -> PyResult<()> {
        let mut obj = self.field_object(vm, field.name)?;
        if let Some(conv) = field.conversion {
            obj = match conv {
                'r' => vm.repr(&obj)?,
                's' => vm.str(&obj)?,
                'a' => vm.ascii(&obj)?,
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
                }
                c => {
                    return Err(
                        vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                    );
                }
            };
        }
        let expanded;
        let spec = if field.spec_needs_expanding {
            let mut s = String::new();
            self.build(vm, field.spec, depth - 1, &mut s)?;
            expanded = s;
            expanded.as_str()
        } else {
            field.spec
        };
        if let (Value::Str(s), true) = (&obj, spec.is_empty()) {
            out.push_str(s.as_str());
            return Ok(());
        }
        match vm.format(&obj, spec)? {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "__format__ must return a str, not {}",
                    vm.type_name(&other)
                )));
            }
        }
        Ok(())
    }

    /// CPython's `get_field_object`: resolve `0.attr[key]` and friends.
    fn field_object(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let b = name.as_bytes();
        let first_end = b
            .iter()
            .position(|&c| c == b'.' || c == b'[')
            .unwrap_or(b.len());
        let first = &name[..first_end];
        let index = get_integer(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.auto == AutoState::Init {
                self.auto = if empty {
                    AutoState::Auto
                } else {
                    AutoState::Manual
                };
            }
            if self.auto == AutoState::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.auto == AutoState::Auto && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        let index = if empty {
            let i = self.next_auto;
            self.next_auto += 1;
            Some(i as i64)
        } else {
            index
        };
        let mut obj = match index {
            Some(i) => {
                let Some(args) = self.args else {
                    return Err(vm.value_error("Format string contains positional fields"));
                };
                match args.get(i as usize) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(vm.index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        )));
                    }
                }
            }
            None => match &self.kwargs {
                Kwargs::Call(a) => match a.kw(first) {
                    Some(v) => v.clone(),
                    None => return Err(vm.key_error(Value::str(first))),
                },
                Kwargs::Mapping(m) => {
                    let m = (*m).clone();
                    vm.get_item(&m, &Value::str(first))?
                }
            },
        };
        // The rest: `.attr` and `[key]` parts.
        let mut pos = first_end;
        while pos < b.len() {
            let kind = b[pos];
            pos += 1;
            let start = pos;
            let part = match kind {
                b'.' => {
                    while pos < b.len() && b[pos] != b'.' && b[pos] != b'[' {
                        pos += 1;
                    }
                    &name[start..pos]
                }
                b'[' => {
                    while pos < b.len() && b[pos] != b']' {
                        pos += 1;
                    }
                    if pos >= b.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    pos += 1;
                    &name[start..pos - 1]
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            };
            if part.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            obj = if kind == b'.' {
                vm.get_attr_str(&obj, part)?
            } else {
                let key = match get_integer(vm, part)? {
                    Some(i) => Value::Int(i),
                    None => Value::str(part),
                };
                vm.get_item(&obj, &key)?
            };
        }
        Ok(obj)
    }
}

/// CPython's `get_integer`: the value of an all-decimal-digits string.
fn get_integer(vm: &Vm, s: &str) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for c in s.chars() {
        let Some(d) = uni::decimal_value(c) else {
            return Ok(None);
        };
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// CPython's `parse_field`, starting just after the opening '{'.
fn parse_field<'s>(vm: &Vm, text: &'s str, pos: &mut usize) -> PyResult<Field<'s>> {
    let b = text.as_bytes();
    let len = b.len();
    let name_start = *pos;
    let mut c = 0u8;
    let mut terminated = false;
    while *pos < len {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < len && b[*pos] != b']' {
                    *pos += 1;
                }
                continue;
            }
            b'}' | b':' | b'!' => {
                terminated = true;
                break;
            }
            _ => continue,
        }
    }
    if !terminated {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    // `pos` is just past the ASCII terminator, so this is a char boundary.
    let name = &text[name_start..*pos - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_needs_expanding: false,
    };
    if c == b'!' || c == b':' {
        if c == b'!' {
            let Some(conv) = text[*pos..].chars().next() else {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            };
            *pos += conv.len_utf8();
            field.conversion = Some(conv);
            if *pos < len {
                let c2 = b[*pos];
                *pos += 1;
                if c2 == b'}' {
                    return Ok(field);
                }
                if c2 != b':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < len {
            let c = b[*pos];
            *pos += 1;
            if c == b'{' {
                field.spec_needs_expanding = true;
                count += 1;
            } else if c == b'}' {
                count -= 1;
                if count == 0 {
                    field.spec = &text[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
        }
        return Err(vm.value_error("unmatched '{' in format spec"));
    }
    if c != b'}' {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    Ok(field)
}

fn str_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args, "format")?;
    let text = s.as_str();
    if !text.contains(['{', '}']) {
        return Ok(args.pos()[0].clone());
    }
    let mut f = Formatter {
        args: Some(rest(args)),
        kwargs: Kwargs::Call(args),
        auto: AutoState::Init,
        next_auto: 0,
    };
    let mut out = String::with_capacity(text.len() + 16);
    f.build(vm, text, 2, &mut out)?;
    Ok(Value::string(out))
}

fn str_format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, mapping) = onearg(vm, args, "format_map")?;
    let mut f = Formatter {
        args: None,
        kwargs: Kwargs::Mapping(mapping),
        auto: AutoState::Init,
        next_auto: 0,
    };
    let mut out = String::with_capacity(s.as_str().len() + 16);
    f.build(vm, s.as_str(), 2, &mut out)?;
    Ok(Value::string(out))
}

fn str_dunder_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, spec) = onearg(vm, args, "__format__")?;
    let Some(spec) = str_of(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            clinic_type_name(vm, spec)
        )));
    };
    let this_value = &args.pos()[0];
    if spec.as_str().is_empty() && !matches!(this_value, Value::Str(_)) {
        // An empty spec means str(self), which a subclass may override.
        return vm.str(this_value);
    }
    vm.format(&Value::Str(s), spec.as_str())
}

// ----- encode ---------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    UnicodeEscape,
    RawUnicodeEscape,
}

/// `encodings.normalize_encoding` after lower-casing: runs of punctuation
/// become one '_', leading and trailing punctuation is dropped.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

fn lookup_codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n = normalize_encoding(name);
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        other if is_known_unsupported(other) => {
            return Err(vm.not_implemented(&format!("the '{name}' codec")));
        }
        _ => return Err(vm.error("LookupError", format!("unknown encoding: {name}"))),
    })
}

/// Codecs CPython ships that weft does not implement.
fn is_known_unsupported(n: &str) -> bool {
    let numbered = |p: &str| {
        n.strip_prefix(p)
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    };
    numbered("cp")
        || numbered("windows_")
        || numbered("iso8859_")
        || numbered("iso_8859_")
        || numbered("latin")
        || numbered("ibm")
        || n.starts_with("mac_")
        || n.starts_with("koi8_")
        || n.starts_with("iso2022_")
        || n.starts_with("shift_jis")
        || n.starts_with("euc_")
        || n.starts_with("big5")
        || matches!(
            n,
            "utf_7"
                | "utf7"
                | "u7"
                | "idna"
                | "punycode"
                | "gbk"
                | "gb2312"
                | "gb18030"
                | "hz"
                | "johab"
                | "sjis"
                | "tis_620"
                | "ptcp154"
                | "kz1048"
                | "hp_roman8"
                | "charmap"
                | "palmos"
                | "macroman"
        )
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }
}

fn push_escape(out: &mut Vec<u8>, c: char) {
    let u = c as u32;
    let s = if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// The UnicodeEncodeError for chars `start..end` of `s`.
fn encode_error(
    vm: &mut Vm,
    codec: &str,
    s: &Rc<PyStr>,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let cls = vm.exc_class("UnicodeEncodeError");
    let fields = [
        ("encoding", Value::str(codec)),
        ("object", Value::Str(s.clone())),
        ("start", Value::Int(start as i64)),
        ("end", Value::Int(end as i64)),
        ("reason", Value::str(reason)),
    ];
    let exc = vm.new_exception(&cls, fields.iter().map(|(_, v)| v.clone()).collect());
    if let Value::Instance(inst) = &exc {
        for (k, v) in fields {
            inst.set_attr_str(k, v);
        }
    }
    PyErr(exc)
}

/// Encode with a code-point limit (ascii: 128, latin-1: 256) and an error handler.
fn encode_limited(
    vm: &mut Vm,
    s: &Rc<PyStr>,
    codec: Codec,
    limit: u32,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let text = s.as_str();
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(encode_error(vm, codec.name(), s, i, end, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    push_escape(&mut out, c);
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                return Err(vm.not_implemented("the 'namereplace' error handler"));
            }
            other => {
                return Err(vm.error(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        i = end;
    }
    Ok(out)
}

fn encode_utf16(text: &str, bom: bool, big: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 2 + 2);
    let mut put = |u: u16| {
        if big {
            out.extend_from_slice(&u.to_be_bytes());
        } else {
            out.extend_from_slice(&u.to_le_bytes());
        }
    };
    if bom {
        put(0xfeff);
    }
    for u in text.encode_utf16() {
        put(u);
    }
    out
}

fn encode_utf32(text: &str, bom: bool, big: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 4 + 4);
    let mut put = |u: u32| {
        if big {
            out.extend_from_slice(&u.to_be_bytes());
        } else {
            out.extend_from_slice(&u.to_le_bytes());
        }
    };
    if bom {
        put(0xfeff);
    }
    for c in text.chars() {
        put(c as u32);
    }
    out
}

fn encode_unicode_escape(text: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let u = c as u32;
        if raw {
            if u < 0x100 {
                out.push(u as u8);
            } else {
                push_escape(&mut out, c);
            }
            continue;
        }
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(u as u8),
            _ => push_escape(&mut out, c),
        }
    }
    out
}

/// `s.encode(encoding, errors)` as bytes.
pub fn encode_str(vm: &mut Vm, s: &Rc<PyStr>, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    let text = s.as_str();
    Ok(match codec {
        Codec::Utf8 => text.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(text.as_bytes());
            v
        }
        Codec::Ascii if s.is_ascii() => text.as_bytes().to_vec(),
        Codec::Ascii => encode_limited(vm, s, codec, 128, errors)?,
        Codec::Latin1 => encode_limited(vm, s, codec, 256, errors)?,
        Codec::Utf16 => encode_utf16(text, true, false),
        Codec::Utf16Le => encode_utf16(text, false, false),
        Codec::Utf16Be => encode_utf16(text, false, true),
        Codec::Utf32 => encode_utf32(text, true, false),
        Codec::Utf32Le => encode_utf32(text, false, false),
        Codec::Utf32Be => encode_utf32(text, false, true),
        Codec::UnicodeEscape => encode_unicode_escape(text, false),
        Codec::RawUnicodeEscape => encode_unicode_escape(text, true),
    })
}

fn str_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let [enc, err] = bind_kw(vm, args, "encode", ["encoding", "errors"])?;
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, (v, what)) in [(enc, "encoding"), (err, "errors")].into_iter().enumerate() {
        if let Some(v) = v {
            match str_of(v) {
                Some(p) => names[i] = p.as_str().to_string(),
                None => {
                    return Err(vm.type_error(format!(
                        "encode() argument '{what}' must be str, not {}",
                        clinic_type_name(vm, v)
                    )));
                }
            }
        }
    }
    let bytes = encode_str(vm, &s, &names[0], &names[1])?;
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn char_escape(c: char) -> String {
    let u = c as u32;
    if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// `UnicodeEncodeError.__str__`.
fn unicode_encode_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(exc) = args.pos().first() else {
        return Err(
            vm.type_error("descriptor '__str__' of 'UnicodeEncodeError' object needs an argument")
        );
    };
    let exc = exc.clone();
    let get = |vm: &mut Vm, name: &str, idx: usize| -> PyResult<Option<Value>> {
        if let Some(v) = vm.get_attr_opt(&exc, name)? {
            return Ok(Some(v));
        }
        Ok(match vm.exc_data(&exc).map(|d| d.borrow().args.clone()) {
            Some(Value::Tuple(t)) if t.len() == 5 => Some(t.items[idx].clone()),
            _ => None,
        })
    };
    let fields = (
        get(vm, "encoding", 0)?,
        get(vm, "object", 1)?,
        get(vm, "start", 2)?,
        get(vm, "end", 3)?,
        get(vm, "reason", 4)?,
    );
    let (Some(enc), Some(obj), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) =
        fields
    else {
        return Ok(Value::str(""));
    };
    let enc = vm.str_string(&enc)?;
    let reason = vm.str_string(&reason)?;
    let obj = str_of(&obj);
    let len = obj.as_ref().map_or(0, |o| o.char_len() as i64);
    let msg = match &obj {
        Some(o) if start >= 0 && start < len && end == start + 1 => format!(
            "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
            char_escape(o.char_at(start as usize))
        ),
        _ => format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    };
    Ok(Value::string(msg))
}

// ----- translate / maketrans ------------------------------------------------

/// One character's translation: `None` deletes it.
fn translate_char(vm: &mut Vm, table: &Value, c: char) -> PyResult<Option<Option<String>>> {
    let r = match vm.get_item(table, &Value::Int(c as i64)) {
        Ok(r) => r,
        Err(e) if vm.err_is(&e, "LookupError") => return Ok(None),
        Err(e) => return Err(e),
    };
    let mapped = match &r {
        Value::None => None,
        Value::Int(_) | Value::True | Value::False | Value::BigInt(_) => {
            let n = match &r {
                Value::Int(i) => *i,
                b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
                _ => -1,
            };
            if !(0..0x110000).contains(&n) {
                return Err(vm.value_error("character mapping must be in range(0x110000)"));
            }
            match char::from_u32(n as u32) {
                Some(ch) => Some(ch.to_string()),
                None => return Err(vm.not_implemented("lone surrogate characters")),
            }
        }
        other => match str_of(other) {
            Some(s) => Some(s.as_str().to_string()),
            None => {
                return Err(vm.type_error("character mapping must return integer, None or str"));
            }
        },
    };
    Ok(Some(mapped))
}

fn str_translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, table) = onearg(vm, args, "translate")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    // Translations of ASCII characters are looked up once, as CPython's fast path does.
    let mut ascii_cache: [Option<Option<Rc<str>>>; 128] = std::array::from_fn(|_| None);
    for c in text.chars() {
        if c.is_ascii() {
            if let Some(cached) = &ascii_cache[c as usize] {
                if let Some(t) = cached {
                    out.push_str(t);
                }
                continue;
            }
        }
        let t = translate_char(vm, table, c)?;
        let t: Option<Rc<str>> = match t {
            None => Some(Rc::from(c.to_string())),
            Some(m) => m.map(Rc::from),
        };
        if let Some(t) = &t {
            reserve(vm, &mut out, t.len())?;
            out.push_str(t);
        }
        if c.is_ascii() {
            ascii_cache[c as usize] = Some(t);
        }
    }
    Ok(Value::string(out))
}

fn str_maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let a = args.pos();
    if a.is_empty() {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "maketrans expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let mut strs = Vec::new();
    for (i, v) in a.iter().enumerate().skip(1) {
        match str_of(v) {
            Some(s) => strs.push(s),
            None => {
                return Err(vm.type_error(format!(
                    "maketrans() argument {} must be str, not {}",
                    i + 1,
                    clinic_type_name(vm, v)
                )));
            }
        }
    }
    let d = Rc::new(PyDict::new());
    if a.len() == 1 {
        let Value::Dict(src) = &a[0] else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Int(_) | Value::True | Value::False | Value::BigInt(_) => k.clone(),
                other => match str_of(other) {
                    Some(s) => {
                        let mut it = s.as_str().chars();
                        match (it.next(), it.next()) {
                            (Some(c), None) => Value::Int(c as i64),
                            _ => {
                                return Err(vm.value_error(
                                    "string keys in translate table must be of length 1",
                                ));
                            }
                        }
                    }
                    None => {
                        return Err(
                            vm.type_error("keys in translate table must be strings or integers")
                        );
                    }
                },
            };
            d.insert(vm, key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let Some(x) = str_of(&a[0]) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = &strs[0];
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.as_str().chars().zip(y.as_str().chars()) {
        d.insert(vm, Value::Int(cx as i64), Value::Int(cy as i64))?;
    }
    if let Some(z) = strs.get(1) {
        for c in z.as_str().chars() {
            d.insert(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

// ----- dunder methods -------------------------------------------------------

/// A slot wrapper's argument check: `expected N arguments, got M`.
fn slot_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(Rc<PyStr>, &'a [Value])> {
    let s = match args.pos().first() {
        None => {
            return Err(vm.type_error(format!(
                "descriptor '{name}' of 'str' object needs an argument"
            )));
        }
        Some(v) => str_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' requires a 'str' object but received a '{}'",
                vm.type_name(v)
            ))
        })?,
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let r = rest(args);
    if r.len() != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            r.len()
        )));
    }
    Ok((s, r))
}

fn str_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = slot_args(vm, args, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = slot_args(vm, args, "__contains__", 1)?;
    let Some(sub) = str_of(&r[0]) else {
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&r[0])
        )));
    };
    Ok(Value::Bool(s.as_str().contains(sub.as_str())))
}

fn str_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = slot_args(vm, args, "__getitem__", 1)?;
    vm.get_item(&Value::Str(s), &r[0])
}

fn str_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = slot_args(vm, args, "__add__", 1)?;
    let Some(o) = str_of(&r[0]) else {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&r[0])
        )));
    };
    let mut out = String::new();
    reserve(vm, &mut out, s.as_str().len() + o.as_str().len())?;
    out.push_str(s.as_str());
    out.push_str(o.as_str());
    Ok(Value::string(out))
}

fn repeat(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let (s, r) = slot_args(vm, args, name, 1)?;
    let n = ssize_arg(vm, &r[0])?;
    if n <= 0 || s.as_str().is_empty() {
        return Ok(Value::str(""));
    }
    let total = s
        .as_str()
        .len()
        .checked_mul(n as usize)
        .ok_or_else(|| vm.overflow_error("repeated string is too long"))?;
    let mut out = String::new();
    reserve(vm, &mut out, total)?;
    for _ in 0..n {
        out.push_str(s.as_str());
    }
    Ok(Value::string(out))
}

fn str_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repeat(vm, args, "__mul__")
}

fn str_rmul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repeat(vm, args, "__rmul__")
}

fn str_mod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = slot_args(vm, args, "__mod__", 1)?;
    crate::builtins::strformat::percent_format(vm, s.as_str(), &r[0])
}

fn str_rmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = slot_args(vm, args, "__rmod__", 1)?;
    match str_of(&r[0]) {
        Some(fmt) => crate::builtins::strformat::percent_format(vm, fmt.as_str(), &args.pos()[0]),
        None => Ok(Value::NotImplemented),
    }
}

fn compare(vm: &mut Vm, args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let (s, r) = slot_args(vm, args, name, 1)?;
    match str_of(&r[0]) {
        Some(o) => vm.compare(&Value::Str(s), &Value::Str(o), op),
        None => Ok(Value::NotImplemented),
    }
}

fn str_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CmpOp::Eq)
}

fn str_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CmpOp::Ne)
}

fn str_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CmpOp::Lt)
}

fn str_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CmpOp::Le)
}

fn str_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CmpOp::Gt)
}

fn str_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CmpOp::Ge)
}

fn str_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = slot_args(vm, args, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

fn str_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = slot_args(vm, args, "__iter__", 0)?;
    vm.iter(&Value::Str(s))
}

fn str_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = slot_args(vm, args, "__str__", 0)?;
    Ok(Value::Str(s))
}

fn str_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = slot_args(vm, args, "__repr__", 0)?;
    Ok(Value::string(crate::builtins::repr::str_repr(s.as_str())))
}

fn str_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = positional(vm, args, "__getnewargs__", 0, 0)?;
    Ok(Value::tuple(vec![Value::Str(s)]))
}

pub fn install(vm: &mut Vm) {
    let cls = vm.types.str_.clone();
    let methods: [(&'static str, crate::vm::NativeFn); 24] = [
        ("format", str_format),
        ("format_map", str_format_map),
        ("__format__", str_dunder_format),
        ("encode", str_encode),
        ("translate", str_translate),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_rmul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash),
        ("__iter__", str_iter),
        ("__str__", str_str),
        ("__repr__", str_repr),
        ("__getnewargs__", str_getnewargs),
    ];
    for (name, f) in methods {
        add_method(&cls, "str", name, f);
    }
    cls.dict.set_str(
        "maketrans",
        Value::Native(Rc::new(Native::StaticMethod(builtin(
            "maketrans",
            str_maketrans,
        )))),
    );
    let uee = vm.exc_class("UnicodeEncodeError");
    add_method(
        &uee,
        "UnicodeEncodeError",
        "__str__",
        unicode_encode_error_str,
    );
}
