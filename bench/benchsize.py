"""Shared by the benchmark programs: the size to run at."""


def bench_size():
    """WEFT_BENCH_SIZE from the environment: "full" (default) or "tiny"."""
    try:
        import os
    except ImportError:
        os = None
    if os is not None:
        return os.environ.get("WEFT_BENCH_SIZE", "full")
    # No os module (weft today): read the process environment from /proc.
    try:
        with open("/proc/self/environ", "rb") as f:
            data = f.read()
    except OSError:
        return "full"
    for entry in data.split(b"\0"):
        if entry.startswith(b"WEFT_BENCH_SIZE="):
            return entry[len(b"WEFT_BENCH_SIZE="):].decode()
    return "full"
