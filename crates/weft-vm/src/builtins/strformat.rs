//! printf-style `%` formatting of str.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    // CPython's formatter state: a tuple is consumed item by item; any
    // other object (and the value looked up for a `%(key)`) is one argument.
    let mut items: Vec<Value> = match args {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let mapping = match args {
        Value::Dict(_) => Some(args.clone()),
        Value::Instance(_) if vm.class_of(args).lookup_str("__getitem__").is_some() => {
            Some(args.clone())
        }
        _ => None,
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut next = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key = None;
        if chars[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            key = Some(chars[start..i - 1].iter().collect::<String>());
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
            if next < items.len() {
                next += 1;
                Ok(items[next - 1].clone())
            } else {
                Err(vm.type_error("not enough arguments for format string"))
            }
        };
        let mut width = None;
        if i < chars.len() && chars[i] == '*' {
            let a = take_arg(vm)?;
            let w = match a {
                Value::Int(n) => n,
                b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
                _ => return Err(vm.type_error("* wants int")),
            };
            if w < 0 && !flags.contains('-') {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let s: String = chars[i..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            i += s.len();
            if !s.is_empty() {
                width = s.parse().ok();
            }
        }
        let mut prec = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let a = take_arg(vm)?;
                let p = match a {
                    Value::Int(n) => n,
                    b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
                    _ => return Err(vm.type_error("* wants int")),
                };
                prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                let s: String = chars[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .collect();
                i += s.len();
                prec = Some(s.parse().unwrap_or(0));
            }
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match (&key, &mapping) {
            (Some(k), Some(m)) => {
                // The looked-up value becomes the only argument left.
                let v = vm.get_item(m, &Value::str(k))?;
                items = vec![v.clone()];
                next = 1;
                v
            }
            (Some(_), None) => return Err(vm.type_error("format requires a mapping")),
            (None, _) => take_arg(vm)?,
        };
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str_string(&arg)?,
                    'r' => vm.repr_string(&arg)?,
                    _ => match vm.ascii(&arg)? {
                        Value::Str(s) => s.as_str().to_string(),
                        _ => unreachable!(),
                    },
                };
                let s = match prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                crate::format::pad_percent(&s, &flags, width)
            }
            'c' => {
                let s = match &arg {
                    Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                    Value::Str(_) | Value::Float(_) => {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    _ => {
                        let n = vm.index_value(&arg)?;
                        match char::from_u32(n as u32) {
                            Some(c) if n >= 0 => c.to_string(),
                            _ => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                        }
                    }
                };
                crate::format::pad_percent(&s, &flags, width)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                // int/float subclass instances format as their value; other
                // objects need `__index__`.
                let arg = match crate::builtins::numeric_methods::unwrap(&arg) {
                    v @ Value::Instance(_) if vm.class_of(&v).lookup_str("__index__").is_some() => {
                        Value::Int(vm.index_value(&v)?)
                    }
                    v => v,
                };
                let n = match &arg {
                    Value::Int(i) => num_bigint::BigInt::from(*i),
                    b @ (Value::True | Value::False) => {
                        num_bigint::BigInt::from(matches!(b, Value::True) as i64)
                    }
                    Value::BigInt(b) => (**b).clone(),
                    Value::Float(f) if "diu".contains(conv) => {
                        if !f.is_finite() {
                            return Err(
                                vm.overflow_error("cannot convert float infinity to integer")
                            );
                        }
                        num_bigint::BigInt::from(f.trunc() as i64)
                    }
                    other => {
                        let kind = if "diu".contains(conv) {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(vm.type_error(format!(
                            "%{conv} format: {kind} is required, not {}",
                            vm.type_name(other)
                        )));
                    }
                };
                crate::format::percent_int(&n, &flags, width, prec, conv)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let arg = crate::builtins::numeric_methods::unwrap(&arg);
                let x = match &arg {
                    Value::Float(f) => f.get(),
                    Value::Int(i) => *i as f64,
                    b @ (Value::True | Value::False) => matches!(b, Value::True) as i64 as f64,
                    Value::BigInt(b) => crate::vm::numeric::big_to_f64(vm, b)?,
                    other => {
                        return Err(vm.type_error(format!(
                            "must be real number, not {}",
                            vm.type_name(other)
                        )));
                    }
                };
                crate::format::percent_float(x, &flags, width, prec, conv)
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if next < items.len() && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(Value::string(out))
}
