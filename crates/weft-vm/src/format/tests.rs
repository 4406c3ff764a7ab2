//! Unit tests for the formatting module.  Every expected string was produced
//! by CPython 3.12.1 (`format(x, spec)`, `'%...' % x`, `repr`, `float.hex`,
//! `round`), so these pin down byte-exact compatibility.  (The module was
//! additionally fuzzed against CPython with ~2M random values and specs.)

#![allow(clippy::approx_constant)] // 3.14159 is a test input, not a bad PI

use super::*;
use num_bigint::BigInt;

/// `format(int(s), spec)`, also checking the i64 fast path agrees.
fn fi(s: &str, spec: &str) -> Result<String, String> {
    let v: BigInt = s.parse().unwrap();
    let big = format_int(&v, spec, "int");
    if let Ok(small) = s.parse::<i64>() {
        assert_eq!(
            format_i64(small, spec, "int"),
            big,
            "i64 path for {s} {spec:?}"
        );
    }
    big
}

/// `'%...' % int(s)`.
fn pi(s: &str, flags: &str, width: Option<usize>, prec: Option<usize>, conv: char) -> String {
    percent_int(&s.parse().unwrap(), flags, width, prec, conv)
}

/// Compares bit patterns, so the sign of a zero result is checked too.
fn assert_round(x: f64, ndigits: i64, expected: f64) {
    let got = round_float(x, ndigits);
    assert_eq!(
        got.to_bits(),
        expected.to_bits(),
        "round({x:?}, {ndigits}) = {got:?}, want {expected:?}"
    );
}

#[test]
fn parse_spec_fields() {
    let s = parse_spec("*^+z#015,.3f", "float").unwrap();
    assert_eq!(
        s,
        FormatSpec {
            fill: '*',
            align: Some('^'),
            sign: Some('+'),
            z: true,
            alternate: true,
            zero: false, // with an explicit fill, the 0 is part of the width
            width: Some(15),
            grouping: Some(','),
            precision: Some(3),
            ty: Some('f'),
        }
    );
    let s = parse_spec("010_", "int").unwrap();
    assert_eq!(
        (s.fill, s.align, s.zero, s.width, s.grouping, s.ty),
        ('0', None, true, Some(10), Some('_'), None)
    );
    assert_eq!(
        parse_spec("10.2fx", "float"),
        Err("Invalid format specifier '10.2fx' for object of type 'float'".to_string())
    );
}

#[test]
fn round_overflow_returns_infinity() {
    // CPython raises OverflowError("rounded value too large to represent").
    assert_eq!(round_float(f64::MAX, -294), f64::INFINITY);
    assert_eq!(round_float(-f64::MAX, -294), f64::NEG_INFINITY);
}

#[test]
fn float_repr_matches_cpython() {
    assert_eq!(float_repr(0.1), "0.1");
    assert_eq!(float_repr(1e+16), "1e+16");
    assert_eq!(float_repr(1.5e-07), "1.5e-07");
    assert_eq!(float_repr(1.2345678901234568e+17), "1.2345678901234568e+17");
    assert_eq!(float_repr(f64::INFINITY), "inf");
    assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(float_repr(0.0), "0.0");
    assert_eq!(float_repr(5e-324), "5e-324");
    assert_eq!(float_repr(1e+22), "1e+22");
    assert_eq!(float_repr(123456789.0), "123456789.0");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(1e-05), "1e-05");
    assert_eq!(float_repr(1000000000000000.0), "1000000000000000.0");
    assert_eq!(
        float_repr(1.7976931348623157e+308),
        "1.7976931348623157e+308"
    );
    assert_eq!(
        float_repr(2.2250738585072014e-308),
        "2.2250738585072014e-308"
    );
    assert_eq!(float_repr(0.3333333333333333), "0.3333333333333333");
    assert_eq!(float_repr(1e-07), "1e-07");
    assert_eq!(float_repr(100.0), "100.0");
}

