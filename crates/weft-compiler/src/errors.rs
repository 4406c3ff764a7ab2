//! Mapping of ruff's parse errors onto CPython 3.12's SyntaxError messages.

use ruff_python_parser::{LexicalErrorType, ParseErrorType};
use ruff_text_size::TextRange;

use crate::ErrorKind;

/// CPython's message and error class for a parse error at `range` of `source`.
pub(crate) fn cpython_message(
    e: &ParseErrorType,
    source: &str,
    range: TextRange,
) -> (String, ErrorKind) {
    let text = source
        .get(usize::from(range.start())..usize::from(range.end()))
        .unwrap_or("")
        .trim();
    let s = |m: &str| (m.to_string(), ErrorKind::Syntax);
    match e {
        ParseErrorType::UnexpectedIndentation => {
            ("unexpected indent".into(), ErrorKind::Indentation)
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            "unindent does not match any outer indentation level".into(),
            ErrorKind::Indentation,
        ),
        ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidNamedAssignmentTarget => {
            (assign_message(text, "assign to", true), ErrorKind::Syntax)
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => (
            format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(text)
            ),
            ErrorKind::Syntax,
        ),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            (format!("illegal target for annotation"), ErrorKind::Syntax)
        }
        ParseErrorType::InvalidDeleteTarget => {
            (assign_message(text, "delete", false), ErrorKind::Syntax)
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            s("positional argument follows keyword argument")
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            s("positional argument follows keyword argument unpacking")
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            s("non-default argument follows default argument")
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            s("Generator expression must be parenthesized")
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let line = source[..usize::from(range.start()).min(source.len())]
                .matches('\n')
                .count()
                + 1;
            s(&format!(
                "unterminated string literal (detected at line {line})"
            ))
        }
        ParseErrorType::ExpectedToken {
            expected: ruff_python_ast::token::TokenKind::Colon,
            ..
        } => s("expected ':'"),
        ParseErrorType::Lexical(LexicalErrorType::Eof) | ParseErrorType::ExpectedToken { .. }
            if text.is_empty() =>
        {
            s("unexpected EOF while parsing")
        }
        ParseErrorType::FStringError(f) => (format!("f-string: {f}"), ErrorKind::Syntax),
        _ => s("invalid syntax"),
    }
}

fn describe(text: &str) -> &'static str {
    if text.ends_with(')') && !text.starts_with('(') {
        "function call"
    } else if text.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'') {
        "literal"
    } else {
        "expression"
    }
}

fn assign_message(text: &str, verb: &str, hint: bool) -> String {
    let what = match text {
        "None" | "True" | "False" | "__debug__" => return format!("cannot {verb} {text}"),
        "..." => "ellipsis",
        _ if text.ends_with(')') && !text.starts_with('(') => "function call",
        _ if text
            .starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'' || c == '-') =>
        {
            "literal"
        }
        _ if text.starts_with('[') && text.contains(" for ") => "list comprehension",
        _ if text.starts_with('{') && text.contains(" for ") => "set comprehension",
        _ if text.starts_with('{') => "dict literal",
        _ if text.contains(" if ") && text.contains(" else ") => "conditional expression",
        _ if text.starts_with("lambda") => "lambda",
        _ if text.contains("==") || text.contains('<') || text.contains('>') => "comparison",
        _ => "expression",
    };
    if hint && what != "list comprehension" && what != "set comprehension" {
        format!("cannot {verb} {what} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot {verb} {what}")
    }
}

/// CPython re-tokenizes the whole source after a parse error, and a
/// tokenizer error found there (an unclosed or mismatched bracket) replaces
/// the parser's message. Returns that message and its 1-based line.
pub(crate) fn bracket_error(source: &str) -> Option<(String, u32)> {
    let mut stack: Vec<(char, u32)> = Vec::new();
    let mut line = 1u32;
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '#' => {
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
            }
            '\'' | '"' => {
                let triple = chars.peek() == Some(&c) && {
                    let mut look = chars.clone();
                    look.next();
                    look.peek() == Some(&c)
                };
                if triple {
                    chars.next();
                    chars.next();
                }
                let mut run = 0;
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            if chars.next() == Some('\n') {
                                line += 1;
                            }
                            run = 0;
                        }
                        '\n' if !triple => {
                            line += 1;
                            break;
                        }
                        '\n' => {
                            line += 1;
                            run = 0;
                        }
                        _ if d == c => {
                            run += 1;
                            if !triple || run == 3 {
                                break;
                            }
                        }
                        _ => run = 0,
                    }
                }
            }
            '(' | '[' | '{' => stack.push((c, line)),
            ')' | ']' | '}' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    None => return Some((format!("unmatched '{c}'"), line)),
                    Some((o, _)) if o == open => {}
                    Some((o, oline)) => {
                        let msg = if oline == line {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{o}'"
                            )
                        } else {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {oline}"
                            )
                        };
                        return Some((msg, line));
                    }
                }
            }
            _ => {}
        }
    }
    stack
        .last()
        .map(|&(o, l)| (format!("'{o}' was never closed"), l))
}
