"""Score cleaner against hand-written truth.yaml files (fixtures/ or a held-out set).

    python benchmarks/truth_score.py heldout2/text
    python benchmarks/truth_score.py --vs-trafilatura heldout-html   # + body shingle scores

Per field: share of cases exactly right. Body: paragraph-level precision
(share of output paragraphs that are article paragraphs) and recall (share of
article paragraphs present). Captions: share of true captions found with the
right credit. Promo: output paragraphs that are not article text.
With ``--vs-trafilatura`` the body is also scored as in benchmarks/scrapinghub.py
(4-token shingles, precision/recall averaged over pages) for cleaner and for
trafilatura on the same pages: "as complete as trafilatura" measured, not guessed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

import cleaner

FIELDS = ("profile", "title", "authors", "publisher", "section", "date", "paywalled")


def main() -> None:
    args = sys.argv[1:]
    vs_traf = "--vs-trafilatura" in args
    args = [a for a in args if a != "--vs-trafilatura"]
    roots = [Path(a) for a in args] or [Path("fixtures")]
    pairs: dict[str, list[tuple[str, str]]] = {"cleaner": [], "trafilatura": []}
    cases = sorted(p.parent for r in roots for p in r.rglob("truth.yaml"))
    right = dict.fromkeys(FIELDS, 0)
    got_n = want_n = hit = 0
    cap_want = cap_hit = cap_extra = 0
    exact = 0
    n_skipped = 0
    for case in cases:
        truth = yaml.safe_load((case / "truth.yaml").read_text("utf-8"))
        src = next(p for p in case.iterdir() if p.name.startswith("input."))
        try:
            art = cleaner.clean(src.read_bytes(), name=src.name)
        except cleaner.UnsupportedInputError as exc:
            print(f"  skipped {case}: {exc.problem}")
            n_skipped += 1
            continue
        d = art.to_dict()
        ok = True
        for f in FIELDS:
            want = truth.get(f) if f != "authors" else (truth.get(f) or [])
            if d[f] == want:
                right[f] += 1
            else:
                ok = False
        body = [p.strip() for p in truth.get("body") or []]
        if vs_traf:
            import trafilatura

            raw = src.read_bytes()
            pairs["cleaner"].append(("\n".join(body), art.text))
            pairs["trafilatura"].append(("\n".join(body), trafilatura.extract(raw) or ""))
        got = [
            r
            for p in art.parts
            if p.kind != "caption"
            for r in (p.text.split("\n") if p.kind == "table" else [p.text])
        ]
        got_n += len(got)
        want_n += len(body)
        hit += sum(1 for p in got if p in body)
        caps = [{"text": c["text"], "credit": c.get("credit")} for c in truth.get("captions") or []]
        cap_want += len(caps)
        cap_hit += sum(1 for c in caps if c in art.captions)
        cap_extra += sum(1 for c in art.captions if c not in caps)
        ok = ok and got == body and art.captions == caps
        exact += ok
    n = len(cases) - n_skipped
    print(f"{n} cases, {exact} exactly right")
    for f in FIELDS:
        print(f"  {f:<10} {right[f]}/{n}")
    prec = hit / got_n if got_n else 1.0
    rec = hit / want_n if want_n else 1.0
    print(
        f"  body paragraphs: precision {prec:.3f} ({got_n - hit} not article text), recall {rec:.3f} ({want_n - hit} missing of {want_n})"
    )
    print(f"  captions with credit: {cap_hit}/{cap_want} found, {cap_extra} false captions")
    if vs_traf:
        from scrapinghub import summarise  # same directory: the same metric

        for tool, ps in pairs.items():
            m = summarise(ps)
            print(f"  body shingles {tool:<12} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")


if __name__ == "__main__":
    main()
