//! Smoke test for the benchmark programs in `bench/`.
//!
//! Every `bench/NAME.py` runs under the `weft` binary with
//! `WEFT_BENCH_SIZE=tiny` and its stdout must equal
//! `bench/expected/NAME.tiny.out`, which holds CPython 3.12's output
//! (regenerate with `bench/run --write-expected`). CPython is never run here
//! and nothing is timed: this only keeps the benchmarks runnable on weft.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(120);

fn bench_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../bench")
        .canonicalize()
        .expect("bench/ exists")
}

/// The benchmark names (`bench/NAME.py`), sorted.
fn programs(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("readable bench/")
        .filter_map(|entry| {
            let path = entry.expect("dir entry").path();
            let name = path.file_name()?.to_str()?.to_string();
            // `benchsize.py` is the helper the programs share.
            name.strip_suffix(".py")
                .filter(|n| *n != "benchsize")
                .map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

/// Runs `weft bench/NAME.py` with the given size, killing it after [`TIMEOUT`].
fn run_weft(dir: &Path, name: &str, size: &str) -> Result<Output, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(dir.join(format!("{name}.py")))
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .env("PYTHONHASHSEED", "0")
        .env("WEFT_BENCH_SIZE", size)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start weft: {e}"))?;
    let mut stdout = child.stdout.take().ok_or("no stdout pipe")?;
    let mut stderr = child.stderr.take().ok_or("no stderr pipe")?;
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        stdout.read_to_end(&mut buf).map(|_| buf)
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        stderr.read_to_end(&mut buf).map(|_| buf)
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {TIMEOUT:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_thread
        .join()
        .map_err(|_| "stdout reader panicked")?
        .map_err(|e| e.to_string())?;
    let stderr = err_thread
        .join()
        .map_err(|_| "stderr reader panicked")?
        .map_err(|e| e.to_string())?;
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

/// Checks one program against its stored CPython output.
fn check(dir: &Path, name: &str) -> Result<(), String> {
    let expected_path = dir.join("expected").join(format!("{name}.tiny.out"));
    let expected = std::fs::read(&expected_path).map_err(|e| {
        format!(
            "missing {} ({e}); run bench/run --write-expected",
            expected_path.display()
        )
    })?;
    let output = run_weft(dir, name, "tiny")?;
    let mut problems = Vec::new();
    if !output.status.success() {
        problems.push(format!("exit status {}", output.status));
    }
    if output.stdout != expected {
        problems.push(format!(
            "stdout differs\n--- expected (CPython 3.12)\n{}--- got\n{}",
            String::from_utf8_lossy(&expected),
            String::from_utf8_lossy(&output.stdout)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n--- stderr\n{}",
            problems.join("\n"),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

#[test]
fn every_benchmark_matches_cpython_at_tiny_size() {
    let dir = bench_dir();
    let names = programs(&dir);
    assert!(!names.is_empty(), "no programs in {}", dir.display());
    // The programs are independent processes: run them side by side.
    let results: Vec<(String, Result<(), String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = names
            .iter()
            .map(|name| {
                let dir = &dir;
                (name, scope.spawn(move || check(dir, name)))
            })
            .collect();
        handles
            .into_iter()
            .map(|(name, handle)| {
                let result = handle
                    .join()
                    .unwrap_or_else(|_| Err("checker thread panicked".to_string()));
                (name.clone(), result)
            })
            .collect()
    });
    let failures: Vec<String> = results
        .into_iter()
        .filter_map(|(name, result)| result.err().map(|e| format!("== bench/{name}.py\n{e}")))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} benchmarks failed:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

#[test]
fn every_expected_output_has_a_program() {
    let dir = bench_dir();
    let names = programs(&dir);
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(dir.join("expected")).expect("readable bench/expected") {
        let path = entry.expect("dir entry").path();
        let file = path.file_name().unwrap_or_default().to_string_lossy();
        match file.strip_suffix(".tiny.out") {
            Some(name) if names.iter().any(|n| n == name) => {}
            _ => stale.push(file.into_owned()),
        }
    }
    assert!(
        stale.is_empty(),
        "files in bench/expected without a bench/*.py program: {stale:?}"
    );
}

#[test]
fn unknown_size_is_rejected() {
    let dir = bench_dir();
    let output = run_weft(&dir, "fib", "huge").expect("weft runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim_end(),
        "unknown WEFT_BENCH_SIZE 'huge': use 'full' or 'tiny'"
    );
}
