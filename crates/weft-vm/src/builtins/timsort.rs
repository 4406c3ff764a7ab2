//! CPython's `list.sort` algorithm (timsort with the powersort merge policy),
//! re-implemented over a slice with a fallible `<`.
//!
//! Following CPython step by step matters: with inconsistent comparisons
//! (NaNs, user `__lt__`) the result depends on exactly which pairs get
//! compared, and when a comparison raises, the slice must be left as some
//! permutation of its input, as CPython leaves it. Rust's `sort_by` can panic
//! on a non-total order, so it cannot be used.

/// Runs shorter than this get galloping treatment only after this many wins.
const MIN_GALLOP: usize = 7;

/// An element the sort moves. Elements are moved out of their slots with
/// [`SortItem::take`], which leaves a cheap placeholder, and written into
/// placeholder slots with [`SortItem::put`]: no clones, so no reference
/// count traffic. A merge keeps the placeholders exactly where its
/// temporary run's remaining elements go back, so however it ends (even on
/// a failed comparison) the slice holds a permutation of its input.
pub trait SortItem: Sized {
    /// A value that owns nothing, left in a slot an element moved out of.
    fn placeholder() -> Self;

    /// Move the element out of `slot`, leaving a placeholder.
    #[inline(always)]
    fn take(slot: &mut Self) -> Self {
        std::mem::replace(slot, Self::placeholder())
    }

    /// `*slot = v`, where `slot` holds a placeholder.
    #[inline(always)]
    fn put(slot: &mut Self, v: Self) {
        *slot = v;
    }

    /// Move every element of `src` into the placeholder slots of `dst`.
    #[inline(always)]
    fn move_slice(dst: &mut [Self], src: &mut [Self]) {
        for (d, s) in dst.iter_mut().zip(src.iter_mut()) {
            let v = Self::take(s);
            Self::put(d, v);
        }
    }

    /// Drop the temporary run after a merge (placeholders by then).
    #[inline(always)]
    fn drop_run(tmp: Vec<Self>) {
        drop(tmp);
    }
}

/// Sorting needs no companion values: the keyless sort moves `()` in
/// parallel, which costs nothing.
impl SortItem for () {
    #[inline(always)]
    fn placeholder() -> Self {}
}

/// The temporary run of a merge (keys only: values are merged afterwards,
/// see [`MergeState::replay_lo`]), dropped through [`SortItem::drop_run`]
/// however the merge ends.
struct TmpRun<T: SortItem>(Vec<T>);

impl<T: SortItem> TmpRun<T> {
    /// Move `keys` out into a new run.
    fn take(keys: &mut [T]) -> Self {
        TmpRun(keys.iter_mut().map(T::take).collect())
    }
}

impl<T: SortItem> Drop for TmpRun<T> {
    fn drop(&mut self) {
        T::drop_run(std::mem::take(&mut self.0));
    }
}

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The slices being sorted: the keys `v`, which the comparisons see, and
/// the values `w`, which end up moved as the keys are (CPython's
/// `sortslice`). Keeping them apart, rather than sorting (key, value)
/// pairs, needs no copy of the list: `sort(key=...)` holds one array of
/// keys beside the list, as CPython does.
///
/// A merge moves the keys first, noting in `from_tmp` which positions of
/// the merged range got an element of the temporary run, then moves the
/// values by that record. The temporary run thus holds keys or values,
/// never both at once: half the memory of the largest merge (which is
/// about half the list).
struct MergeState<'a, T, U, F> {
    v: &'a mut [T],
    w: &'a mut [U],
    lt: F,
    min_gallop: usize,
    pending: Vec<Run>,
    /// Bit `i`: position `log_base + i` of the current merge was filled
    /// from the temporary run (unused when `U` has no size).
    from_tmp: Vec<u64>,
    log_base: usize,
}

/// Sort `v` stably in ascending order by `lt`. On error the slice holds a
/// permutation of its input.
pub fn timsort<T: SortItem, E, F: FnMut(&T, &T) -> Result<bool, E>>(
    v: &mut [T],
    lt: F,
) -> Result<(), E> {
    let mut units = vec![(); v.len()];
    timsort_with(v, &mut units, lt)
}