#[test]
fn format_float_specs() {
    assert_eq!(format_float(-0.0, "z.1f"), Ok("0.0".to_string()));
    assert_eq!(format_float(-0.0, ".1f"), Ok("-0.0".to_string()));
    assert_eq!(format_float(-0.0001, "z.2f"), Ok("0.00".to_string()));
    assert_eq!(
        format_float(1234567.891, ",.2f"),
        Ok("1,234,567.89".to_string())
    );
    assert_eq!(format_float(1.2345e-05, "g"), Ok("1.2345e-05".to_string()));
    assert_eq!(format_float(1e-07, ""), Ok("1e-07".to_string()));
    assert_eq!(format_float(2.5, ".0f"), Ok("2".to_string()));
    assert_eq!(format_float(3.5, ".0f"), Ok("4".to_string()));
    assert_eq!(format_float(3.14159, "10.3e"), Ok(" 3.142e+00".to_string()));
    assert_eq!(format_float(f64::NAN, "+.2f"), Ok("+nan".to_string()));
    assert_eq!(format_float(f64::INFINITY, "F"), Ok("INF".to_string()));
    assert_eq!(format_float(f64::NEG_INFINITY, "E"), Ok("-INF".to_string()));
    assert_eq!(format_float(f64::NAN, "G"), Ok("NAN".to_string()));
    assert_eq!(format_float(1e+16, ""), Ok("1e+16".to_string()));
    assert_eq!(format_float(1.0, ""), Ok("1.0".to_string()));
    assert_eq!(format_float(1.5, ".3"), Ok("1.5".to_string()));
    assert_eq!(format_float(1e+16, ".3"), Ok("1e+16".to_string()));
    assert_eq!(format_float(123.0, ".2"), Ok("1.2e+02".to_string()));
    assert_eq!(format_float(1.0, ".3"), Ok("1.0".to_string()));
    assert_eq!(format_float(1e+16, "10"), Ok("     1e+16".to_string()));
    assert_eq!(
        format_float(1000000000000000.0, "10"),
        Ok("1000000000000000.0".to_string())
    );
    assert_eq!(format_float(1e+16, "#"), Ok("1.e+16".to_string()));
    assert_eq!(format_float(0.5, "#.0f"), Ok("0.".to_string()));
    assert_eq!(format_float(1.0, "#g"), Ok("1.00000".to_string()));
    assert_eq!(format_float(1.0, "g"), Ok("1".to_string()));
    assert_eq!(format_float(100.0, "#.0g"), Ok("1.e+02".to_string()));
    assert_eq!(format_float(0.1234, ".1%"), Ok("12.3%".to_string()));
    assert_eq!(format_float(0.5, "%"), Ok("50.000000%".to_string()));
    assert_eq!(
        format_float(12345678.9, "_"),
        Ok("12_345_678.9".to_string())
    );
    assert_eq!(format_float(-1.0, "010"), Ok("-0000001.0".to_string()));
    assert_eq!(format_float(-1.0, "^010"), Ok("000-1.0000".to_string()));
    assert_eq!(
        format_float(1234.5, "010,.1f"),
        Ok("0,001,234.5".to_string())
    );
    assert_eq!(
        format_float(1234.5, "*^+15,.2f"),
        Ok("***+1,234.50***".to_string())
    );
    assert_eq!(format_float(2.675, ".2f"), Ok("2.67".to_string()));
    assert_eq!(format_float(1e+300, ".0e"), Ok("1e+300".to_string()));
    assert_eq!(format_float(0.0, "e"), Ok("0.000000e+00".to_string()));
    assert_eq!(format_float(123456.0, "n"), Ok("123456".to_string()));
    assert_eq!(format_float(1e+22, "n"), Ok("1e+22".to_string()));
    assert_eq!(
        format_float(f64::INFINITY, "010"),
        Ok("0000000inf".to_string())
    );
    assert_eq!(
        format_float(1.5, "d"),
        Err("Unknown format code 'd' for object of type 'float'".to_string())
    );
    assert_eq!(
        format_float(1.5, "c"),
        Err("Unknown format code 'c' for object of type 'float'".to_string())
    );
    assert_eq!(
        format_float(1.5, ",s"),
        Err("Cannot specify ',' with 's'.".to_string())
    );
    assert_eq!(
        format_float(1.5, "."),
        Err("Format specifier missing precision".to_string())
    );
    assert_eq!(
        format_float(1.5, ".2ff"),
        Err("Invalid format specifier '.2ff' for object of type 'float'".to_string())
    );
    assert_eq!(
        format_float(1.5, "_,"),
        Err("Cannot specify both ',' and '_'.".to_string())
    );
    assert_eq!(
        format_float(1.5, "é"),
        Err("Unknown format code '\\xe9' for object of type 'float'".to_string())
    );
}

