//! The global allocator: mimalloc, entered through its plain (unaligned)
//! entry points whenever the layout allows.
//!
//! `mimalloc::MiMalloc` sends every request through `mi_malloc_aligned`,
//! whose fast path only works while the size class's free list is non-empty
//! and whose fallback (for sizes that are not a power of two) over-allocates
//! through a second, slower path. On allocation-heavy programs that was half
//! of all allocations (binary_trees: 347k of 677k took the generic path, at
//! ~150 instructions each). `mi_malloc` blocks are always at least 8-byte
//! aligned (block sizes are multiples of the word size and pages are
//! aligned), so requests with alignment <= 8 — nearly all of them — use
//! `mi_malloc`/`mi_realloc`; larger alignments keep the aligned entry points.
//! `mi_free` frees blocks from either family.
//!
//! mimalloc v2 rather than v3 (the `v2` feature): with v3, pages that
//! fill up are abandoned and freed memory is purged only after a second, so
//! allocation-heavy programs peaked far higher (binary_trees 90 MB with v3,
//! 41 MB with v2; exceptions 21 -> 15 MB) at equal or lower instruction
//! counts.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::{c_int, c_long, c_void};

use libmimalloc_sys as mi;

// Arenas are committed on demand: `.cargo/config.toml` compiles mimalloc
// with `MI_DEFAULT_ARENA_EAGER_COMMIT=0`. Eagerly committed, the first arena
// was backed by huge pages, so every run started with ~8 MB resident that it
// mostly never used (start-up RSS 14.5 MB -> 5.2 MB; CPython 3.12: 9.2 MB).

/// The alignment every `mi_malloc` block has.
const PLAIN_ALIGN: usize = 8;

pub struct Allocator;

// SAFETY: every method forwards to mimalloc, which is thread-safe, and
// returns blocks of at least `layout.size()` bytes aligned to
// `layout.align()`: plain `mi_malloc` blocks are 8-aligned, so the plain
// entry points are used only when `layout.align() <= 8`; otherwise the
// aligned entry points are used, as `mimalloc::MiMalloc` does.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls; mimalloc accepts any size.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the `GlobalAlloc`
        // contract); `mi_free` frees plain and aligned blocks alike.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`; the new
        // block keeps `layout.align()` by the same rule as `alloc`.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

/// `mi_option_purge_delay` in mimalloc v2's `mi_option_e` (mimalloc.h);
/// libmimalloc-sys does not name it.
const MI_OPTION_PURGE_DELAY: c_int = 15;

/// How long (ms) mimalloc keeps freed pages committed before returning
/// them to the OS; mimalloc's default is 10.
///
/// A program that frees a large structure and then builds another of a
/// different size class kept both resident for those 10 ms: binary_trees
/// peaked at 14.9 MiB (CPython 3.12: 14.8), 14.0-14.2 MiB at 2 ms, for
/// twice the minor page faults (~2,400 more, ~0.01 s of system time in a
/// 1 s run). At 0 the faults cost 0.1-0.4 s. See docs/performance.md.
const PURGE_DELAY_MS: c_long = 2;

unsafe extern "C" {
    fn mi_option_set(option: c_int, value: c_long);
}

/// Set weft's mimalloc options, unless the user set them through the
/// environment (`MIMALLOC_PURGE_DELAY`). Call first thing in `main`.
pub fn configure() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: a plain FFI call with a valid option index; mimalloc's
        // options are plain integers read on its purge path.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}
