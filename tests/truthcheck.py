"""Compare a cleaned Article with a hand-written truth.yaml (see fixtures/README.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

import cleaner

FIELDS = ("profile", "title", "authors", "publisher", "section", "date", "paywalled")


def load_truth(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((folder / "truth.yaml").read_text("utf-8"))
    return data


def input_of(folder: Path) -> Path:
    for name in ("input.txt", "input.html", "input.md"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"{folder}: no input file")


def compare(folder: Path) -> list[str]:
    """Differences between cleaner's output and the truth, one line each."""
    truth = load_truth(folder)
    src = input_of(folder)
    art = cleaner.clean(src.read_bytes(), name=src.name)
    got = art.to_dict()
    problems: list[str] = []
    for f in FIELDS:
        want = truth.get(f)
        if f == "authors":
            want = want or []
        if got[f] != want:
            problems.append(f"{f}: got {got[f]!r}, want {want!r}")
    want_body = [p.strip() for p in truth.get("body") or []]
    # truth files list a table's rows one by one ("cell | cell"); cleaner keeps a table whole
    got_body = [
        row
        for p in art.parts
        if p.kind != "caption"
        for row in (p.text.split("\n") if p.kind == "table" else [p.text])
    ]
    missing = [p for p in want_body if p not in got_body]
    extra = [p for p in got_body if p not in want_body]
    problems += [f"body missing: {p[:100]!r}" for p in missing]
    problems += [f"body extra: {p[:100]!r}" for p in extra]
    if not missing and not extra and got_body != want_body:
        problems.append("body paragraphs out of order")
    want_caps = [{"text": c["text"], "credit": c.get("credit")} for c in truth.get("captions") or []]
    if art.captions != want_caps:
        for c in want_caps:
            if c not in art.captions:
                problems.append(f"caption missing: {c}")
        for c in art.captions:
            if c not in want_caps:
                problems.append(f"caption extra: {c}")
    return problems


def main() -> None:  # pragma: no cover - a report for developers
    import sys

    roots = [Path(a) for a in sys.argv[1:]] or [Path("fixtures")]
    total = bad = 0
    for root in roots:
        for t in sorted(root.rglob("truth.yaml")):
            total += 1
            probs = compare(t.parent)
            if probs:
                bad += 1
                print(f"## {t.parent}")
                for p in probs:
                    print("   ", p)
    print(f"{total - bad}/{total} cases match their truth")


if __name__ == "__main__":
    main()