#[test]
fn format_int_specs() {
    assert_eq!(fi("255", "#010x"), Ok("0x000000ff".to_string()));
    assert_eq!(fi("-42", "=+8d"), Ok("-     42".to_string()));
    assert_eq!(fi("12345678", "_x"), Ok("bc_614e".to_string()));
    assert_eq!(fi("12345678", "_X"), Ok("BC_614E".to_string()));
    assert_eq!(fi("255", "#X"), Ok("0XFF".to_string()));
    assert_eq!(fi("5", "b"), Ok("101".to_string()));
    assert_eq!(fi("-5", "#b"), Ok("-0b101".to_string()));
    assert_eq!(fi("8", "#o"), Ok("0o10".to_string()));
    assert_eq!(fi("1234567", ","), Ok("1,234,567".to_string()));
    assert_eq!(fi("1234567", "_"), Ok("1_234_567".to_string()));
    assert_eq!(fi("1234", "09,"), Ok("0,001,234".to_string()));
    assert_eq!(fi("1234", "010_"), Ok("00_001_234".to_string()));
    assert_eq!(fi("-1234", "015_"), Ok("-00_000_001_234".to_string()));
    assert_eq!(fi("42", "<6"), Ok("42    ".to_string()));
    assert_eq!(fi("42", "^6"), Ok("  42  ".to_string()));
    assert_eq!(fi("42", "*>6"), Ok("****42".to_string()));
    assert_eq!(fi("42", "+"), Ok("+42".to_string()));
    assert_eq!(fi("42", " "), Ok(" 42".to_string()));
    assert_eq!(fi("-42", " "), Ok("-42".to_string()));
    assert_eq!(fi("5", "<05"), Ok("50000".to_string()));
    assert_eq!(fi("65", "c"), Ok("A".to_string()));
    assert_eq!(fi("65", "^5c"), Ok("  A  ".to_string()));
    assert_eq!(fi("97", "c"), Ok("a".to_string()));
    assert_eq!(fi("1234567", "n"), Ok("1234567".to_string()));
    assert_eq!(
        fi("1000000000000000000000000000000", ","),
        Ok("1,000,000,000,000,000,000,000,000,000,000".to_string())
    );
    assert_eq!(
        fi("-1000000000000000000000000000000", "x"),
        Ok("-c9f2c9cd04674edea40000000".to_string())
    );
    assert_eq!(fi("1", "f"), Ok("1.000000".to_string()));
    assert_eq!(fi("7", ".2%"), Ok("700.00%".to_string()));
    assert_eq!(
        fi("100000000000000000000", "e"),
        Ok("1.000000e+20".to_string())
    );
    assert_eq!(fi("3", "g"), Ok("3".to_string()));
    assert_eq!(
        fi("1", ".2"),
        Err("Precision not allowed in integer format specifier".to_string())
    );
    assert_eq!(
        fi("1", "z"),
        Err("Negative zero coercion (z) not allowed in integer format specifier".to_string())
    );
    assert_eq!(
        fi("65", "+c"),
        Err("Sign not allowed with integer format specifier 'c'".to_string())
    );
    assert_eq!(
        fi("65", "#c"),
        Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string())
    );
    assert_eq!(
        fi("-1", "c"),
        Err("%c arg not in range(0x110000)".to_string())
    );
    assert_eq!(
        fi("1114112", "c"),
        Err("%c arg not in range(0x110000)".to_string())
    );
    assert_eq!(
        fi("1180591620717411303424", "c"),
        Err("Python int too large to convert to C long".to_string())
    );
    assert_eq!(
        fi(&format!("1{}", "0".repeat(400)), "f"),
        Err("int too large to convert to float".to_string())
    );
    assert_eq!(
        fi("1", ",x"),
        Err("Cannot specify ',' with 'x'.".to_string())
    );
    assert_eq!(
        fi("1", "_c"),
        Err("Cannot specify '_' with 'c'.".to_string())
    );
    assert_eq!(
        fi("1", ",n"),
        Err("Cannot specify ',' with 'n'.".to_string())
    );
    assert_eq!(
        fi("1", ",_"),
        Err("Cannot specify both ',' and '_'.".to_string())
    );
    assert_eq!(
        fi("1", "abc"),
        Err("Invalid format specifier 'abc' for object of type 'int'".to_string())
    );
    assert_eq!(
        fi("1", "s"),
        Err("Unknown format code 's' for object of type 'int'".to_string())
    );
    assert_eq!(
        fi("1", "99999999999999999999"),
        Err("Too many decimal digits in format string".to_string())
    );
    assert_eq!(fi("0", ""), Ok("0".to_string()));
    assert_eq!(format_i64(1, "", "bool"), Ok("True".to_string()));
    assert_eq!(format_i64(0, "", "bool"), Ok("False".to_string()));
    assert_eq!(format_i64(1, "d", "bool"), Ok("1".to_string()));
    assert_eq!(format_i64(1, ">5", "bool"), Ok("    1".to_string()));
    assert_eq!(format_i64(1, "f", "bool"), Ok("1.000000".to_string()));
    assert_eq!(
        format_i64(1, "s", "bool"),
        Err("Unknown format code 's' for object of type 'bool'".to_string())
    );
    assert_eq!(
        format_i64(1, "abc", "bool"),
        Err("Invalid format specifier 'abc' for object of type 'bool'".to_string())
    );
}

