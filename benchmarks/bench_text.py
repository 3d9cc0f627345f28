"""Text-mode speed and memory: cleaner vs trafilatura in the same run.

cleaner reads the copied text directly. trafilatura cannot read text, so it
gets the same page wrapped as minimal HTML (one <p> per line): the closest
like-for-like input it accepts. Each tool cleans every fixture `--rounds`
times on one core; peak memory is the tracemalloc peak of one round.

    python benchmarks/bench_text.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import html
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import cleaner

ROOT = Path(__file__).resolve().parent.parent


def _pages() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((ROOT / "fixtures" / "text").glob("*/input.txt"))]


def _as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><head><title>x</title></head><body><article>{paras}</article></body></html>"


def _measure(fn: Callable[[str], object], pages: list[str], rounds: int) -> tuple[float, float]:
    for p in pages:  # warm caches (data files, compiled patterns)
        fn(p)
    start = time.perf_counter()
    for _ in range(rounds):
        for p in pages:
            fn(p)
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    for p in pages:
        fn(p)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return rounds * len(pages) / elapsed, peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    pages = _pages()
    size = sum(len(p) for p in pages) / len(pages)
    print(f"{len(pages)} text fixtures, mean {size / 1024:.1f} KiB, {args.rounds} rounds, one process")

    def run_cleaner(p: str) -> object:
        return cleaner.clean(p, kind="text").to_dict()

    rows = [("cleaner (text)", *_measure(run_cleaner, pages, args.rounds))]
    try:
        import trafilatura

        wrapped = [_as_html(p) for p in pages]
        idx = {id(w): i for i, w in enumerate(wrapped)}
        del idx

        def run_traf(p: str) -> object:
            return trafilatura.bare_extraction(p, with_metadata=True)

        rows.append(("trafilatura (same page as HTML)", *_measure(run_traf, wrapped, args.rounds)))
    except ImportError:  # pragma: no cover
        pass
    print(f"{'tool':<34} {'pages/s':>9} {'peak MiB':>9}")
    for name, pps, mib in rows:
        print(f"{name:<34} {pps:>9.0f} {mib:>9.2f}")
    if len(rows) == 2:
        print(f"cleaner speed / trafilatura speed = {rows[0][1] / rows[1][1]:.2f}x")
        print(f"cleaner peak memory / trafilatura peak memory = {rows[0][2] / rows[1][2]:.2f}x")


if __name__ == "__main__":
    main()
