//! The format-spec mini-language (`format(value, spec)`, f-string `{x:spec}`,
//! `str.format`), ported from CPython 3.12's Python/formatter_unicode.c.
//!
//! The structure deliberately mirrors the C file so that behaviour can be
//! checked against it function by function:
//!
//! * [`parse_spec`] ≈ `parse_internal_render_format_spec` (type-independent
//!   validation, including which types accept `,`/`_`);
//! * `layout_number` ≈ `calc_number_widths` + `fill_number`, and
//!   `group_digits` ≈ `_PyUnicode_InsertThousandsGrouping` — the odd way
//!   zero padding and separators interleave (`format(1234, '09,')` is
//!   `'0,001,234'`) comes from porting that loop literally;
//! * `format_int`/`format_float`/`format_str`/`format_complex` ≈ the
//!   `format_*_internal` functions, with their error messages verbatim.
//!
//! Only the C ("no locale") behaviour is implemented: `n` formats like `d`/`g`
//! with no grouping, which is what CPython does under the default C locale.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::float::{DtsFlags, complex_repr, double_to_string, float_repr};

/// A parsed format spec:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
///
/// `align` and `ty` are `None` when not written, because their defaults
/// depend on the type being formatted.  `fill` is already the effective fill
/// character: `'0'` when the `0` flag was given without an explicit fill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: coerce negative zero (after rounding) to positive zero.
    pub z: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag was given (it makes numbers default to `=` alignment).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Alignment for numbers: right, or sign-aware padding after the `0` flag.
    fn numeric_align(&self) -> char {
        self.align.unwrap_or(if self.zero { '=' } else { '>' })
    }
}

/// Renders a presentation type the way CPython's error messages do:
/// printable ASCII as itself, anything else as `\xNN`.
fn code_repr(c: char) -> String {
    if c as u32 > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(ty),
        type_name
    )
}

/// Reads a run of decimal digits, as `get_integer` does (bounded by
/// `Py_ssize_t`).  Returns `None` when there are no digits.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err("Too many decimal digits in format string".into());
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Parses a (non-empty) format spec.  `type_name` is only used for the
/// "Invalid format specifier" message, which names the formatted object's type.
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut pos = 0;
    let mut s = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        z: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        s.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        s.z = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    // The `0` flag only counts as such when no explicit fill was given;
    // otherwise it is simply the first digit of the width.
    if !fill_specified && pos < end && chars[pos] == '0' {
        s.fill = '0';
        s.zero = true;
        pos += 1;
    }
    s.width = get_integer(&chars, &mut pos)?;
    let both = || Err("Cannot specify both ',' and '_'.".to_string());
    if pos < end && chars[pos] == ',' {
        s.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if s.grouping.is_some() {
            return both();
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && s.grouping == Some('_') {
        return both();
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        s.precision = get_integer(&chars, &mut pos)?;
        if s.precision.is_none() {
            return Err("Format specifier missing precision".into());
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        s.ty = Some(chars[pos]);
    }
    if let Some(sep) = s.grouping {
        let ok = match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            // PEP 515: `_` (only) may group bin/oct/hex digits, by fours.
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !ok {
            let ty = s.ty.unwrap_or('\0');
            return Err(format!("Cannot specify '{sep}' with '{}'.", code_repr(ty)));
        }
    }
    Ok(s)
}

/// Port of `_PyUnicode_InsertThousandsGrouping`: inserts `sep` every `group`
/// digits from the right and, when `min_width` demands it (zero padding with
/// `=` alignment), pads with zeros *and* separators up to that width.
/// `grouping == None` is the C locale: no separators, but still zero-padded.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(usize, char)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.chars().count() as i64;
    let mut src = digits.chars().rev();
    let mut rev = String::new();
    let mut use_sep = false;
    // Emits one group, right to left: separator, digits, then zero padding.
    let mut emit = |rev: &mut String, use_sep: bool, sep: char, n_chars: i64, n_zeros: i64| {
        if use_sep {
            rev.push(sep);
        }
        rev.extend(src.by_ref().take(n_chars as usize));
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
    };
    let mut finished = false;
    if let Some((group, sep)) = grouping {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, use_sep, sep, n_chars, n_zeros);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1; // the separator's width
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = grouping.map_or(',', |g| g.1);
        emit(&mut rev, use_sep, sep, n_chars, n_zeros);
    }
    rev.chars().rev().collect()
}

