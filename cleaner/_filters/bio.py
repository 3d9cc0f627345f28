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
from ._common import article_start, heading_box, lines_in_box

NAME = "bio"
_VERBS = (
    r"(?:is|was|covers|covered|writes|wrote|reports|reported|has (?:covered|written|reported|been)|"
    r"joined|contributed|edits|leads|is a|is an|is the|serves|focuses|specializes|specialises|"
    r"can be reached|tweets|lives|holds|teaches|received|receives|has received|does not|do not|"
    r"declares|consults|owns|works)"
)


# "About the authors" over the bios, in the languages seen on news pages
_ABOUT = re.compile(
    r"(?:about the (?:authors?|writers?|reporters?)|about (?:the )?contributors?|meet the (?:authors?|reporters?)|"
    r"(?:über|ueber) (?:die|den) (?:autorin(?:nen)?|autor(?:en)?)|à propos de l['’](?:auteure?|autrice)|"
    r"(?:sobre|acerca de) (?:el|la|los|las) (?:autor(?:a|es|as)?)|sull['’]autore|sobre o autor|om skribenten|"
    r"over de auteur|著者について|筆者紹介|プロフィール)",
    re.IGNORECASE,
)
_BIO_LINES = 6
_BIO_WORDS = 80


def bio(doc: Document) -> None:
    _about_boxes(doc)
    authors = [a for a in doc.meta.get("authors") or [] if len(a.split()) >= 2]
    if not authors:
        return
    names = "|".join(re.escape(a) for a in sorted(authors, key=len, reverse=True))
    only = re.compile(rf"(?:{names})[.:]?")
    lead = bio_lead(authors)
    start = article_start(doc)
    for b in doc.blocks[start:]:
        if b.role is not Role.UNKNOWN:
            continue
        if only.fullmatch(b.text):
            b.label(Role.NAV, NAME, "the author's name printed again after the article")
        elif b.words <= 80 and lead.match(b.text):
            b.label(Role.NAV, NAME, "author biography (opens with the author's full name)")


def bio_lead(authors: list[str]) -> re.Pattern[str]:
    """A line opening with one of the full names and a biography verb ('Jane Doe covers …')."""
    names = "|".join(re.escape(a) for a in sorted(authors, key=len, reverse=True))
    return re.compile(rf"(?:{names}),? (?:\([^)]*\) )?{_VERBS}\b")


def _about_boxes(doc: Document) -> None:
    """'About the Authors' after the article, and the short bios in its box."""
    blocks = doc.blocks
    for i in range(article_start(doc) + 1, len(blocks)):
        b = blocks[i]
        if b.role is not Role.UNKNOWN or b.words > 6 or not _ABOUT.fullmatch(b.text.strip(" :")):
            continue
        box = heading_box(doc, b)
        lines = lines_in_box(blocks, i, box, _BIO_LINES, _BIO_WORDS) if box is not None else []
        if not lines:
            b.note(NAME, "an 'about the author' heading with no bio in its box; kept")
            continue
        b.label(Role.NAV, NAME, f"heading of the authors' bio box ({len(lines)} lines)")
        for nb in lines:
            nb.label(Role.NAV, NAME, f"author's bio under {b.text!r}")


FILTER = Filter(NAME, bio, "the author's name and biography printed again with the article")
