#!/usr/bin/env python3
"""Regenerate stored CPython 3.12 expectations for tests/programs/**.py.

Run by hand with CPython 3.12 (never from the test suite):

    $(pyenv root)/versions/3.12.1/bin/python3.12 tests/regen_expected.py [PATH ...]

For each program `x.py` it writes:
  x.out  -- the program's exact stdout
  x.err  -- only when the exit status is non-zero: line 1 `exit=N`,
            line 2 the last non-empty line of stderr
Programs run with their own folder as the working directory and
PYTHONHASHSEED=0, stdin closed. Files named `*_mod.py` or inside a folder
named `*_pkg` are helper modules, not programs.
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
if sys.version_info[:2] != (3, 12):
    sys.exit("run this with CPython 3.12")


def is_program(path):
    name = os.path.basename(path)
    if not name.endswith(".py") or name.endswith("_mod.py"):
        return False
    return not any(part.endswith("_pkg") for part in path.split(os.sep))


def programs(paths):
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, files in os.walk(p):
                for f in sorted(files):
                    full = os.path.join(dirpath, f)
                    if is_program(full):
                        yield full
        elif is_program(p):
            yield p


def run(path):
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [sys.executable, os.path.basename(path)],
        cwd=os.path.dirname(path), env=env, stdin=subprocess.DEVNULL,
        capture_output=True, timeout=60,
    )
    base = path[:-3]
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    err_path = base + ".err"
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        last = lines[-1] if lines else ""
        with open(err_path, "w") as f:
            f.write(f"exit={proc.returncode}\n{last}\n")
    elif os.path.exists(err_path):
        os.remove(err_path)
    return proc.returncode


def main():
    paths = [os.path.abspath(p) for p in sys.argv[1:]] or [ROOT]
    n = 0
    for path in programs(paths):
        code = run(path)
        n += 1
        if code != 0:
            print(f"{os.path.relpath(path, ROOT)}: exit {code}")
    print(f"{n} programs")


if __name__ == "__main__":
    main()