#[test]
fn format_str_specs() {
    assert_eq!(format_str("hello", ""), Ok("hello".to_string()));
    assert_eq!(format_str("hello", "<10"), Ok("hello     ".to_string()));
    assert_eq!(format_str("hello", ">10"), Ok("     hello".to_string()));
    assert_eq!(format_str("hello", "^10"), Ok("  hello   ".to_string()));
    assert_eq!(format_str("hello", "^11"), Ok("   hello   ".to_string()));
    assert_eq!(format_str("hello", ".2"), Ok("he".to_string()));
    assert_eq!(format_str("héllo", "*^9.3"), Ok("***hél***".to_string()));
    assert_eq!(format_str("ab", "05"), Ok("ab000".to_string()));
    assert_eq!(format_str("ab", "★>5"), Ok("★★★ab".to_string()));
    assert_eq!(format_str("ab", "s"), Ok("ab".to_string()));
    assert_eq!(
        format_str("ab", "f"),
        Err("Unknown format code 'f' for object of type 'str'".to_string())
    );
    assert_eq!(
        format_str("ab", "+"),
        Err("Sign not allowed in string format specifier".to_string())
    );
    assert_eq!(
        format_str("ab", " "),
        Err("Space not allowed in string format specifier".to_string())
    );
    assert_eq!(
        format_str("ab", "#"),
        Err("Alternate form (#) not allowed in string format specifier".to_string())
    );
    assert_eq!(
        format_str("ab", "z"),
        Err("Negative zero coercion (z) not allowed in string format specifier".to_string())
    );
    assert_eq!(
        format_str("ab", "=5"),
        Err("'=' alignment not allowed in string format specifier".to_string())
    );
    assert_eq!(
        format_str(",", ","),
        Err("Cannot specify ',' with 's'.".to_string())
    );
    assert_eq!(
        format_str("ab", ",s"),
        Err("Cannot specify ',' with 's'.".to_string())
    );
    assert_eq!(
        format_str("ab", "_"),
        Err("Cannot specify '_' with 's'.".to_string())
    );
}

