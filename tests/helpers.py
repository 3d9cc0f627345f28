"""Small helpers for unit tests: run the pipeline on a few lines."""

from __future__ import annotations

import cleaner
from cleaner import Article, Role


def run(text: str, **kw: object) -> Article:
    return cleaner.clean(text, kind="text", **kw)  # type: ignore[arg-type]


def role_of(article: Article, needle: str) -> Role:
    for b in article.document.blocks:
        if needle in b.text:
            return b.role
    raise AssertionError(f"no block contains {needle!r}")


BODY = (
    "The council said on Tuesday that the new bridge would open to traffic next spring, "
    "two years later than first planned, after engineers found problems with the foundations."
)
BODY2 = (
    "Residents have complained for months about the detour, which adds up to twenty minutes "
    "to the journey into town, and local businesses say they have lost trade as a result."
)
BODY3 = (
    "A spokesperson for the contractor said the company regretted the delay and was working "
    "closely with the council to make sure the work was finished safely and on budget."
)


def page(*middle: str, title: str = "Bridge opening delayed again after foundation problems found") -> str:
    """A minimal copied page: headline, byline, three body paragraphs around ``middle``."""
    parts = [title, "By Jane Doe", BODY, *middle, BODY2, BODY3]
    return "\n\n".join(parts) + "\n"
