//! Unicode character properties and case mappings as CPython 3.12's str
//! methods see them: predicates (`isalpha`, `isdigit`, ...), full case
//! mappings (upper/lower/title/casefold) and the Final_Sigma rule.
//!
//! Property tables come from `str_unicode_data.rs` (generated from CPython
//! itself); upper/lowercase mappings use Rust's full mappings, restricted to
//! the characters Unicode 15.0 (CPython 3.12's version) already case-maps.

use super::str_unicode_data as data;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn map_lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(data::ALPHA, c)
    }
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(data::DECIMAL, c)
    }
}

/// The value of a decimal digit (category Nd), as `unicodedata.decimal`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let t = data::DECIMAL;
    // Each run of decimal digits in the table starts at a digit zero.
    let i = t.partition_point(|&(_, hi)| hi < cp);
    match t.get(i) {
        Some(&(lo, hi)) if lo <= cp && cp <= hi => Some((cp - lo) % 10),
        _ => None,
    }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(data::DIGIT, c)
    }
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(data::NUMERIC, c)
    }
}

pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
    }
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(data::PRINTABLE, c)
    }
}

/// `str.isspace` for one character (bidi classes WS/B/S and category Zs).
pub fn is_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0d
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

/// The line boundaries of `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c as u32,
        0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029
    )
}

pub fn is_ident_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_table(data::IDENT_START, c)
    }
}

pub fn is_ident_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_table(data::IDENT_CONTINUE, c)
    }
}

pub fn is_lower(c: char) -> bool {
    if (c as u32) < 0x100 {
        matches!(c as u32, 0x61..=0x7a | 0xaa | 0xb5 | 0xba | 0xdf..=0xf6 | 0xf8..=0xff)
    } else {
        in_table(data::LOWERCASE, c)
    }
}

pub fn is_upper(c: char) -> bool {
    if (c as u32) < 0x100 {
        matches!(c as u32, 0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde)
    } else {
        in_table(data::UPPERCASE, c)
    }
}

/// Category Lt.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(data::TITLECASE, c)
}

/// The Cased property: Lowercase, Uppercase or Lt.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\'' | '.' | ':' | '^' | '`')
    } else {
        in_table(data::CASE_IGNORABLE, c)
    }
}

/// Characters already in Unicode 15.0 that newer Unicode versions (and so
/// Rust's tables) gave an uppercase mapping CPython 3.12 does not have.
const NEWER_UPPER: [u32; 4] = [0x19b, 0x264, 0xa7d3, 0xa7d5];

/// Does CPython 3.12 case-map `c` the way Rust does? Characters Rust maps
/// but Unicode 15.0 did not assign (not printable there) map to themselves.
fn rust_mapping_applies(c: char) -> bool {
    let u = c as u32;
    if NEWER_UPPER.contains(&u) {
        return false;
    }
    // Below U+1C80 every character with a case mapping is in Unicode 15.0.
    u < 0x1c80 || in_table(data::PRINTABLE, c)
}

/// Append the full uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    let mut it = c.to_uppercase();
    if it.len() == 1 && it.clone().next() == Some(c) {
        out.push(c);
    } else if rust_mapping_applies(c) {
        out.extend(&mut it);
    } else {
        out.push(c);
    }
}

/// Append the full lowercase mapping of `c` (without the Final_Sigma rule).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let mut it = c.to_lowercase();
    if it.len() == 1 && it.clone().next() == Some(c) {
        out.push(c);
    } else if rust_mapping_applies(c) {
        out.extend(&mut it);
    } else {
        out.push(c);
    }
}

/// Append the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    // Below U+0100 only ß titlecases differently from its uppercase.
    if c as u32 >= 0xdf {
        if let Some(s) = map_lookup(data::TITLE_SPECIAL, c) {
            out.push_str(s);
            return;
        }
    }
    push_upper(out, c);
}

/// Append the full case folding of `c`.
pub fn push_fold(out: &mut String, c: char) {
    // Below U+00B5 no character folds differently from its lowercase.
    if c as u32 >= 0xb5 {
        if let Some(s) = map_lookup(data::FOLD_SPECIAL, c) {
            out.push_str(s);
            return;
        }
    }
    push_lower(out, c);
}

/// Lowercase of `c`, found at byte offset `i` of `text`, applying the
/// Final_Sigma rule to U+03A3 as CPython's `lower_ucs4` does.
pub fn push_lower_at(out: &mut String, text: &str, i: usize, c: char) {
    if c == '\u{3a3}' {
        out.push(final_sigma(text, i));
    } else {
        push_lower(out, c);
    }
}

/// CPython's `handle_capital_sigma` for the Σ at byte offset `i`: ς at the
/// end of a cased word, else σ.
fn final_sigma(text: &str, i: usize) -> char {
    let before = text[..i]
        .chars()
        .rev()
        .find(|&c| !is_case_ignorable(c))
        .is_some_and(is_cased);
    if !before {
        return '\u{3c3}';
    }
    let after = text[i + '\u{3a3}'.len_utf8()..]
        .chars()
        .find(|&c| !is_case_ignorable(c))
        .is_some_and(is_cased);
    if after { '\u{3c3}' } else { '\u{3c2}' }
}
