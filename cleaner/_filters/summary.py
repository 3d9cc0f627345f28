"""``summary``: a summary box above the article ("Summary by Ground News",
"Key points") and the short sentences listed under it.

The box is someone's digest of the article, not the article: its lines are
dropped. The box ends at the first blank line, at a long paragraph or after
eight lines, whichever comes first.
"""

from __future__ import annotations

import re

from .._model import Document, Role
from .._pipeline import Filter
from ._common import heading_box, lines_in_box

NAME = "summary"
_HEADING = re.compile(
    r"(?:(?:ai |article |story |quick )?(?:summary|insights|overview)(?: by .{1,40})?|key (?:points|takeaways|facts)|at a glance|"
    r"in brief|in short|the big picture|tl;?dr|highlights|what you need to know|the short version|"
    r"quick read|story highlights|key moments|why it matters|what to know|what we know|"
    r"what you should know|the essentials|"
    # the same boxes in other languages
    r"das wichtigste(?: in kürze)?|auf einen blick|l['’]essentiel|en bref|lo esencial|en resumen|"
    r"in sintesi|in breve|i korthet|kort fortalt|in het kort|em resumo|要点|ポイント)",
    re.IGNORECASE,
)
_MAX_LINES = 8
_MAX_WORDS = 45


def summary(doc: Document) -> None:
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.role not in (Role.UNKNOWN, Role.NAV) or b.words > 8:
            continue
        if not _HEADING.fullmatch(b.text.strip(" :")):
            continue
        box = heading_box(doc, b)
        if box is not None:  # a page: the lines inside the heading's box
            items = lines_in_box(blocks, i, box, _MAX_LINES, _MAX_WORDS)
        else:  # a copied text: the lines up to the first blank line
            items = []
            for nb in blocks[i + 1 : i + 1 + _MAX_LINES]:
                if nb.meta.get("gap", 1) != 0 or nb.role is not Role.UNKNOWN or nb.words > _MAX_WORDS:
                    break
                items.append(nb)
        if not items:
            b.note(NAME, "looks like a summary heading but nothing is listed under it; kept")
            continue
        b.label(Role.NAV, NAME, f"summary box heading ({len(items)} lines under it)")
        for nb in items:
            nb.label(Role.NAV, NAME, f"line of the summary box {b.text!r} ({b.span})")


FILTER = Filter(NAME, summary, "summary boxes above the article ('Summary by ...', 'Key points')")
