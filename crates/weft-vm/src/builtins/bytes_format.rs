//! printf-style `%` formatting of bytes and bytearray (PEP 461): `%s`/`%b`
//! take bytes-like objects (or `__bytes__`), `%r`/`%a` give `ascii()`, `%c`
//! a single byte, and the numeric conversions share `crate::format` with
//! str formatting.

use num_bigint::BigInt;

use crate::builtins::bytes::buffer_of;
use crate::builtins::numeric_methods::{index_big, unwrap};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The data for `%s`/`%b`.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(v) {
        return Ok((*b).clone());
    }
    if matches!(v, Value::Instance(_)) {
        if let Some(r) = vm.call_method_opt(v, "__bytes__", &[])? {
            return match (unwrap(&r), buffer_of(&r)) {
                (Value::Bytes(_), Some(b)) => Ok((*b).clone()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

/// The integer for `%d`/`%x`/... (`%d` also truncates floats).
fn int_arg(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    let u = unwrap(v);
    match &u {
        Value::Int(i) => return Ok(BigInt::from(*i)),
        b @ (Value::True | Value::False) => {
            return Ok(BigInt::from(matches!(b, Value::True) as i64));
        }
        Value::BigInt(b) => return Ok((**b).clone()),
        Value::Float(f) if "diu".contains(conv) => {
            let r = crate::builtins::numeric_methods::float_to_int(vm, f.get())?;
            return Ok(match r {
                Value::Int(i) => BigInt::from(i),
                Value::BigInt(b) => (*b).clone(),
                _ => BigInt::from(0),
            });
        }
        _ => {}
    }
    if matches!(v, Value::Instance(_)) && vm.class_of(v).lookup_str("__index__").is_some() {
        return index_big(vm, v);
    }
    let kind = if "diu".contains(conv) {
        "a real number"
    } else {
        "an integer"
    };
    Err(vm.type_error(format!(
        "%{conv} format: {kind} is required, not {}",
        vm.type_name(v)
    )))
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match unwrap(v) {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(i as f64),
        b @ (Value::True | Value::False) => Ok(matches!(b, Value::True) as i64 as f64),
        Value::BigInt(b) => crate::vm::numeric::big_to_f64(vm, &b),
        _ => {
            let cls = vm.class_of(v);
            if cls.lookup_str("__float__").is_some() || cls.lookup_str("__index__").is_some() {
                return crate::builtins::functions::to_float(vm, v);
            }
            Err(vm.type_error(format!("float argument required, not {}", vm.type_name(v))))
        }
    }
}

/// `fmt % args` for bytes-like `fmt`.
pub fn bytes_percent(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let is_mapping = match args {
        Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Str(_) => false,
        Value::Dict(_) | Value::List(_) => true,
        Value::Instance(_) => vm.class_of(args).lookup_str("__getitem__").is_some(),
        _ => false,
    };
    let mut out = Vec::with_capacity(fmt.len());
    let mut next = 0usize;
    let mut i = 0;
    let n = fmt.len();
    while i < n {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= n {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key: Option<Vec<u8>> = None;
        if fmt[i] == b'(' {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < n && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            key = Some(fmt[start..i - 1].to_vec());
        }
        let mut flags = String::new();
        while i < n && b"-+ #0".contains(&fmt[i]) {
            flags.push(fmt[i] as char);
            i += 1;
        }
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            if key.is_some() && is_mapping {
                return Ok(args.clone());
            }
            match items.get(next) {
                Some(v) => {
                    next += 1;
                    Ok(v.clone())
                }
                None => Err(vm.type_error("not enough arguments for format string")),
            }
        };
        let mut number = |vm: &mut Vm, i: &mut usize| -> PyResult<Option<usize>> {
            if *i < n && fmt[*i] == b'*' {
                *i += 1;
                let v = take(vm)?;
                if !matches!(unwrap(&v), Value::Int(_) | Value::True | Value::False) {
                    return Err(vm.type_error("* wants int"));
                }
                return Ok(Some(vm.index_value(&v)?.max(0) as usize));
            }
            let st = *i;
            while *i < n && fmt[*i].is_ascii_digit() {
                *i += 1;
            }
            Ok(std::str::from_utf8(&fmt[st..*i])
                .ok()
                .and_then(|s| s.parse().ok()))
        };
        let width = number(vm, &mut i)?;
        let mut prec = None;
        if i < n && fmt[i] == b'.' {
            i += 1;
            prec = Some(number(vm, &mut i)?.unwrap_or(0));
        }
        while i < n && b"hlL".contains(&fmt[i]) {
            i += 1;
        }
        if i >= n {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = fmt[i] as char;
        i += 1;
        if conv == '%' {
            out.push(b'%');
            continue;
        }
        let arg = match &key {
            Some(k) if is_mapping => {
                let k = Value::Bytes(std::rc::Rc::new(k.clone()));
                vm.get_item(args, &k)?
            }
            Some(_) => return Err(vm.type_error("format requires a mapping")),
            None => match items.get(next) {
                Some(v) => {
                    next += 1;
                    v.clone()
                }
                None => return Err(vm.type_error("not enough arguments for format string")),
            },
        };
        let piece: Vec<u8> = match conv {
            's' | 'b' | 'r' | 'a' => {
                let mut data = if conv == 's' || conv == 'b' {
                    bytes_arg(vm, &arg)?
                } else {
                    match vm.ascii(&arg)? {
                        Value::Str(s) => s.as_str().as_bytes().to_vec(),
                        _ => Vec::new(),
                    }
                };
                if let Some(p) = prec {
                    data.truncate(p);
                }
                pad(&data, &flags, width)
            }
            'c' => {
                let b = match buffer_of(&arg) {
                    Some(b) if b.len() == 1 => b[0],
                    Some(_) => return Err(c_error(vm)),
                    None => match unwrap(&arg) {
                        Value::Int(_) | Value::True | Value::False | Value::BigInt(_) => {
                            let v = index_big(vm, &arg)?;
                            match num_traits::ToPrimitive::to_u8(&v) {
                                Some(b) => b,
                                None => {
                                    return Err(vm.overflow_error("%c arg not in range(256)"));
                                }
                            }
                        }
                        _ => return Err(c_error(vm)),
                    },
                };
                pad(&[b], &flags, width)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let v = int_arg(vm, &arg, conv)?;
                crate::format::percent_int(&v, &flags, width, prec, conv).into_bytes()
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = float_arg(vm, &arg)?;
                crate::format::percent_float(x, &flags, width, prec, conv).into_bytes()
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    if other.is_ascii_graphic() { other } else { '?' },
                    other as u32,
                    i - 1
                )));
            }
        };
        out.extend_from_slice(&piece);
    }
    if next < items.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

fn c_error(vm: &Vm) -> crate::vm::PyErr {
    vm.type_error("%c requires an integer in range(256) or a single byte")
}

/// Pad a text conversion to `width` (`-` left-justifies).
fn pad(data: &[u8], flags: &str, width: Option<usize>) -> Vec<u8> {
    let w = width.unwrap_or(0);
    if data.len() >= w {
        return data.to_vec();
    }
    let fill = vec![b' '; w - data.len()];
    if flags.contains('-') {
        [data, &fill].concat()
    } else {
        [&fill, data].concat()
    }
}