/// Sort `keys` stably in ascending order by `lt`, applying the same moves
/// to `vals` (as long as `keys`). On error both hold the same permutation
/// of their input.
pub fn timsort_with<T: SortItem, U: SortItem, E, F: FnMut(&T, &T) -> Result<bool, E>>(
    keys: &mut [T],
    vals: &mut [U],
    lt: F,
) -> Result<(), E> {
    let n = keys.len();
    assert_eq!(
        n,
        vals.len(),
        "timsort_with: keys and values differ in length"
    );
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        v: keys,
        w: vals,
        lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        from_tmp: Vec::new(),
        log_base: 0,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(lo, lo + remaining)?;
        if descending {
            ms.v[lo..lo + run].reverse();
            ms.w[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binary_sort(lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(run, n)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse()
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The "power" of the boundary between two adjacent runs (powersort).
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Where a merge loop ended.
enum Exit<E> {
    Done,
    Fail(E),
    /// Only one element of the temporary run is left (merge_lo: CopyB,
    /// merge_hi: CopyA).
    Copy,
}

impl<T: SortItem, U: SortItem, E, F: FnMut(&T, &T) -> Result<bool, E>> MergeState<'_, T, U, F> {
    /// Whether values move at all (not for the keyless sort's `()`).
    const VALUES: bool = std::mem::size_of::<U>() != 0;

    /// Move the key at `src` to the placeholder slot `dst` (both within
    /// the run being merged); its value follows in the replay.
    #[inline(always)]
    fn mv(&mut self, dst: usize, src: usize) {
        let x = T::take(&mut self.v[src]);
        T::put(&mut self.v[dst], x);
    }

    /// Move `tmp[src..src + k]` to the placeholder slots `dst..dst + k`,
    /// noting the positions for the values' replay.
    #[inline(always)]
    fn from_tmp(&mut self, dst: usize, tmp: &mut TmpRun<T>, src: usize, k: usize) {
        T::move_slice(&mut self.v[dst..dst + k], &mut tmp.0[src..src + k]);
        if Self::VALUES {
            for i in dst - self.log_base..dst - self.log_base + k {
                self.from_tmp[i / 64] |= 1 << (i % 64);
            }
        }
    }

    /// Start the record of a merge of `n` elements from `base`.
    fn start_log(&mut self, base: usize, n: usize) {
        if Self::VALUES {
            self.from_tmp.clear();
            self.from_tmp.resize(n.div_ceil(64), 0);
            self.log_base = base;
        }
    }

    #[inline(always)]
    fn logged(&self, pos: usize) -> bool {
        let i = pos - self.log_base;
        self.from_tmp[i / 64] & (1 << (i % 64)) != 0
    }

    /// Merge the values of `w[base..base + na]` and the run after it
    /// (`n` in all) as `merge_lo` merged their keys: the first run's
    /// values go where the record says, the second's fill the rest in order.
    fn replay_lo(&mut self, base: usize, na: usize, n: usize) {
        if !Self::VALUES {
            return;
        }
        let mut tmp: Vec<U> = self.w[base..base + na].iter_mut().map(U::take).collect();
        let (mut pa, mut pb) = (0, base + na);
        for pos in base..base + n {
            if self.logged(pos) {
                let x = U::take(&mut tmp[pa]);
                U::put(&mut self.w[pos], x);
                pa += 1;
            } else {
                // Never behind `pos`: the first run fills at most `na` of
                // the positions before it.
                if pb != pos {
                    let x = U::take(&mut self.w[pb]);
                    U::put(&mut self.w[pos], x);
                }
                pb += 1;
            }
        }
        U::drop_run(tmp);
    }

    /// Like `replay_lo` for `merge_hi`: the second run (`nb` values, at
    /// `base + na`) was the temporary one, and the merge went downwards.
    fn replay_hi(&mut self, base: usize, na: usize, nb: usize) {
        if !Self::VALUES {
            return;
        }
        let b0 = base + na;
        let mut tmp: Vec<U> = self.w[b0..b0 + nb].iter_mut().map(U::take).collect();
        let (mut pa, mut pb) = (b0, nb);
        for pos in (base..b0 + nb).rev() {
            if self.logged(pos) {
                pb -= 1;
                let x = U::take(&mut tmp[pb]);
                U::put(&mut self.w[pos], x);
            } else {
                pa -= 1;
                if pa != pos {
                    let x = U::take(&mut self.w[pa]);
                    U::put(&mut self.w[pos], x);
                }
            }
        }
        U::drop_run(tmp);
    }

    /// Binary insertion sort of `v[lo..hi]`, where `v[lo..start]` is sorted.
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> Result<(), E> {
        if start == lo {
            start += 1;
        }
        while start < hi {
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if (self.lt)(&self.v[start], &self.v[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.v[l..=start].rotate_right(1);
            self.w[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    /// Length of the run starting at `lo`, and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> Result<(usize, bool), E> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut i = lo + 2;
        if (self.lt)(&self.v[lo + 1], &self.v[lo])? {
            while i < hi && (self.lt)(&self.v[i], &self.v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            while i < hi && !(self.lt)(&self.v[i], &self.v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    fn found_new_run(&mut self, n2: usize, n: usize) -> Result<(), E> {
        if let Some(top) = self.pending.last() {
            let power = powerloop(top.base, top.len, n2, n);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            if let Some(top) = self.pending.last_mut() {
                top.power = power;
            }
        }
        Ok(())
    }

    fn force_collapse(&mut self) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut k = self.pending.len() - 2;
            if k > 0 && self.pending[k - 1].len < self.pending[k + 1].len {
                k -= 1;
            }
            self.merge_at(k)?;
        }
        Ok(())
    }

    /// Merge the runs at stack indices `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let (mut a0, mut na) = (self.pending[i].base, self.pending[i].len);
        let (b0, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Elements of a before where b[0] goes are already in place.
        let k = gallop_right(&mut self.lt, &self.v[b0], &self.v[a0..a0 + na], 0)?;
        a0 += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Elements of b after where a[-1] goes are already in place.
        let nb = gallop_left(
            &mut self.lt,
            &self.v[a0 + na - 1],
            &self.v[b0..b0 + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        self.start_log(a0, na + nb);
        if na <= nb {
            let r = self.merge_lo(a0, na, b0, nb);
            self.replay_lo(a0, na, na + nb);
            r
        } else {
            let r = self.merge_hi(a0, na, b0, nb);
            self.replay_hi(a0, na, nb);
            r
        }
    }

    /// Merge `v[a0..a0+na]` and `v[b0..b0+nb]` (adjacent), copying the
    /// shorter first run out. Requires na <= nb and that a[na-1] belongs last.
    fn merge_lo(&mut self, a0: usize, mut na: usize, b0: usize, mut nb: usize) -> Result<(), E> {
        let mut tmp = TmpRun::take(&mut self.v[a0..a0 + na]);
        let (mut pa, mut pb, mut dest) = (0usize, b0, a0);
        self.mv(dest, pb);
        dest += 1;
        pb += 1;
        nb -= 1;
        let exit = 'merge: {
            if nb == 0 {
                break 'merge Exit::Done;
            }
            if na == 1 {
                break 'merge Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    match (self.lt)(&self.v[pb], &tmp.0[pa]) {
                        Err(e) => break 'merge Exit::Fail(e),
                        Ok(true) => {
                            self.mv(dest, pb);
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Exit::Done;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.from_tmp(dest, &mut tmp, pa, 1);
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Exit::Copy;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(&mut self.lt, &self.v[pb], &tmp.0[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        self.from_tmp(dest, &mut tmp, pa, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Exit::Copy;
                        }
                        // Impossible with a consistent comparison, but possible here.
                        if na == 0 {
                            break 'merge Exit::Done;
                        }
                    }
                    self.mv(dest, pb);
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Exit::Done;
                    }
                    let k = match gallop_left(&mut self.lt, &tmp.0[pa], &self.v[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        for j in 0..k {
                            self.mv(dest + j, pb + j);
                        }
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Exit::Done;
                        }
                    }
                    self.from_tmp(dest, &mut tmp, pa, 1);
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Exit::Copy;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // The last element of a belongs at the end of the merge.
                for j in 0..nb {
                    self.mv(dest + j, pb + j);
                }
                self.from_tmp(dest + nb, &mut tmp, pa, 1);
                Ok(())
            }
            Exit::Done | Exit::Fail(_) => {
                if na > 0 {
                    self.from_tmp(dest, &mut tmp, pa, na);
                }
                match exit {
                    Exit::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Like `merge_lo`, merging from the right with the second run copied
    /// out. Requires na >= nb.
    fn merge_hi(&mut self, a0: usize, mut na: usize, b0: usize, mut nb: usize) -> Result<(), E> {
        let mut tmp = TmpRun::take(&mut self.v[b0..b0 + nb]);
        // Indices are signed: the A cursor can step to just before a0.
        let mut dest = (b0 + nb - 1) as isize;
        let mut pa = (a0 + na - 1) as isize;
        let mut pb = (nb - 1) as isize;
        let at = |i: isize| i as usize;
        self.mv(at(dest), at(pa));
        dest -= 1;
        pa -= 1;
        na -= 1;
        let exit = 'merge: {
            if na == 0 {
                break 'merge Exit::Done;
            }
            if nb == 1 {
                break 'merge Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    match (self.lt)(&tmp.0[at(pb)], &self.v[at(pa)]) {
                        Err(e) => break 'merge Exit::Fail(e),
                        Ok(true) => {
                            self.mv(at(dest), at(pa));
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Exit::Done;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.from_tmp(at(dest), &mut tmp, at(pb), 1);
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Exit::Copy;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(
                        &mut self.lt,
                        &tmp.0[at(pb)],
                        &self.v[a0..a0 + na],
                        na - 1,
                    ) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        for j in (1..=k as isize).rev() {
                            self.mv(at(dest + j), at(pa + j));
                        }
                        na -= k;
                        if na == 0 {
                            break 'merge Exit::Done;
                        }
                    }
                    self.from_tmp(at(dest), &mut tmp, at(pb), 1);
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Exit::Copy;
                    }
                    let k = match gallop_left(&mut self.lt, &self.v[at(pa)], &tmp.0[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        let d = at(dest + 1);
                        let s = at(pb + 1);
                        self.from_tmp(d, &mut tmp, s, k);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Exit::Copy;
                        }
                        // Impossible with a consistent comparison, but possible here.
                        if nb == 0 {
                            break 'merge Exit::Done;
                        }
                    }
                    self.mv(at(dest), at(pa));
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Exit::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // The first element of b belongs at the front of the merge.
                let na = na as isize;
                for j in (0..na).rev() {
                    self.mv(at(dest - na + 1 + j), at(pa - na + 1 + j));
                }
                dest -= na;
                self.from_tmp(at(dest), &mut tmp, at(pb), 1);
                Ok(())
            }
            Exit::Done | Exit::Fail(_) => {
                if nb > 0 {
                    let d = at(dest + 1 - nb as isize);
                    self.from_tmp(d, &mut tmp, 0, nb);
                }
                match exit {
                    Exit::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }
}

/// The position in sorted `a` where `key` goes, left of any equal elements:
/// `a[k-1] < key <= a[k]`. `hint` is where to start searching.
fn gallop_left<T, E, F: FnMut(&T, &T) -> Result<bool, E>>(
    lt: &mut F,
    key: &T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let mut lastofs: isize;
    let mut ofs: isize;
    if lt(&a[hint], key)? {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        let maxofs = (n - hint) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(&a[hint + ofs as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint as isize;
        ofs += hint as isize;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        let maxofs = (hint + 1) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(&a[hint - ofs as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint as isize - ofs;
        ofs = hint as isize - k;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(&a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Like `gallop_left`, but right of any equal elements: `a[k-1] <= key < a[k]`.
fn gallop_right<T, E, F: FnMut(&T, &T) -> Result<bool, E>>(
    lt: &mut F,
    key: &T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let mut lastofs: isize;
    let mut ofs: isize;
    if lt(key, &a[hint])? {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        let maxofs = (hint + 1) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, &a[hint - ofs as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint as isize - ofs;
        ofs = hint as isize - k;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        let maxofs = (n - hint) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, &a[hint + ofs as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint as isize;
        ofs += hint as isize;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, &a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

#[cfg(test)]
mod tests {
    use super::{SortItem, timsort, timsort_with};

    // Placeholders no test input contains, so a placeholder left in the
    // output (an element lost) fails the permutation checks.
    impl SortItem for i32 {
        fn placeholder() -> Self {
            i32::MIN
        }
    }
    impl SortItem for u32 {
        fn placeholder() -> Self {
            u32::MAX
        }
    }
    impl SortItem for (i32, usize) {
        fn placeholder() -> Self {
            (i32::MIN, usize::MAX)
        }
    }

    fn check(mut v: Vec<(i32, usize)>) {
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        timsort(&mut v, |a: &(i32, usize), b: &(i32, usize)| {
            Ok::<bool, ()>(a.0 < b.0)
        })
        .unwrap();
        assert_eq!(v, expected);
    }

    #[test]
    fn sorts_stably() {
        let mut seed: u64 = 12345;
        for n in [0usize, 1, 2, 5, 63, 64, 65, 200, 1000, 5000] {
            for modulus in [2i32, 10, 1000, 1_000_000] {
                let v: Vec<(i32, usize)> = (0..n)
                    .map(|i| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        (((seed >> 33) as i32).rem_euclid(modulus), i)
                    })
                    .collect();
                check(v.clone());
                let mut asc = v.clone();
                asc.sort();
                check(asc.clone());
                asc.reverse();
                check(asc);
                // Partially ordered input exercises galloping.
                let mut parts = v.clone();
                let mid = n / 2;
                parts[..mid].sort();
                parts[mid..].sort();
                check(parts);
            }
        }
    }

    /// Sorting keys with values beside them moves both alike: the result
    /// pairs up as sorting the pairs would, also when a comparison fails.
    #[test]
    fn values_follow_keys() {
        let mut seed: u64 = 777;
        for n in [2usize, 10, 64, 65, 300, 2000] {
            for modulus in [3i32, 1000] {
                let keys: Vec<i32> = (0..n)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        ((seed >> 33) as i32).rem_euclid(modulus)
                    })
                    .collect();
                let mut pairs: Vec<(i32, usize)> = keys.iter().copied().zip(0..n).collect();
                pairs.sort_by_key(|p| p.0);
                let mut k = keys.clone();
                let mut vals: Vec<u32> = (0..n as u32).collect();
                timsort_with(&mut k, &mut vals, |a: &i32, b: &i32| Ok::<bool, ()>(a < b)).unwrap();
                let got: Vec<(i32, usize)> = k
                    .iter()
                    .copied()
                    .zip(vals.iter().map(|&v| v as usize))
                    .collect();
                assert_eq!(got, pairs);
                for fail_after in [n, 4 * n] {
                    let mut k = keys.clone();
                    let mut vals: Vec<u32> = (0..n as u32).collect();
                    let mut count = 0;
                    let _ = timsort_with(&mut k, &mut vals, |a: &i32, b: &i32| {
                        count += 1;
                        if count > fail_after {
                            Err(())
                        } else {
                            Ok(a < b)
                        }
                    });
                    for (key, v) in k.iter().zip(&vals) {
                        assert_eq!(*key, keys[*v as usize]);
                    }
                    let mut seen = vals.clone();
                    seen.sort();
                    assert_eq!(seen, (0..n as u32).collect::<Vec<_>>());
                }
            }
        }
    }

    #[test]
    fn inconsistent_comparisons_never_panic() {
        let mut seed: u64 = 99;
        for n in [2usize, 10, 64, 65, 130, 700, 3000] {
            for _ in 0..20 {
                let mut v: Vec<u32> = (0..n as u32).collect();
                timsort(&mut v, |_: &u32, _: &u32| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    Ok::<bool, ()>((seed >> 33) & 1 == 1)
                })
                .unwrap();
                let mut sorted = v.clone();
                sorted.sort();
                assert_eq!(sorted, (0..n as u32).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn failure_keeps_a_permutation() {
        let mut v: Vec<i32> = (0..300).map(|i| (i * 7919) % 1000).collect();
        let mut count = 0;
        let r = timsort(&mut v, |a: &i32, b: &i32| {
            count += 1;
            if count > 1500 { Err(()) } else { Ok(a < b) }
        });
        assert!(r.is_err());
        let mut got = v.clone();
        got.sort();
        let mut want: Vec<i32> = (0..300).map(|i| (i * 7919) % 1000).collect();
        want.sort();
        assert_eq!(got, want);
    }
}
