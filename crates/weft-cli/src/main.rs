//! `weft`: run a Python program.
//!
//! Usage: `weft FILE [ARGS...]`, `weft -c CODE [ARGS...]`, `weft -m MODULE`,
//! `weft -` (read the program from stdin), `weft --version`.

mod alloc;

/// mimalloc measured faster than the system allocator on allocation-heavy
/// programs (see docs/performance.md); `alloc` explains the wrapper.
#[global_allocator]
static GLOBAL: alloc::Allocator = alloc::Allocator;

use std::io::Read;

use weft_vm::Vm;

/// The interpreter runs on a thread with a large stack so that native
/// recursion (nested reprs, sort keys calling Python) cannot overflow before
/// Python's recursion limit triggers.
const STACK_SIZE: usize = 1 << 30;

fn main() {
    alloc::configure();
    let args: Vec<String> = std::env::args().collect();
    let child = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(args))
        .expect("spawn interpreter thread");
    let code = child.join().unwrap_or(1);
    std::process::exit(code);
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("{msg}");
    eprintln!("usage: weft [-c cmd | -m mod | file | -] [arg] ...");
    2
}

fn run(args: Vec<String>) -> i32 {
    let mut i = 1;
    let (source, filename, argv) = loop {
        let Some(a) = args.get(i) else {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            break (s, "<stdin>".to_string(), vec![String::new()]);
        };
        match a.as_str() {
            "--version" | "-V" => {
                println!("Python 3.12.1 (weft {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -c option");
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend_from_slice(&args[i + 2..]);
                break (code.clone(), "<string>".to_string(), argv);
            }
            "-m" => {
                let Some(module) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -m option");
                };
                // A module file, or a package's `__main__.py`, found from the
                // current directory (CPython puts the cwd first on sys.path).
                let base = module.replace('.', "/");
                let candidates = [format!("{base}.py"), format!("{base}/__main__.py")];
                let Some(path) = candidates
                    .iter()
                    .find(|p| std::path::Path::new(p).is_file())
                else {
                    // Then the stdlib modules embedded in weft.
                    if let Some(source) = weft_stdlib::source(module) {
                        let path = if weft_stdlib::is_package(module) {
                            format!("<weft>/{base}/__init__.py")
                        } else {
                            format!("<weft>/{base}.py")
                        };
                        let mut argv = vec![path.clone()];
                        argv.extend_from_slice(&args[i + 2..]);
                        break (source.to_string(), path, argv);
                    }
                    eprintln!("{}: No module named {module}", args[0]);
                    return 1;
                };
                let path = abs(path);
                match std::fs::read(&path) {
                    Ok(b) => match String::from_utf8(b) {
                        Ok(source) => {
                            let mut argv = vec![path.clone()];
                            argv.extend_from_slice(&args[i + 2..]);
                            break (source, path, argv);
                        }
                        Err(e) => {
                            let (line, msg) = utf8_source_error(e.as_bytes(), &path);
                            eprintln!("  File \"{path}\", line {line}");
                            eprintln!("SyntaxError: {msg}");
                            return 1;
                        }
                    },
                    Err(_) => {
                        eprintln!("{}: No module named {module}", args[0]);
                        return 1;
                    }
                }
            }
            "-" => {
                let mut s = String::new();
                let _ = std::io::stdin().read_to_string(&mut s);
                let mut argv = vec!["-".to_string()];
                argv.extend_from_slice(&args[i + 1..]);
                break (s, "<stdin>".to_string(), argv);
            }
            "-u" | "-B" | "-E" | "-s" | "-S" => i += 1,
            flag if flag.starts_with('-') => {
                return usage_error(&format!("Unknown option: {flag}"));
            }
            file => {
                let bytes = match std::fs::read(file) {
                    Ok(b) => b,
                    Err(e) => {
                        let errno = e.raw_os_error().unwrap_or(2);
                        let msg = match errno {
                            2 => "No such file or directory".to_string(),
                            13 => "Permission denied".to_string(),
                            _ => e.to_string(),
                        };
                        eprintln!(
                            "{}: can't open file '{}': [Errno {errno}] {msg}",
                            args[0],
                            abs(file)
                        );
                        return 2;
                    }
                };
                let source = match String::from_utf8(bytes) {
                    Ok(s) => s,
                    Err(e) => {
                        let path = abs(file);
                        let (line, msg) = utf8_source_error(e.as_bytes(), &path);
                        eprintln!("  File \"{path}\", line {line}");
                        eprintln!("SyntaxError: {msg}");
                        return 1;
                    }
                };
                // CPython runs the script under its absolute path
                // (`__file__`, `sys.path[0]`, tracebacks); `argv[0]` is as given.
                break (source, abs(file), args[i..].to_vec());
            }
        }
    };
    let mut path = Vec::new();
    let script_dir = if filename.starts_with('<') {
        String::new()
    } else {
        std::path::Path::new(&filename)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    path.push(script_dir);
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
    }
    let mut vm = Vm::new(argv, path);
    vm.set_stack_size(STACK_SIZE);
    let status = match vm.run_main(&source, &filename) {
        Ok(()) => 0,
        Err(e) => vm.report_uncaught(e),
    };
    vm.finalize_main();
    vm.stdout.flush();
    status
}

fn abs(file: &str) -> String {
    match std::env::current_dir() {
        Ok(d) if !file.starts_with('/') => d.join(file).to_string_lossy().into_owned(),
        _ => file.to_string(),
    }
}

/// CPython's SyntaxError for a source file that is not valid UTF-8: with a
/// coding declaration, a bad byte inside a string literal is reported by the
/// literal's decoder; otherwise the tokenizer's "Non-UTF-8 code" message.
fn utf8_source_error(bytes: &[u8], abs_path: &str) -> (usize, String) {
    let pos = std::str::from_utf8(bytes)
        .err()
        .map_or(0, |e| e.valid_up_to());
    let line_start = bytes[..pos]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let line = bytes[..pos].iter().filter(|b| **b == b'\n').count() + 1;
    let declared = bytes
        .split(|b| *b == b'\n')
        .take(2)
        .any(|l| l.starts_with(b"#") && l.windows(6).any(|w| w == b"coding"));
    let prefix = &bytes[line_start..pos];
    let quote = prefix.iter().rposition(|b| *b == b'"' || *b == b'\'');
    if let (true, Some(q)) = (declared, quote) {
        let qc = prefix[q];
        let body_start = line_start + q + 1;
        let body_end = bytes[pos..]
            .iter()
            .position(|b| *b == qc || *b == b'\n')
            .map_or(bytes.len(), |p| pos + p);
        let body = &bytes[body_start..body_end];
        if let Err(e) = std::str::from_utf8(body) {
            let at = e.valid_up_to();
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if matches!(body[at], 0x80..=0xC1 | 0xF5..=0xFF) => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            return (
                line,
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {at}: {reason}",
                    body[at]
                ),
            );
        }
    }
    (
        line,
        format!(
            "Non-UTF-8 code starting with '\\x{:02x}' in file {abs_path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            bytes[pos]
        ),
    )
}