/// A number already converted to text, split the way `calc_number_widths`
/// sees it: `[sign][prefix][digits][.][remainder]`.  `digits` get grouped and
/// zero-padded; `remainder` (fraction, exponent, `%`, or the `c` character)
/// is copied verbatim.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

impl<'a> NumberParts<'a> {
    /// Splits the output of `double_to_string` (`parse_number` in C).
    fn from_float_text(text: &'a str) -> Self {
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let n = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(n);
        let (decimal, remainder) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        NumberParts {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        }
    }
}

/// How a number is padded and signed: the relevant subset of a spec.
struct Layout {
    sign: Option<char>,
    width: Option<usize>,
    fill: char,
    align: char,
    grouping: Option<(usize, char)>,
    /// `X`: upper-case the prefix and digits.
    upper: bool,
}

/// Port of `calc_number_widths` + `fill_number`:
/// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
fn layout_number(n: &NumberParts, l: &Layout) -> String {
    let sign = match (l.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let width = l.width.map_or(-1, |w| w as i64);
    let non_digit = sign.is_some() as i64
        + n.prefix.chars().count() as i64
        + n.decimal as i64
        + n.remainder.chars().count() as i64;
    let min_width = if l.fill == '0' && l.align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        String::new() // only for `c`, whose character is the remainder
    } else {
        group_digits(n.digits, min_width, l.grouping)
    };
    let padding = (width - non_digit - grouped.chars().count() as i64).max(0) as usize;
    let (lpad, spad, rpad) = match l.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let fill = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(l.fill, k));
    let mut out = String::new();
    fill(&mut out, lpad);
    out.extend(sign);
    if l.upper {
        out.push_str(&n.prefix.to_ascii_uppercase());
    } else {
        out.push_str(n.prefix);
    }
    fill(&mut out, spad);
    if l.upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if n.decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    fill(&mut out, rpad);
    out
}

/// The separator setting for decimal output (`n` never groups: C locale).
fn decimal_grouping(s: &FormatSpec) -> Option<(usize, char)> {
    match (s.ty, s.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(sep)) => Some((3, sep)),
    }
}

/// Either integer representation, so `format_i64` needn't allocate a BigInt.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.sign() == Sign::Minus,
        }
    }
    fn is_zero(self) -> bool {
        match self {
            IntRef::Small(v) => v == 0,
            IntRef::Big(v) => v.is_zero(),
        }
    }
    /// Lower-case digits of the magnitude in `base`.
    fn magnitude(self, base: u32) -> String {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                match base {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(v) => v.magnitude().to_str_radix(base),
        }
    }
    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(v) => v.to_i64(),
        }
    }
    /// `float(int)`, correctly rounded; `None` where CPython overflows.
    fn to_f64(self) -> Option<f64> {
        let f = match self {
            IntRef::Small(v) => v as f64,
            IntRef::Big(v) => v.to_f64()?,
        };
        f.is_finite().then_some(f)
    }
}

/// `format(v, spec)` for an int (or bool: pass `type_name == "bool"`).
pub fn format_int(v: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    format_int_ref(IntRef::Big(v), spec, type_name)
}

/// `format(v, spec)` for an int that fits in an i64; same results as
/// [`format_int`].
pub fn format_i64(v: i64, spec: &str, type_name: &str) -> Result<String, String> {
    format_int_ref(IntRef::Small(v), spec, type_name)
}

fn format_int_ref(v: IntRef, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        // An empty spec is str(v), which for bool is the name.
        return Ok(match (type_name, v) {
            ("bool", v) => (if v.is_zero() { "False" } else { "True" }).to_string(),
            (_, IntRef::Small(i)) => i.to_string(),
            (_, IntRef::Big(b)) => b.to_string(),
        });
    }
    let s = parse_spec(spec, type_name)?;
    match s.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v
                .to_f64()
                .ok_or_else(|| "int too large to convert to float".to_string())?;
            format_float_internal(x, &s)
        }
        t => Err(unknown_code(t, type_name)),
    }
}

