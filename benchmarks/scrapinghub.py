"""Article-body benchmark on the Scrapinghub/Zyte pages (../shared/benchmarks/scrapinghub).

Metric as described in that folder's README: 4-token shingles over ``\\w+``
tokens, multiset TP/FP/FN per document normalised to sum 1, precision and
recall averaged over documents (precision only where something was
extracted), F1 = harmonic mean of the averages. All tools run in the same
process on the same pages; times are wall-clock totals per tool.

    python benchmarks/scrapinghub.py [--data DIR] [--limit N] [--tools cleaner,trafilatura,readability]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "scrapinghub"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def doc_scores(truth: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def summarise(pairs: list[tuple[str, str]]) -> dict[str, float]:
    precs, recs = [], []
    exact = 0
    for truth, pred in pairs:
        tp, fp, fn = doc_scores(truth, pred)
        if tp + fp > 0:
            precs.append(tp / (tp + fp) if fp else 1.0)
        if tp + fn > 0:
            recs.append(tp / (tp + fn) if fn else 1.0)
        exact += _TOKEN.findall(truth) == _TOKEN.findall(pred)
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(recs) / len(recs) if recs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "accuracy": exact / len(pairs) if pairs else 0.0}


def _tools(names: list[str]) -> dict[str, Callable[[str, str], str]]:
    tools: dict[str, Callable[[str, str], str]] = {}
    for name in names:
        if name == "cleaner":
            import cleaner

            def run_cleaner(html: str, url: str) -> str:
                return cleaner.clean(html, url=url).text

            tools[name] = run_cleaner
        elif name == "trafilatura":
            import trafilatura

            def run_traf(html: str, url: str) -> str:
                doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
                if doc is None:
                    return ""
                text = doc.text if hasattr(doc, "text") else doc.get("text")
                return text or ""

            tools[name] = run_traf
        elif name == "readability":
            try:
                from readability import Document  # readability-lxml
            except ImportError:
                print("readability-lxml is not installed; skipped (pip install readability-lxml)")
                continue
            from bs4 import BeautifulSoup

            def run_read(html: str, url: str) -> str:
                summary = Document(html, url=url).summary(html_partial=True)
                return BeautifulSoup(summary, "html.parser").get_text("\n")

            tools[name] = run_read
    return tools


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--tools", default="cleaner,trafilatura,readability")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages where each tool scores lowest")
    ap.add_argument("--dump", type=Path, help="write each tool's output per page into this folder")
    args = ap.parse_args()
    truth = json.loads((args.data / "ground-truth.json").read_text("utf-8"))
    ids = sorted(truth)[: args.limit or None]
    pages = {
        i: gzip.decompress((args.data / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8") for i in ids
    }
    print(f"{len(ids)} pages from {args.data}")
    results = {}
    for name, fn in _tools(args.tools.split(",")).items():
        preds: list[tuple[str, str]] = []
        failed = 0
        start = time.perf_counter()
        for i in ids:
            try:
                pred = fn(pages[i], truth[i].get("url", ""))
            except Exception as exc:  # a tool that refuses a page scores nothing on it
                failed += 1
                if failed == 1:
                    print(f"  {name}: {type(exc).__name__}: {str(exc)[:120]}")
                pred = ""
            preds.append((truth[i]["articleBody"], pred))
            if args.dump:
                (args.dump / name).mkdir(parents=True, exist_ok=True)
                (args.dump / name / f"{i[:12]}.txt").write_text(pred, "utf-8")
        elapsed = time.perf_counter() - start
        results[name] = {**summarise(preds), "seconds": elapsed, "failed": failed}
        if args.worst:
            scored = []
            for i, (t, p) in zip(ids, preds, strict=True):
                tp, fp, fn = doc_scores(t, p)
                prec = tp / (tp + fp) if tp + fp else 0.0
                rec = tp / (tp + fn) if tp + fn else 0.0
                scored.append((min(prec, rec), prec, rec, i))
            scored.sort()
            print(f"  {name}: worst pages (precision, recall)")
            for _, prec, rec, i in scored[: args.worst]:
                print(f"    {i[:12]}  P {prec:.2f}  R {rec:.2f}  {truth[i].get('url', '')[:80]}")
    print(f"{'tool':<12} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'time s':>7} {'failed':>6}")
    for name, r in results.items():
        print(
            f"{name:<12} {r['f1']:6.3f} {r['precision']:6.3f} {r['recall']:6.3f} {r['accuracy']:6.3f} "
            f"{r['seconds']:7.2f} {r['failed']:6d}"
        )
    if "cleaner" in results and "trafilatura" in results:
        print(
            f"cleaner time / trafilatura time = {results['cleaner']['seconds'] / results['trafilatura']['seconds']:.2f}"
        )


if __name__ == "__main__":
    main()
