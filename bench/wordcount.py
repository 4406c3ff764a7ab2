"""Word counting: str.split/lower/strip/join, dict get/setdefault, f-strings, sorting counts."""


from benchsize import bench_size


SIZES = {"full": 45_000, "tiny": 200}

VOCABULARY = (
    "the quick brown fox jumps over a lazy dog while seven wizards quietly "
    "hex every jovial knight and Python weaves threads of bytes into lines "
    "The Parser reads tokens, the Compiler emits code; the VM runs it. "
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
).split()


def make_lines(count):
    """Deterministic pseudo-random text from a linear congruential generator."""
    state = 12345
    lines = []
    for line_no in range(count):
        words = []
        for _ in range(8 + line_no % 9):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            words.append(VOCABULARY[state % len(VOCABULARY)])
        lines.append(" ".join(words))
    return lines


def count_words(lines):
    counts = {}
    first_seen = {}
    for line_no, line in enumerate(lines):
        for raw in line.split():
            word = raw.strip(".,;:").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            first_seen.setdefault(word, line_no)
    return counts, first_seen


def bigrams(lines):
    pairs = {}
    for line in lines:
        words = line.lower().split()
        for a, b in zip(words, words[1:]):
            key = f"{a}|{b}"
            pairs[key] = pairs.get(key, 0) + 1
    return pairs


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    lines = make_lines(SIZES[size])
    text = "\n".join(lines)
    counts, first_seen = count_words(text.splitlines())
    pairs = bigrams(lines)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    report = ", ".join(f"{w}={c}@{first_seen[w]}" for w, c in top)
    total = sum(counts.values())
    longest = max(counts, key=len)
    print(
        f"wordcount: {total} words, {len(counts)} distinct, {len(pairs)} bigrams, "
        f"top: {report}; pair {top_pair[0]}={top_pair[1]}; longest {longest!r}; "
        f"chars={len(text)}"
    )


main()
