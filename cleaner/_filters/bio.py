"""``bio``: the author's name and biography printed again after the article.

Runs after ``masthead`` (which found the authors). A line that is only an
author's name, or that opens with the full name and a biography verb
("Jane Doe covers science for ..."), is author chrome, not article text:
reporters do not write about themselves by full name in their own story.
"""

from __future__ import annotations

import re

from .._model import Document, Role
from .._pipeline import Filter
from ._common import article_start

NAME = "bio"
_VERBS = (
    r"(?:is|was|covers|covered|writes|wrote|reports|reported|has (?:covered|written|reported|been)|"
    r"joined|contributed|edits|leads|is a|is an|is the|serves|focuses|specializes|specialises|"
    r"can be reached|tweets|lives|holds|teaches|received|receives|has received|does not|do not|"
    r"declares|consults|owns|works)"
)


def bio(doc: Document) -> None:
    authors = [a for a in doc.meta.get("authors") or [] if len(a.split()) >= 2]
    if not authors:
        return
    names = "|".join(re.escape(a) for a in sorted(authors, key=len, reverse=True))
    only = re.compile(rf"(?:{names})[.:]?")
    lead = re.compile(rf"(?:{names}),? (?:\([^)]*\) )?{_VERBS}\b")
    start = article_start(doc)
    for b in doc.blocks[start:]:
        if b.role is not Role.UNKNOWN:
            continue
        if only.fullmatch(b.text):
            b.label(Role.NAV, NAME, "the author's name printed again after the article")
        elif b.words <= 80 and lead.match(b.text):
            b.label(Role.NAV, NAME, "author biography (opens with the author's full name)")


FILTER = Filter(NAME, bio, "the author's name and biography printed again with the article")
