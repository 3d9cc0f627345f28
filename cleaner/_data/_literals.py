"""Required literals of a regular expression, for cheap pre-filtering.

``required_literals(pattern)`` returns a set of strings such that every match
of the pattern contains at least one of them, or None when no such set can be
proved (then the pattern must always be tried). Used to skip a regex search on
lines that cannot match it.
"""

from __future__ import annotations

import sys
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser as _p
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

_MIN = 3  # literals shorter than this filter nothing useful


def _seq(items: Any) -> set[str] | None:
    """Best literal set for a sequence: a literal run, or the best sub-element."""
    best: set[str] | None = None
    run: list[str] = []

    def score(s: set[str]) -> int:
        return min(len(x) for x in s)

    def consider(cand: set[str] | None) -> None:
        nonlocal best
        if cand and all(len(x) >= _MIN for x in cand) and (best is None or score(cand) > score(best)):
            best = cand

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is _c.SUBPATTERN:
            consider(_seq(av[-1]))
        elif op is _c.BRANCH:
            alts = [_seq(b) for b in av[1]]
            if all(a for a in alts):
                consider(set().union(*alts))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            consider(_seq(av[2]))
    consider({"".join(run)} if run else None)
    return best


def required_literals(pattern: str) -> set[str] | None:
    try:
        parsed = _p.parse(pattern)
    except Exception:  # pragma: no cover - compiled elsewhere first
        return None
    return _seq(parsed.data)


def first_chars(pattern: str) -> frozenset[str] | None:
    """Characters a match of ``pattern`` can start with, or None if unknown/any."""
    try:
        parsed = _p.parse(pattern)
    except Exception:  # pragma: no cover
        return None
    return _first(parsed.data)


def _first(items: Any) -> frozenset[str] | None:
    for op, av in items:
        if op is _c.AT:
            continue  # \b, ^: zero width
        if op is _c.LITERAL:
            return frozenset(chr(av))
        if op is _c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is _c.LITERAL:
                    chars.add(chr(iav))
                elif iop is _c.RANGE and iav[1] - iav[0] < 128:
                    chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:
                    return None
            return frozenset(chars)
        if op is _c.SUBPATTERN:
            return _first(av[-1].data if hasattr(av[-1], "data") else av[-1])
        if op is _c.BRANCH:
            out: set[str] = set()
            for b in av[1]:
                f = _first(b.data if hasattr(b, "data") else b)
                if f is None:
                    return None
                out |= f
            return frozenset(out)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            body = av[2].data if hasattr(av[2], "data") else av[2]
            f = _first(body)
            if av[0] >= 1:
                return f
            return None  # optional prefix: the match may start later
        return None
    return None
