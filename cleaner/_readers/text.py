"""Plain-text reader: a page copied from a browser, one block per line.

Blank lines are not blocks; each line remembers how many blank lines stood
before it (``meta["gap"]``) so that repair filters can tell a hard-wrapped
paragraph (no gap) from the next paragraph (a gap).
"""

from __future__ import annotations

import re

from .._model import Block, Document, Span

#: control characters and zero-width marks: never content, dropped by every reader
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
# only what needs changing: odd spaces and runs (a single space is left alone)
_SPACES = re.compile(
    r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*| {2,}"
)
#: a list item's marker; ``num`` is set for numbered items (the renderer uses it too)
LIST_MARK = re.compile(r"^(?:[-*\u2022\u25cf\u25aa\u2023]|(?P<num>\d{1,3})[.)])\s+")


def read_text(text: str, *, source: str = "<string>", url: str | None = None) -> Document:
    """Split copied page text into line blocks with their source line numbers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", CONTROL.sub("", text))
    blocks: list[Block] = []
    gap = 0
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            gap += 1
            continue
        kind = "list_item" if LIST_MARK.match(line) else "line"
        blocks.append(
            Block(text=line, kind=kind, span=Span(lineno, lineno), meta={"gap": gap if blocks else 1})
        )
        gap = 0
    return Document(blocks=blocks, source=source, kind="text", url=url)
