//! The command line: `-c`, `-m`, `-` (stdin), `--version`, usage errors,
//! missing files and exit statuses. Expected values are what CPython 3.12
//! does for the same invocation.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn weft(args: &[&str], stdin: &str, cwd: &std::path::Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("weft-cli-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn dash_c_sets_argv() {
    let o = weft(
        &["-c", "import sys; print(sys.argv)", "a", "b"],
        "",
        &scratch("c"),
    );
    assert_eq!(out(&o), "['-c', 'a', 'b']\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn program_from_stdin() {
    let o = weft(
        &["-"],
        "import sys\nprint('stdin', 6 * 7, sys.argv)\n",
        &scratch("stdin"),
    );
    assert_eq!(out(&o), "stdin 42 ['-']\n");
}

#[test]
fn dash_m_runs_module_as_main() {
    let dir = scratch("m");
    std::fs::write(
        dir.join("mymod.py"),
        "import sys\nprint('mod', __name__, sys.argv[1:])\n",
    )
    .unwrap();
    let o = weft(&["-m", "mymod", "x"], "", &dir);
    assert_eq!(out(&o), "mod __main__ ['x']\n");
    let o = weft(&["-m", "no_such_module_here"], "", &dir);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).ends_with("No module named no_such_module_here\n"),
        "{}",
        err(&o)
    );
}

#[test]
fn version() {
    let o = weft(&["--version"], "", &scratch("v"));
    assert!(out(&o).starts_with("Python 3.12"), "{}", out(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn missing_file_is_exit_2() {
    let dir = scratch("missing");
    let o = weft(&["nosuch.py"], "", &dir);
    assert_eq!(o.status.code(), Some(2));
    let want = format!(
        "can't open file '{}': [Errno 2] No such file or directory\n",
        dir.join("nosuch.py").display()
    );
    assert!(err(&o).ends_with(&want), "{}", err(&o));
}

#[test]
fn unknown_option_is_usage_error() {
    let o = weft(&["-Z"], "", &scratch("z"));
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).starts_with("Unknown option: -Z\n"), "{}", err(&o));
}

#[test]
fn exit_statuses() {
    let dir = scratch("exit");
    let o = weft(&["-c", "import sys; sys.exit(3)"], "", &dir);
    assert_eq!(o.status.code(), Some(3));
    let o = weft(&["-c", "import sys; sys.exit('bye')"], "", &dir);
    assert_eq!((o.status.code(), err(&o)), (Some(1), "bye\n".to_string()));
    let o = weft(
        &[
            "-c",
            "try:\n    raise SystemExit(4)\nfinally:\n    print('cleanup')",
        ],
        "",
        &dir,
    );
    assert_eq!(
        (o.status.code(), out(&o)),
        (Some(4), "cleanup\n".to_string())
    );
    let o = weft(&["-c", "1/0"], "", &dir);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        err(&o)
    );
}

#[test]
fn output_order_with_buffered_stdout() {
    // stdout is block-buffered when piped but flushed before a traceback.
    let o = weft(
        &["-c", "print('before')\nraise ValueError('x')"],
        "",
        &scratch("order"),
    );
    assert_eq!(out(&o), "before\n");
    assert!(err(&o).starts_with("Traceback (most recent call last):\n"));
}
