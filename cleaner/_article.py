"""The result of cleaning: an Article built from a labelled Document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._model import DROPPED_ROLES, Block, Document, Role


@dataclass(frozen=True)
class Part:
    """A piece of the article in reading order: body text or a caption."""

    kind: str  # "paragraph", "heading", "list_item", "quote", "pre", "table", "caption"
    text: str
    credit: str | None = None
    md: str | None = None  # markdown of the part as the page marked it up (HTML input)
    level: int = 0  # heading level, or list nesting depth
    num: int = 0  # number of an ordered list item


@dataclass
class Article:
    """What cleaner extracted from one page. ``to_dict()`` gives the JSON form."""

    source: str
    kind: str
    profile: str
    url: str | None
    title: str | None
    authors: list[str]
    publisher: str | None
    section: str | None
    date: str | None
    language: str | None
    paywalled: bool
    standfirst: list[str]
    parts: list[Part]
    removed: list[dict[str, str]]
    document: Document = field(repr=False, compare=False)
    warnings: list[str] = field(default_factory=list)

    # -- views ------------------------------------------------------------------
    @property
    def paragraphs(self) -> list[str]:
        return [p.text for p in self.parts if p.kind != "caption"]

    @property
    def text(self) -> str:
        """The body alone: plain text, paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)

    @property
    def captions(self) -> list[dict[str, str | None]]:
        return [{"text": p.text, "credit": p.credit} for p in self.parts if p.kind == "caption"]

    def to_markdown(self, captions: str = "inline") -> str:
        from ._render import to_markdown

        return to_markdown(self, captions=captions)

    def to_text(self) -> str:
        return self.text + ("\n" if self.text else "")

    def to_dict(self, captions: str = "inline") -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "profile": self.profile,
            "url": self.url,
            "title": self.title,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "section": self.section,
            "date": self.date,
            "language": self.language,
            "paywalled": self.paywalled,
            "text": self.text,
            "markdown": self.to_markdown(captions=captions),
            "captions": self.captions,
            "removed": list(self.removed),
        }

    def explain(self) -> list[dict[str, str]]:
        """Every traced decision that removed or changed something, in page order: removed
        lines, lines that became a field (title, byline, …: action ``metadata``), repairs,
        and blocks a filter was unsure about and kept."""
        out: list[dict[str, str]] = []
        for b in self.document.blocks:
            for d in b.trace:
                if d.action == "repair":
                    out.append(
                        {
                            "action": "repair",
                            "filter": d.filter,
                            "reason": d.reason,
                            "where": str(b.span),
                            "text": b.text,
                        }
                    )
                elif d.action == "keep":
                    out.append(
                        {
                            "action": "kept",
                            "filter": d.filter,
                            "reason": d.reason,
                            "where": str(b.span),
                            "text": b.text,
                        }
                    )
            if b.role in _META_ROLES:  # the line left the body to become a field
                last = b.last_label
                out.append(
                    {
                        "action": "metadata",
                        "filter": last.filter if last else "?",
                        "reason": f"{b.role.value}: {last.reason}" if last else b.role.value,
                        "where": str(b.span),
                        "text": b.text,
                    }
                )
            if b.dropped:
                last = b.last_label
                out.append(
                    {
                        "action": "removed",
                        "filter": last.filter if last else "?",
                        "reason": last.reason if last else "",
                        "where": str(b.span),
                        "text": b.text,
                    }
                )
        return out


_PART_KINDS = frozenset({"heading", "list_item", "quote", "pre", "table"})
_META_ROLES = frozenset({Role.TITLE, Role.BYLINE, Role.PUBLISHER, Role.SECTION, Role.DATE, Role.STANDFIRST})


def build_article(doc: Document, *, language: str | None = None) -> Article:
    parts: list[Part] = []
    removed: list[dict[str, str]] = []
    standfirst: list[str] = []
    for b in doc.blocks:
        if b.role is Role.BODY:
            kind = b.kind if b.kind in _PART_KINDS else "paragraph"
            m = b.meta
            level = int(m.get("level") or m.get("depth") or 0)
            parts.append(Part(kind, b.text, None, m.get("md"), level, int(m.get("num") or 0)))
        elif b.role is Role.CAPTION:
            parts.append(Part("caption", str(b.meta.get("caption", b.text)), b.meta.get("credit")))
        elif b.role is Role.STANDFIRST:
            standfirst.append(b.text)
        elif b.role in DROPPED_ROLES:
            removed.append(_removed(b))
    meta = doc.meta
    prof = doc.profile
    body_text = "\n\n".join(p.text for p in parts if p.kind != "caption")
    if language is None:
        from ._lang import guess_language

        language = guess_language(body_text)
    art = Article(
        source=doc.source,
        kind=doc.kind,
        profile=prof.name if prof is not None else "generic",
        url=doc.url,
        title=meta.get("title"),
        authors=list(meta.get("authors") or []),
        publisher=meta.get("publisher"),
        section=meta.get("section"),
        date=meta.get("date"),
        language=language,
        paywalled=bool(meta.get("paywalled", False)),
        standfirst=standfirst,
        parts=parts,
        removed=removed,
        document=doc,
    )
    if not body_text:
        art.warnings.append("no article text found")
    return art


def _removed(b: Block) -> dict[str, str]:
    last = b.last_label
    return {"text": b.text, "filter": last.filter if last else "?", "reason": last.reason if last else ""}
