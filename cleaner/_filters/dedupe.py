"""``dedupe``: chrome lines printed twice (a logo's alt text and the name)."""

from __future__ import annotations

import re
from collections import Counter

from .._model import Block, Decision, Document, Role
from .._pipeline import Filter
from ._common import article_start, body_like, ends_sentence
from ._meta import name_shaped

NAME = "dedupe"
_MAX_WORDS = 12


def dedupe(doc: Document) -> None:
    seen: dict[str, int] = {}
    prev_norm: str | None = None
    for i, b in enumerate(doc.blocks):
        n = b.norm
        if b.role is Role.UNKNOWN and n in seen:
            first = doc.blocks[seen[n]]
            adjacent = prev_norm == n
            short_chrome = b.words <= _MAX_WORDS and not ends_sentence(b.text)
            if adjacent or (short_chrome and first.dropped):
                how = "right after" if adjacent else "already dropped at"
                b.label(Role.DUPLICATE, NAME, f"repeats the line {how} {first.span}")
            elif short_chrome:
                b.note(NAME, f"repeats {first.span} but might be article text; kept")
        seen.setdefault(n, i)
        prev_norm = n


_MAX_BLOCKS = 5000
_QUOTE_EDGES = " \"'“”‘’«»"


def pullquotes(doc: Document) -> None:
    """A short line that repeats words of a longer paragraph is a pull quote."""
    blocks = doc.blocks
    start = article_start(doc)
    longs = [b for b in blocks[start:] if b.role is Role.UNKNOWN and b.words >= 15 and body_like(b)]
    if not longs:
        return
    if len(blocks) > _MAX_BLOCKS:
        doc.trace.append(
            Decision("pullquotes", "keep", f"{len(blocks)} blocks: too many to compare, skipped")
        )
        return
    joined = "\n".join(b.norm for b in longs)  # one substring search per candidate
    same = Counter(b.norm for b in longs)
    for i in range(start + 1, len(blocks)):  # pull quotes stand inside the article
        b = blocks[i]
        if b.role is not Role.UNKNOWN or not 4 <= b.words <= 40:
            continue
        core = b.norm.strip(_QUOTE_EDGES + ".,;:")
        said = _QUOTE_THEN_NAME.match(b.norm)
        if said and said.group(2).count(" ") < 6 and not ends_sentence(said.group(2)):
            core = said.group(1).strip(_QUOTE_EDGES + ".,;:")  # the quote, its speaker after it
        if len(core) < 20:
            continue
        if b.kind == "heading" and len(core.split()) < 8:
            # a subheading quoting a few words said further down ('‘A whole season of
            # payroll’') heads its part of the article; pull quotes run longer
            if joined.count(core):
                b.note("pullquotes", "a subheading quoting words of a paragraph: kept as a heading")
            continue
        # inside a different, longer paragraph; a paragraph printed twice is not a pull quote
        if joined.count(core) > same.get(core, 0) + same.get(b.norm, 0) * (core != b.norm):
            b.label(
                Role.DUPLICATE, "pullquotes", "repeats words of a paragraph of the article (a pull quote)"
            )
            if i + 1 < len(blocks) and _attribution(b, blocks[i + 1]):
                blocks[i + 1].label(Role.DUPLICATE, "pullquotes", "the pull quote's attribution, in its box")


# "'if the app is down, are we criminals?' abdul hendricks skipper" (normalised quotes)
_QUOTE_THEN_NAME = re.compile(r"""^['"](.{20,}?)['"]\s*[-—–,]?\s*([^'"]{3,60})$""")


def _attribution(quote: Block, nb: Block) -> bool:
    """'— Marisol Bencomo, Sonoma County' or 'Corinne Haskell, Eastern Maine Electric
    Cooperative' under a pull quote, in the quote's own box: who said it, not article text."""
    if nb.role is not Role.UNKNOWN or nb.words > 12 or ends_sentence(nb.text):
        return False
    qa, na = quote.meta.get("anc") or (), nb.meta.get("anc") or ()
    if not qa or not any(a in na for a in qa[-2:]):
        return False  # (text path, or another box)
    text = nb.text.strip()
    if text[:1] in "—–-―":
        return True
    return name_shaped(text.split(",")[0].strip()) and "," in text


FILTER = Filter(NAME, dedupe, "repeated chrome lines (logo text + name, repeated menus)")
PULLQUOTES = Filter("pullquotes", pullquotes, "pull quotes: short lines repeating a sentence of the article")