#[test]
fn complex_repr_and_format() {
    assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
    assert_eq!(complex_repr(0.0, 1.0), "1j");
    assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
    assert_eq!(complex_repr(0.0, -0.0), "-0j");
    assert_eq!(complex_repr(1.5, -2.5), "(1.5-2.5j)");
    assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
    assert_eq!(complex_repr(0.0, 0.0), "0j");
    assert_eq!(complex_repr(-0.0, 0.0), "(-0+0j)");
    assert_eq!(complex_repr(1e+16, 1e-07), "(1e+16+1e-07j)");
    assert_eq!(format_complex(1.0, 2.0, ""), Ok("(1+2j)".to_string()));
    assert_eq!(format_complex(1.0, 2.0, "10"), Ok("    (1+2j)".to_string()));
    assert_eq!(
        format_complex(1.0, 2.0, "<12"),
        Ok("(1+2j)      ".to_string())
    );
    assert_eq!(format_complex(0.0, 1.0, "^9"), Ok("   1j    ".to_string()));
    assert_eq!(
        format_complex(1.5, -2.5, ".3"),
        Ok("(1.5-2.5j)".to_string())
    );
    assert_eq!(
        format_complex(1.5, -2.5, ".3f"),
        Ok("1.500-2.500j".to_string())
    );
    assert_eq!(
        format_complex(1.5, -2.5, "+.1e"),
        Ok("+1.5e+00-2.5e+00j".to_string())
    );
    assert_eq!(format_complex(0.0, 2.0, "+"), Ok("+2j".to_string()));
    assert_eq!(
        format_complex(1234.5, -6789.5, ","),
        Ok("(1,234.5-6,789.5j)".to_string())
    );
    assert_eq!(
        format_complex(1.0, 2.0, "010"),
        Err("Zero padding is not allowed in complex format specifier".to_string())
    );
    assert_eq!(
        format_complex(1.0, 2.0, "=10"),
        Err("'=' alignment flag is not allowed in complex format specifier".to_string())
    );
    assert_eq!(
        format_complex(1.0, 2.0, "%"),
        Err("Unknown format code '%' for object of type 'complex'".to_string())
    );
}

#[test]
fn percent_formatting() {
    assert_eq!(percent_float(2.25, "", Some(5), Some(1), 'f'), "  2.2");
    assert_eq!(pi("5", "+", None, None, 'd'), "+5");
    assert_eq!(pi("8", "#", None, None, 'o'), "0o10");
    assert_eq!(pi("-255", "", None, None, 'x'), "-ff");
    assert_eq!(format!("{}|", pi("3", "-", Some(5), None, 'd')), "3    |");
    assert_eq!(pi("-3", "0", Some(5), None, 'd'), "-0003");
    assert_eq!(
        percent_float(12345.678, "", None, None, 'e'),
        "1.234568e+04"
    );
    assert_eq!(percent_float(0.0001, "", None, None, 'g'), "0.0001");
    assert_eq!(percent_float(1234567.0, "", None, Some(3), 'g'), "1.23e+06");
    assert_eq!(pi("255", "#", None, None, 'x'), "0xff");
    assert_eq!(pi("255", "#", None, None, 'X'), "0XFF");
    assert_eq!(pi("-255", "#", Some(8), None, 'x'), "   -0xff");
    assert_eq!(pi("-255", "#0", Some(8), None, 'x'), "-0x000ff");
    assert_eq!(pi("-42", "", None, Some(5), 'd'), "-00042");
    assert_eq!(pi("8", "#", None, Some(5), 'o'), "0o00010");
    assert_eq!(pi("42", " ", None, None, 'd'), " 42");
    assert_eq!(format!("{}|", pi("-3", "-0", Some(5), None, 'd')), "-3   |");
    assert_eq!(percent_float(0.0, "+", None, Some(2), 'e'), "+0.00e+00");
    assert_eq!(percent_float(1.0, "#", None, None, 'g'), "1.00000");
    assert_eq!(percent_float(f64::NAN, "0", Some(5), None, 'f'), "00nan");
    assert_eq!(
        percent_float(f64::INFINITY, "+0", Some(5), None, 'f'),
        "+0inf"
    );
    assert_eq!(
        percent_float(f64::NEG_INFINITY, "", Some(10), Some(3), 'F'),
        "      -INF"
    );
    assert_eq!(
        format!("{}|", percent_float(3.14159, "-", Some(8), Some(2), 'f')),
        "3.14    |"
    );
    assert_eq!(percent_float(0.5, "", None, Some(0), 'f'), "0");
    assert_eq!(
        pi("100000000000000000000", "", None, None, 'i'),
        "100000000000000000000"
    );
    assert_eq!(percent_float(1e-10, "", None, None, 'G'), "1E-10");
    assert_eq!(
        format!("{}|", pad_percent("abcd", "", Some(10))),
        "      abcd|"
    );
    assert_eq!(format!("{}|", pad_percent("ab", "-", Some(6))), "ab    |");
    assert_eq!(format!("{}|", pad_percent("ab", "", Some(6))), "    ab|");
    assert_eq!(format!("{}|", pad_percent("ab", "0", Some(5))), "   ab|");
    assert_eq!(format!("{}|", pad_percent("abc", "", Some(2))), "abc|");
    assert_eq!(format!("{}|", pad_percent("x", "-", Some(3))), "x  |");
}

