//! Data-driven runner for `tests/programs/**.py`.
//!
//! Each program runs under the `weft` binary with its own folder as the
//! working directory. Its stdout must equal the stored CPython 3.12 output in
//! `x.out`; when `x.err` exists (line 1 `exit=N`, line 2 the last non-empty
//! stderr line) the exit status and that stderr line must match too,
//! otherwise the exit status must be 0. Files named `*_mod.py` and anything
//! inside a `*_pkg` folder are helper modules, not programs.
//!
//! Filter as with any libtest harness: `cargo test --test programs -- str/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(60);

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs");
    let root = root.canonicalize().expect("tests/programs exists");
    let mut programs = Vec::new();
    collect(&root, &mut programs);
    programs.sort();
    let trials = programs
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            Trial::test(name, move || run_program(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable test folder") {
        let path = entry.expect("dir entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !name.ends_with("_pkg") {
                collect(&path, out);
            }
        } else if name.ends_with(".py") && !name.ends_with("_mod.py") {
            out.push(path);
        }
    }
}

fn run_program(path: &Path) -> Result<(), Failed> {
    let expected_out = std::fs::read(path.with_extension("out")).map_err(|e| {
        format!(
            "missing expected output {}: {e}",
            path.with_extension("out").display()
        )
    })?;
    let (want_code, want_err_line) = match std::fs::read_to_string(path.with_extension("err")) {
        Ok(text) => {
            let mut lines = text.lines();
            let code = lines
                .next()
                .and_then(|l| l.strip_prefix("exit="))
                .and_then(|n| n.parse::<i32>().ok())
                .ok_or("malformed .err file")?;
            (code, Some(lines.next().unwrap_or("").to_string()))
        }
        Err(_) => (0, None),
    };

    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(path.file_name().unwrap())
        .current_dir(path.parent().unwrap())
        .env_remove("PYTHONPATH")
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start weft: {e}"))?;
    let output = wait_with_timeout(&mut child)?;

    let stdout = output.stdout;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let code = output.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if stdout != expected_out {
        problems.push(format!(
            "stdout differs\n--- expected\n{}\n--- got\n{}",
            String::from_utf8_lossy(&expected_out),
            String::from_utf8_lossy(&stdout)
        ));
    }
    if code != want_code {
        problems.push(format!("exit status {code}, expected {want_code}"));
    }
    if let Some(want_line) = want_err_line {
        let last = stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .last()
            .unwrap_or("");
        if last != want_line {
            problems.push(format!(
                "last stderr line\n  expected: {want_line}\n  got:      {last}"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n--- stderr\n{stderr}", problems.join("\n")).into())
    }
}

/// Waits for the child, killing it after [`TIMEOUT`] so a hang fails one
/// test instead of the whole suite.
fn wait_with_timeout(child: &mut std::process::Child) -> Result<std::process::Output, Failed> {
    use std::io::Read;
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        stdout.read_to_end(&mut buf).map(|_| buf)
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        stderr.read_to_end(&mut buf).map(|_| buf)
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {TIMEOUT:?}").into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_thread.join().unwrap().map_err(|e| e.to_string())?;
    let stderr = err_thread.join().unwrap().map_err(|e| e.to_string())?;
    Ok(std::process::Output {
        status,
        stdout,
        stderr,
    })
}
