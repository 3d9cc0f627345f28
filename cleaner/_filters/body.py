"""``body``: what no filter claimed becomes the article body, inside its span.

The article spans from the first to the last body-like paragraph. Unclaimed
lines inside it are body (kept even when short: precision first). After it,
sentence-like lines before any rail or paywall are still body; short
fragments are chrome.
"""

from __future__ import annotations

from .._model import Document, Role
from .._pipeline import Filter
from ._common import body_like, ends_sentence

NAME = "body"
_ENDERS = frozenset({Role.PAYWALL, Role.RELATED})


def body(doc: Document) -> None:
    blocks = doc.blocks
    if doc.kind == "html":
        # the content filter already chose the container: what no filter claimed is the article
        for b in blocks:
            if b.role is Role.UNKNOWN:
                b.label(Role.BODY, NAME, "inside the main content")
        return
    idx = [i for i, b in enumerate(blocks) if b.role is Role.UNKNOWN and body_like(b, min_words=8)]
    if not idx:
        idx = [
            i
            for i, b in enumerate(blocks)
            if b.role is Role.UNKNOWN and ends_sentence(b.text) and b.words >= 4
        ]
    if not idx:
        for b in blocks:
            if b.role is Role.UNKNOWN:
                b.label(Role.NAV, NAME, "no article text on the page")
        return
    first, last = idx[0], idx[-1]
    ended = False
    for i, b in enumerate(blocks):
        if i > last and b.role in _ENDERS:
            ended = True
        if b.role is not Role.UNKNOWN:
            continue
        if first <= i <= last:
            b.label(Role.BODY, NAME, "inside the article span")
        elif i < first:
            b.label(Role.NAV, NAME, "before the article")
        elif not ended and ends_sentence(b.text) and b.words >= 3:
            b.label(Role.BODY, NAME, "sentence after the last long paragraph, before any rail or wall")
        else:
            where = "after the end of the article" if ended else "fragment after the article"
            b.label(Role.NAV, NAME, where)


FILTER = Filter(NAME, body, "label what is left inside the article span as body")