#[test]
fn float_hex_and_round() {
    assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
    assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
    assert_eq!(float_hex(-0.0), "-0x0.0p+0");
    assert_eq!(float_hex(0.0), "0x0.0p+0");
    assert_eq!(float_hex(f64::INFINITY), "inf");
    assert_eq!(float_hex(f64::NEG_INFINITY), "-inf");
    assert_eq!(float_hex(f64::NAN), "nan");
    assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
    assert_eq!(
        float_hex(1.7976931348623157e+308),
        "0x1.fffffffffffffp+1023"
    );
    assert_eq!(float_hex(-2.5), "-0x1.4000000000000p+1");
    assert_eq!(
        float_hex(2.2250738585072014e-308),
        "0x1.0000000000000p-1022"
    );
    assert_round(2.675, 2, 2.67);
    assert_round(1234.5678, -2, 1200.0);
    assert_round(0.5, 0, 0.0);
    assert_round(1.5, 0, 2.0);
    assert_round(2.5, 0, 2.0);
    assert_round(-0.4, 0, -0.0);
    assert_round(0.125, 2, 0.12);
    assert_round(0.375, 2, 0.38);
    assert_round(1234.5678, 2, 1234.57);
    assert_round(1500.0, -3, 2000.0);
    assert_round(2500.0, -3, 2000.0);
    assert_round(2501.0, -3, 3000.0);
    assert_round(-0.0001, 2, -0.0);
    assert_round(1e+300, -299, 1e+300);
    assert_round(123.456, 400, 123.456);
    assert_round(123.456, -400, 0.0);
    assert_round(5e-324, 323, 0.0);
    assert_round(0.285, 2, 0.28);
    assert_round(1.0000000000000002, 15, 1.0);
    assert_eq!(round_float(f64::NAN, 2).to_bits(), f64::NAN.to_bits());
    assert_eq!(
        round_float(f64::INFINITY, -2).to_bits(),
        f64::INFINITY.to_bits()
    );
}

#[test]
fn float_repr_fast_path_matches_general_layout() {
    // Edges of ryu's and Python's notation ranges, then a spread of bit
    // patterns (every exponent, varied mantissas) from a fixed LCG.
    let mut xs = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        1e15,
        1e16,
        1e17,
        9999999999999998.0,
        1e-4,
        1e-5,
        9.99e-5,
        0.00012,
        1.5e-7,
        5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
        123.456,
        0.1,
        1e22,
        1e100,
        1e-100,
        1.7976931348623157e308,
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..200_000 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        xs.push(f64::from_bits(state));
    }
    for k in -330..330 {
        xs.push(10f64.powi(k));
        xs.push(-1.25 * 10f64.powi(k));
    }
    for x in xs {
        assert_eq!(
            float_repr(x),
            super::float::float_repr_general(x),
            "{:e}",
            x
        );
    }
}
