"""Text-mode speed and memory: cleaner vs trafilatura in the same run.

cleaner reads the copied text directly. trafilatura cannot read text, so it
gets the same page wrapped as minimal HTML (one <p> per line): the nearest
input it accepts. Each tool runs in its own child process on one core: it
cleans every fixture `--rounds` times (after one warm-up round) and reports
pages per second and its peak RSS growth over the process's size right after
importing the tool (so C allocations such as lxml's are counted too).

    python benchmarks/bench_text.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pages() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((ROOT / "fixtures" / "text").glob("*/input.txt"))]


def _as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><head><title>x</title></head><body><article>{paras}</article></body></html>"


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(tool: str, rounds: int, only: str | None) -> None:
    pages = _pages()
    if only:
        pages = [p for p in pages if only in p[:2000]] or pages
    if tool == "cleaner":
        import cleaner

        def fn(p: str) -> object:
            return cleaner.clean(p, kind="text").to_dict()

        inputs = pages
    else:
        import trafilatura

        def fn(p: str) -> object:
            return trafilatura.bare_extraction(p, with_metadata=True)

        inputs = [_as_html(p) for p in pages]
    base = _maxrss_mib()
    for p in inputs:
        fn(p)
    start = time.perf_counter()
    for _ in range(rounds):
        for p in inputs:
            fn(p)
    elapsed = time.perf_counter() - start
    print(json.dumps({"pps": rounds * len(inputs) / elapsed, "rss": _maxrss_mib() - base, "n": len(inputs)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--child", choices=("cleaner", "trafilatura"), help=argparse.SUPPRESS)
    ap.add_argument("--seed-only", action="store_true", help="time the seed page alone")
    args = ap.parse_args()
    only = "Get all your news in one place." if args.seed_only else None
    if args.child:
        _child(args.child, args.rounds, only)
        return
    pages = _pages()
    size = sum(len(p.encode("utf-8")) for p in pages) / len(pages)
    what = "the seed page" if only else f"{len(pages)} text fixtures, mean {size / 1024:.1f} KiB"
    print(f"{what}, {args.rounds} rounds, one process per tool, one core")
    rows = []
    for tool in ("cleaner", "trafilatura"):
        cmd = [sys.executable, __file__, "--child", tool, "--rounds", str(args.rounds)]
        if only:
            cmd.append("--seed-only")
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"{tool}: failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        rows.append((tool, json.loads(out.stdout)))
    print(f"{'tool':<12} {'pages/s':>9} {'peak RSS growth MiB':>20}")
    for name, r in rows:
        print(f"{name:<12} {r['pps']:>9.0f} {r['rss']:>20.1f}")
    if len(rows) == 2:
        c, t = rows[0][1], rows[1][1]
        print(f"cleaner speed = {c['pps'] / t['pps']:.2f}x trafilatura's")


if __name__ == "__main__":
    main()
