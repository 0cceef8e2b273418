"""Python `extract` against the Rust call on the same texts, in the same build.

    python python/bench.py [ROUNDS] [FOLDER]     # defaults: 30, tests/corpus

The baseline is the Rust call alone (`_rust_extract_seconds`: the library's `extract` in a
loop inside the extension, no Python object made). The variants run in turn, 7 times over
(so that a change of load on the machine touches them alike); each line is the best run.
"""

import sys
import time
from pathlib import Path

import communique
from communique import _communique

ROOT = Path(__file__).resolve().parent.parent


def timed(f):
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests" / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts) * rounds
    extractor = communique.Extractor()
    extractor.extract_many(texts)  # compiles what compiles on first use

    def extract():
        for _ in range(rounds):
            for t in texts:
                extractor.extract(t)

    def extract_and_read():
        for _ in range(rounds):
            for t in texts:
                x = extractor.extract(t)
                for m in x.mentions():
                    m.text, m.start, m.end
                x.themes, x.dateline

    def to_dict():
        for _ in range(rounds):
            for t in texts:
                extractor.extract(t).to_dict()

    def many(threads):
        return lambda: extractor.extract_many(texts * rounds, threads=threads)

    variants = [
        ("Rust extract (baseline)", lambda: _communique._rust_extract_seconds(texts, rounds)),
        ("Python extract", extract),
        ("Python extract + every mention read", extract_and_read),
        ("Python extract + to_dict()", to_dict),
        ("Python extract_many, threads=1", many(1)),
        ("Python extract_many, threads=2", many(2)),
    ]
    best = [float("inf")] * len(variants)
    for _ in range(7):
        for i, (_, f) in enumerate(variants):
            best[i] = min(best[i], timed(f))
    print(f"{len(texts)} texts, {size / rounds / 1e3:.1f} kB, {rounds} rounds")
    for (name, _), t in zip(variants, best):
        print(f"{name:38} {size / t / 1e6:7.1f} MB/s  {t / best[0]:.2f}x")

if __name__ == "__main__":
    main()
