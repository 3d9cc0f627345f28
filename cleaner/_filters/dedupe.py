"""``dedupe``: chrome lines printed twice (a logo's alt text and the name)."""

from __future__ import annotations

from .._model import Document, Role
from .._pipeline import Filter
from ._common import ends_sentence

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


FILTER = Filter(NAME, dedupe, "repeated chrome lines (logo text + name, repeated menus)")
