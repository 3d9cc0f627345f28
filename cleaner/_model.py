"""The data model every stage shares: a Document made of Blocks.

A reader turns input into a :class:`Document`; filters only *label* blocks
(set a role and record a :class:`Decision`) or *repair* their text (also
recorded). Nothing is ever deleted: a dropped block keeps its text, its
source span and the decision that dropped it, so ``--explain`` can show it.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any


class Role(str, enum.Enum):
    """What a block is. ``UNKNOWN`` until a filter decides."""

    UNKNOWN = "unknown"
    BODY = "body"
    TITLE = "title"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    PUBLISHER = "publisher"
    SECTION = "section"
    DATE = "date"
    CAPTION = "caption"
    CREDIT = "credit"
    PROMO = "promo"
    PAYWALL = "paywall"
    RELATED = "related"
    NAV = "nav"
    DUPLICATE = "duplicate"

    def __str__(self) -> str:  # pragma: no cover - cosmetic
        return self.value


#: Roles whose blocks are not part of the rendered article at all.
DROPPED_ROLES = frozenset({Role.PROMO, Role.PAYWALL, Role.RELATED, Role.NAV, Role.DUPLICATE})


@dataclass(frozen=True)
class Decision:
    """One traced decision: which filter did what to a block, and why."""

    filter: str
    action: str  # "label", "repair", "keep" (looked, was unsure, kept)
    reason: str
    role: Role | None = None
    before: str | None = None  # text before a repair


@dataclass(frozen=True, slots=True)
class Span:
    """Where a block came from: 1-based inclusive line numbers, or a DOM path."""

    start: int = 0
    end: int = 0
    path: str | None = None

    def __str__(self) -> str:
        if self.path:
            return self.path
        if self.start == self.end:
            return f"line {self.start}"
        return f"lines {self.start}-{self.end}"


@dataclass(slots=True)
class Block:
    """A unit of content: a line of a text copy, or an element of a page."""

    text: str
    kind: str = "paragraph"  # paragraph, heading, list_item, quote, figure, line...
    span: Span = field(default_factory=Span)
    role: Role = Role.UNKNOWN
    meta: dict[str, Any] = field(default_factory=dict)
    trace: list[Decision] = field(default_factory=list)
    _norm: str | None = field(default=None, repr=False, compare=False)
    _words: int = field(default=-1, repr=False, compare=False)
    #: memo of text-derived facts (body-likeness...); cleared when the text changes
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def dropped(self) -> bool:
        return self.role in DROPPED_ROLES

    @property
    def norm(self) -> str:
        """Lower-cased text with typographic quotes folded and spaces squeezed.

        Cached; invalidated by :meth:`set_text`.
        """
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    @property
    def words(self) -> int:
        if self._words < 0:
            self._words = len(self.text.split())
        return self._words

    def set_text(self, text: str, filter_name: str, reason: str) -> None:
        """Repair the block's text, keeping the old text in the trace."""
        if text == self.text:
            return
        self.trace.append(Decision(filter_name, "repair", reason, before=self.text))
        self.text = text
        self._norm = None
        self._words = -1
        self.cache.clear()

    def label(self, role: Role, filter_name: str, reason: str) -> None:
        self.role = role
        self.trace.append(Decision(filter_name, "label", reason, role=role))

    def note(self, filter_name: str, reason: str) -> None:
        """Record that a filter looked, was unsure, and kept the block as it is."""
        self.trace.append(Decision(filter_name, "keep", reason))

    @property
    def last_label(self) -> Decision | None:
        for d in reversed(self.trace):
            if d.action == "label":
                return d
        return None


_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
    }
)


_FOLD = tuple((chr(k), v) for k, v in _QUOTES.items())


_NOT_IDEOGRAPHIC_WS = re.compile(r"[^\S\u3000]+")


def squash_title(text: str) -> str:
    """Collapse a headline's whitespace but keep the ideographic space, which Japanese and
    Chinese headlines set between phrases on purpose ('…全面改修へ\u3000屋根に…')."""
    return _NOT_IDEOGRAPHIC_WS.sub(" ", text).strip(" \u3000")


def squash(text: str) -> str:
    """Letters and digits only, lower case: 'The Tyee', '/@TheTyee' and 'thetyee' agree."""
    return "".join(c for c in text.lower() if c.isalnum())


def normalize(text: str) -> str:
    """Fold case, typographic quotes, dashes and whitespace for matching."""
    if not text.isascii():
        for ch, rep in _FOLD:  # str.replace is far faster than a dict-based translate
            if ch in text:
                text = text.replace(ch, rep)
    return " ".join(text.lower().split())


@dataclass
class Document:
    """The input as a sequence of blocks plus what filters learned about it."""

    blocks: list[Block]
    source: str = "<string>"
    kind: str = "text"  # "text" or "html"
    url: str | None = None
    profile: Any = None  # a cleaner.profiles.Profile, or None for generic
    meta: dict[str, Any] = field(default_factory=dict)
    trace: list[Decision] = field(default_factory=list)  # document-level decisions
    #: metadata the input itself states (cleaner's own front matter): filters keep it
    given: dict[str, Any] = field(default_factory=dict)

    def live(self) -> list[Block]:
        """Blocks not dropped so far, in order."""
        return [b for b in self.blocks if not b.dropped]

    def unlabeled(self) -> list[Block]:
        return [b for b in self.blocks if b.role is Role.UNKNOWN]

    def by_role(self, role: Role) -> list[Block]:
        return [b for b in self.blocks if b.role is role]

    def set_meta(self, key: str, value: Any, filter_name: str, reason: str) -> None:
        if key in self.given:
            self.trace.append(Decision(filter_name, "meta", f"{key}: kept the given {self.given[key]!r}"))
            return
        self.meta[key] = value
        self.trace.append(Decision(filter_name, "meta", f"{key}={value!r}: {reason}"))
