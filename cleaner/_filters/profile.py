"""``profile``: decide which site profile (aggregator) the page comes from."""

from __future__ import annotations

import functools
import re

from .._model import Document, normalize
from .._pipeline import Filter
from .._profiles import Profile, all_profiles

NAME = "profile"
_MIN_HITS = 2  # distinct fingerprints needed to recognise a site from text alone


@functools.lru_cache(maxsize=256)
def _fingerprint_re(fingerprints: tuple[str, ...]) -> re.Pattern[str] | None:
    if not fingerprints:
        return None
    alts = "|".join(re.escape(f) for f in sorted(fingerprints, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])")


def _text_hits(prof: Profile, chrome_text: str, lines: frozenset[str]) -> set[str]:
    rx = _fingerprint_re(prof.fingerprints)
    hits = set(rx.findall(chrome_text)) if rx else set()
    # the site's own name standing alone on a line (its logo) counts double
    for name in {normalize(n) for n in (prof.display_name, *prof.aggregator_names)}:
        if name in lines:
            hits.update({name, f"{name} (logo line)"})
    return hits


def detect_profile(doc: Document) -> None:
    if doc.profile is not None:
        doc.trace.append(_decision(f"given: {doc.profile.name}"))
        return
    profiles = all_profiles()
    for prof in profiles.values():
        if prof.matches_url(doc.url):
            doc.profile = prof
            doc.trace.append(_decision(f"{prof.name}: URL {doc.url} matches its hosts"))
            return
    # Only short lines are chrome; an article that mentions a site must not match it.
    short = [b.norm for b in doc.blocks if b.words <= 30]
    chrome_text = "\n".join(short)
    lines = frozenset(n.strip(" .:|") for n in short)
    best: tuple[int, str, Profile | None] = (0, "", None)
    tie = False
    for prof in profiles.values():
        hits = _text_hits(prof, chrome_text, lines)
        if len(hits) > best[0]:
            best, tie = (len(hits), ", ".join(sorted(hits)), prof), False
        elif hits and len(hits) == best[0]:
            tie = True
    count, hits_s, chosen = best
    if chosen is not None and count >= _MIN_HITS and not tie:
        doc.profile = chosen
        doc.trace.append(_decision(f"{chosen.name}: {count} fingerprints in the text ({hits_s})"))
    else:
        doc.trace.append(_decision("generic: no profile recognised"))


def _decision(reason: str):  # type: ignore[no-untyped-def]
    from .._model import Decision

    return Decision(NAME, "meta", reason)


FILTER = Filter(
    NAME,
    detect_profile,
    "pick the site profile from the URL host or fingerprints in the page text",
)