/// `format_long_internal`: integer presentation types.
fn format_long_internal(v: IntRef, s: &FormatSpec) -> Result<String, String> {
    if s.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if s.z {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    let ty = s.ty.unwrap_or('d');
    let mut layout = Layout {
        sign: s.sign,
        width: s.width,
        fill: s.fill,
        align: s.numeric_align(),
        grouping: None,
        upper: ty == 'X',
    };
    if ty == 'c' {
        if s.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if s.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let x = v
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        if !(0..=0x10ffff).contains(&x) {
            return Err("%c arg not in range(0x110000)".into());
        }
        // Rust strings cannot hold lone surrogates, which CPython would return.
        let ch = char::from_u32(x as u32).ok_or_else(|| {
            format!("character U+{x:04X} is a lone surrogate, which weft strings cannot hold")
        })?;
        let text = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &text,
        };
        return Ok(layout_number(&parts, &layout));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    layout.grouping = match s.grouping {
        Some('_') if base != 10 => Some((4, '_')),
        _ => decimal_grouping(s),
    };
    let digits = v.magnitude(base);
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if s.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(layout_number(&parts, &layout))
}

/// `format(x, spec)` for a float; an empty spec is `repr(x)`.
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let s = parse_spec(spec, "float")?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_internal(x, &s),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// `format_float_internal`, shared by floats and by ints with float types.
fn format_float_internal(mut x: f64, s: &FormatSpec) -> Result<String, String> {
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let mut flags = DtsFlags {
        alt: s.alternate,
        no_neg_0: s.z,
        ..DtsFlags::default()
    };
    let mut default_precision = 6;
    let mut ty = match s.ty {
        // No type: like repr, or with a precision like 'g' but always showing
        // a digit after the point when not in exponent form.
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        x *= 100.0;
    }
    let precision = match s.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(x, ty, precision, flags);
    if add_pct {
        text.push('%');
    }
    let layout = Layout {
        sign: s.sign,
        width: s.width,
        fill: s.fill,
        align: s.numeric_align(),
        grouping: decimal_grouping(s),
        upper: false,
    };
    Ok(layout_number(&NumberParts::from_float_text(&text), &layout))
}

/// `format(s, spec)` for a str: only type `s`; precision truncates.
pub fn format_str(text: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse_spec(spec, "str")?;
    match s.ty {
        Some('s') => {}
        // The implicit type is 's', which takes no separator.
        None if s.grouping.is_some() => {
            return Err(format!(
                "Cannot specify '{}' with 's'.",
                s.grouping.unwrap_or(',')
            ));
        }
        None => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    match s.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if s.z {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if s.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    // The `0` flag sets the fill but, since 3.10, not the alignment of strings.
    let align = s.align.unwrap_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let body: &str = match s.precision {
        Some(p) => match text.char_indices().nth(p) {
            Some((i, _)) => &text[..i],
            None => text,
        },
        None => text,
    };
    Ok(pad(body, s.width, align, s.fill))
}

/// `calc_padding` + `fill_padding`: pads `body` to `width` characters.
fn pad(body: &str, width: Option<usize>, align: char, fill: char) -> String {
    let len = body.chars().count();
    let total = width.map_or(len, |w| w.max(len));
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

/// `format(complex(re, im), spec)`.  Each part is formatted like a float;
/// padding applies to the whole `(re+imj)` text, which is why zero padding
/// and `=` are rejected.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let s = parse_spec(spec, "complex")?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, "complex")),
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    if s.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    let align = s.align.unwrap_or('>');
    if align == '=' {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let flags = DtsFlags {
        alt: s.alternate,
        no_neg_0: s.z,
        ..DtsFlags::default()
    };
    let (mut ty, mut skip_re, mut parens, mut default_precision) =
        (s.ty.unwrap_or('g'), false, false, 6);
    if s.ty.is_none() {
        // Like str(z): repr-style parts, +0.0 real part omitted, else parens.
        ty = 'r';
        default_precision = 0;
        skip_re = re == 0.0 && re.is_sign_positive();
        parens = !skip_re;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match s.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let re_text = double_to_string(re, ty, precision, flags);
    let im_text = double_to_string(im, ty, precision, flags);
    let part = |text: &str, sign: Option<char>| {
        let layout = Layout {
            sign,
            width: None,
            fill: ' ',
            align: '<',
            grouping: decimal_grouping(&s),
            upper: false,
        };
        layout_number(&NumberParts::from_float_text(text), &layout)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(&re_text, s.sign));
    }
    // The imaginary part always carries a sign unless it stands alone.
    body.push_str(&part(&im_text, if skip_re { s.sign } else { Some('+') }));
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(pad(&body, s.width, align, s.fill))
}
