"""``profile``: decide which site profile (aggregator) the page comes from."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._model import Decision, Document, normalize
from .._pipeline import Filter
from .._profiles import Profile, all_profiles
from ._common import has_phrase

NAME = "profile"
_MIN_HITS = 2  # distinct fingerprints needed to recognise a site from text alone

# names too common to count as a logo line ("News" is also a section label)
_GENERIC_NAMES = frozenset({"news", "news+", "apple", "google", "ground", "amp", "close"})
_INDEX: dict[int, tuple[dict[str, set[str]], dict[str, set[str]]]] = {}


def _index(profiles: Mapping[str, Profile]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Who owns each fingerprint phrase and each logo name."""
    key = id(profiles)
    if key not in _INDEX:
        owners: dict[str, set[str]] = {}
        logos: dict[str, set[str]] = {}
        for prof in profiles.values():
            for fp in prof.fingerprints:
                owners.setdefault(fp, set()).add(prof.name)
            for n in (prof.display_name, *prof.aggregator_names):
                if normalize(n) not in _GENERIC_NAMES:
                    logos.setdefault(normalize(n), set()).add(prof.name)
        _INDEX.clear()
        _INDEX[key] = (owners, logos)
    return _INDEX[key]


_LINE_RX: dict[str, re.Pattern[str] | None] = {}


def _line_patterns(prof: Profile) -> re.Pattern[str] | None:
    key = f"{prof.name}\0{prof.origin}"
    if key not in _LINE_RX:
        pats = prof.first_line_patterns
        _LINE_RX[key] = re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None
    return _LINE_RX[key]


def detect_html_profile(
    root: Any, url: str | None, meta: Mapping[str, Any], text: str | None = None
) -> tuple[Profile | None, str]:
    """The aggregator a parsed page comes from: URL hosts, site name, DOM fingerprint."""
    from .._readers._htmlsel import matches_any

    profiles = all_profiles()
    for u in (*meta.get("urls", ()), url):
        for prof in profiles.values():
            if prof.matches_url(u):
                return prof, f"{prof.name}: URL {u} matches its hosts"
    tags = meta.get("meta", {})
    for key in ("og:site_name", "application-name", "twitter:site"):
        for val in tags.get(key, ()):
            for prof in profiles.values():
                if prof.is_aggregator_name(val.lstrip("@")):
                    return prof, f"{prof.name}: {key} {val!r} is the aggregator's name"
    # a profile's own markup first; then the kind of document it reads ("an AMP page"),
    # which another profile's page might also be
    for key in ("fingerprint", "fallback_fingerprint"):
        for prof in profiles.values():
            fps = prof.html.get(key) if prof.html else None
            if fps:
                sel = matches_any(root, [fps] if isinstance(fps, str) else list(fps), text)
                if sel:
                    return prof, f"{prof.name}: the page has its markup ({sel!r})"
    return None, "generic: no profile recognised"


def detect_profile(doc: Document) -> None:
    if doc.profile is not None:
        why = doc.meta.get("profile_reason") or f"given: {doc.profile.name}"
        doc.trace.append(Decision(NAME, "meta", why))
        return
    if doc.kind == "html":
        doc.trace.append(Decision(NAME, "meta", "generic: no profile recognised"))
        return
    profiles = all_profiles()
    given = doc.meta.get("given_profile")
    if given is not None:
        doc.profile = profiles.get(str(given))
        doc.trace.append(Decision(NAME, "meta", f"given by the input's front matter: {given}"))
        return
    for prof in profiles.values():
        if prof.matches_url(doc.url):
            doc.profile = prof
            doc.trace.append(Decision(NAME, "meta", f"{prof.name}: URL {doc.url} matches its hosts"))
            return
    # Only short lines are chrome; an article that mentions a site must not match it.
    short = [b.norm for b in doc.blocks if b.words <= 30]
    if len(short) > 80:  # chrome sits at the edges of a page
        short = short[:40] + short[-40:]
    owners, logos = _index(profiles)
    hits: dict[str, set[str]] = {}
    text = "\n".join(short)
    for fp, names in owners.items():
        # substring test first (fast), then the word-boundary check for the few that pass
        if has_phrase(text, fp):
            for name in names:
                hits.setdefault(name, set()).add(fp)
    # the site's own name standing alone on a line (its logo) counts double
    for line in short:
        for name in logos.get(line.strip(" .:|"), ()):
            hits.setdefault(name, set()).update({line, f"{line} (logo line)"})
    # a profile's line patterns (an AMP viewer's domain bar) on the first lines count double
    for prof in profiles.values():
        rx_lines = _line_patterns(prof)
        if rx_lines is not None:
            for b in doc.blocks[:3]:
                if rx_lines.fullmatch(b.norm):
                    hits.setdefault(prof.name, set()).update({b.norm, f"{b.norm} (first lines)"})
    ranked = sorted(hits.items(), key=lambda kv: len(kv[1]), reverse=True)
    if (
        ranked
        and len(ranked[0][1]) >= _MIN_HITS
        and (len(ranked) == 1 or len(ranked[1][1]) < len(ranked[0][1]))
    ):
        name, found = ranked[0]
        doc.profile = profiles[name]
        listed = ", ".join(sorted(found))
        doc.trace.append(Decision(NAME, "meta", f"{name}: {len(found)} fingerprints in the text ({listed})"))
    else:
        doc.trace.append(Decision(NAME, "meta", "generic: no profile recognised"))


FILTER = Filter(
    NAME,
    detect_profile,
    "pick the site profile from the URL host or fingerprints in the page text",
)
