//! weft's compiler: Python source → [`bytecode::CodeObject`].
//!
//! Parsing is done by `ruff_python_parser`; [`symtable`] resolves scopes;
//! [`codegen`] emits bytecode. Errors come back as [`CompileError`], which the
//! VM turns into a Python `SyntaxError`.

pub mod bytecode;
mod codegen;
pub mod symtable;

use ruff_text_size::TextRange;

pub use bytecode::{CodeObject, Constant, Instr, Op};

/// A syntax error, with CPython's message where we know it.
#[derive(Debug)]
pub struct CompileError {
    pub message: String,
    pub line: u32,
    pub range: TextRange,
    /// `IndentationError`/`TabError` rather than plain `SyntaxError`.
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
}

/// What the source is compiled as, as in `compile(..., mode)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
}

/// Compile a module's source text.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    match mode {
        Mode::Exec => {
            let parsed =
                ruff_python_parser::parse_module(source).map_err(|e| parse_error(source, e))?;
            let module = parsed.into_syntax();
            let scope = symtable::build(&module.body).map_err(|e| sym_error(source, e))?;
            let cg = codegen::Codegen::new(filename, source);
            cg.compile_module(&module.body, scope)
        }
        Mode::Eval => {
            let parsed = ruff_python_parser::parse_expression(source.trim_start())
                .map_err(|e| parse_error(source, e))?;
            let expr = parsed.into_expr();
            let scope = symtable::build_expr(&expr).map_err(|e| sym_error(source, e))?;
            let cg = codegen::Codegen::new(filename, source);
            cg.compile_expression(&expr, scope)
        }
    }
}

fn line_of(source: &str, range: TextRange) -> u32 {
    let end = (u32::from(range.start()) as usize).min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count() as u32
        + 1
}

fn sym_error(source: &str, e: symtable::SymtableError) -> CompileError {
    CompileError {
        line: line_of(source, e.range),
        message: e.message,
        range: e.range,
        kind: ErrorKind::Syntax,
    }
}

fn parse_error(source: &str, e: ruff_python_parser::ParseError) -> CompileError {
    let (message, kind) = errors::cpython_message(&e.error, source, e.location);
    let lexical = matches!(e.error, ruff_python_parser::ParseErrorType::Lexical(_));
    if !lexical || message == "unexpected EOF while parsing" {
        if let Some((message, line)) = errors::bracket_error(source) {
            return CompileError {
                line,
                message,
                range: e.location,
                kind: ErrorKind::Syntax,
            };
        }
    }
    CompileError {
        line: line_of(source, e.location),
        message,
        range: e.location,
        kind,
    }
}

mod errors;
