"""``metadata``: what an HTML page states about itself, weighed and cleaned.

Sources, strongest first: the site profile's selectors (an aggregator shows
the original publisher in its own markup), JSON-LD (NewsArticle and
friends), OpenGraph / ``article:*`` / ``<meta>`` tags, the ``<title>``.
The aggregator is never the publisher: a JSON-LD publisher or og:site_name
that names the matched profile's site (or any known aggregator) is skipped
with a note. What is found is recorded as the page's own statement
(``doc.given``) so the text-level ``masthead`` filter labels header lines
without overriding it; what is missing it still fills from the text.
"""

from __future__ import annotations

import re
from typing import Any

from .._model import Decision, Document, normalize, squash_title
from .._pipeline import Filter
from .._readers._htmlmeta import ld_names
from ._common import ends_sentence
from ._meta import (
    _BY,
    _PAREN_TAIL,
    aggregator_edition,
    is_aggregator,
    is_date_line,
    name_shaped,
    parse_byline,
    parse_date,
    publisher_like,
    role_like,
)

NAME = "metadata"
_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)\b", re.I)
_TITLE_SEP = re.compile(r"\s+[|–—:·-]\s+|\s+[|·]\s*")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def metadata(doc: Document) -> None:
    html = doc.meta.get("html")
    if not isinstance(html, dict):
        return
    tags: dict[str, list[str]] = html.get("meta") or {}
    ld: list[dict[str, Any]] = html.get("jsonld") or []
    art = _main_ld(ld)
    marks: dict[str, list[str]] = html.get("marks") or {}
    prof = doc.profile

    def site_name(name: str) -> bool:
        """Exactly the aggregator's name ("Apple News"): never a headline."""
        return is_aggregator(name) or (prof is not None and prof.is_aggregator_name(name))

    def aggregator(name: str) -> bool:
        if site_name(name):
            return True
        return aggregator_edition(name)  # "Yahoo News UK": the aggregator's own edition

    body = art.get("articleBody") if art else None
    if isinstance(body, str) and body.strip():
        doc.meta["ld_body"] = body
    title, why = _title(art, tags, marks, html, site_name, aggregator)
    if title is None or site_name(title):
        h1 = next((b.text for b in doc.blocks if b.kind == "heading" and b.meta.get("level") == 1
                   and not b.meta.get("hidden") and not site_name(b.text) and b.words >= 3), None)  # fmt: skip
        if h1:
            title, why = h1, "the page's <h1> (the stated titles name only the site)"
    _give(doc, "title", title, why)
    pub, pub_why = _publisher(art, tags, marks, aggregator, doc)
    _give(doc, "publisher", pub, pub_why)
    if pub is None:  # weak, so not given: the header's own lines may still name the source
        raw = str(html.get("title_tag") or "")
        pub = _title_publisher(
            raw, normalize(str(doc.meta.get("title") or "")), aggregator
        ) or _edition_label(raw, aggregator)
        if pub:
            doc.meta["publisher"] = pub
            doc.trace.append(
                Decision(NAME, "meta", f"publisher={pub!r}: the one other name in the <title> beside the "
                         "headline and the aggregator (unless the header says otherwise)")
            )  # fmt: skip
    _give(doc, "authors", *_authors(art, tags, marks, pub, aggregator))
    _give(doc, "section", *_section(art, tags, marks))
    date, date_why, stated = _date(art, tags, marks, html.get("data_dates") or [])
    _give(doc, "date", date, date_why)
    utc = _UTC_INSTANT.search(stated)
    if utc:  # masthead may prefer the page's own local date a day off it
        doc.meta["date_utc_hour"] = int(utc.group(1))
    lang = html.get("lang")
    if lang:
        doc.meta["language"] = lang.split("-")[0].lower()[:3]


def _give(doc: Document, key: str, value: Any, why: str) -> None:
    if value in (None, "", []):
        doc.trace.append(
            Decision(NAME, "meta", f"{key}: nothing stated ({why})" if why else f"{key}: nothing stated")
        )
        return
    doc.meta[key] = value
    doc.given[key] = value
    doc.trace.append(Decision(NAME, "meta", f"{key}={value!r}: {why}"))


def _main_ld(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The article object: the one with a body or a headline, longest body first."""
    best = None
    best_len = -1
    for it in items:
        body = it.get("articleBody")
        n = len(body) if isinstance(body, str) else (0 if it.get("headline") else -1)
        if n > best_len:
            best, best_len = it, n
    return best


def _first(tags: dict[str, list[str]], *keys: str) -> tuple[str | None, str]:
    for k in keys:
        for v in tags.get(k, ()):
            if v.strip():
                return v.strip(), k
    return None, ""


def _title(
    art: dict[str, Any] | None,
    tags: dict[str, list[str]],
    marks: dict[str, list[str]],
    html: dict[str, Any],
    site_name: Any,
    aggregator: Any,
) -> tuple[str | None, str]:
    if marks.get("title"):
        return marks["title"][0], "the site profile's title selector"
    if art:
        for key in ("headline", "name"):
            v = art.get(key)
            if isinstance(v, str) and v.strip() and not site_name(v):
                return _strip_site(squash_title(v), tags, aggregator), f"JSON-LD {key}"
    for key in ("og:title", "twitter:title", "parsely-title", "dc.title"):
        for v in tags.get(key, ()):
            if v.strip() and not site_name(v) and not _edition_label(v, aggregator):
                return _strip_site(v, tags, aggregator), key
    t = html.get("title_tag")
    if t and not site_name(t) and not _edition_label(t, aggregator):
        return _strip_site(t, tags, aggregator), "<title>"
    return None, ""


def _edition_label(raw: str, aggregator: Any) -> str | None:
    """'PressReader - De Telegraaf - 2024-04-16': an edition's name and date, no headline
    (the name is returned: the publisher)."""
    rest, dated = _title_names(raw, aggregator)
    if dated and len(rest) == 1 and len(rest[0].split()) <= 5 and not ends_sentence(rest[0]):
        return rest[0]
    return None


def _title_names(raw: str, aggregator: Any) -> tuple[list[str], bool]:
    """The parts of a stated title that are neither the aggregator nor a date, and whether
    a date was among them."""
    parts = [p.strip() for p in _TITLE_SEP.split(" ".join(raw.split())) if p.strip()]
    rest = [p for p in parts if not aggregator(p) and not iso_date(p) and not is_date_line(p)]
    return rest, len(rest) < len([p for p in parts if not aggregator(p)])


def _strip_site(title: str, tags: dict[str, list[str]], aggregator: Any) -> str:
    """'Headline | Site Name' -> 'Headline' when the tail is a site's name (and
    'Aggregator | Headline' -> 'Headline')."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    if aggregator(parts[0]):
        m = _TITLE_SEP.search(title)
        if m and len(title[m.end() :].split()) >= 3:
            title = title[m.end() :]
            parts = _TITLE_SEP.split(title)
            if len(parts) < 2:
                return title
    site = normalize((tags.get("og:site_name") or [""])[0])
    tail = parts[-1]
    if normalize(tail) == site or aggregator(tail) or publisher_like(tail) or len(tail.split()) <= 3:
        head = title[: title.rfind(tail)].rstrip(" |–—:·-")
        if len(head.split()) >= 3:
            return head
    return title


def _publisher(
    art: dict[str, Any] | None,
    tags: dict[str, list[str]],
    marks: dict[str, list[str]],
    aggregator: Any,
    doc: Document,
) -> tuple[str | None, str]:
    skipped: list[str] = []
    # (a section's link under the publisher's page, '/publisher/the-athletic/mls', is no name)
    sections = {normalize(v) for v in tags.get("article:section", ())}
    if art and isinstance(art.get("articleSection"), str):
        sections.add(normalize(art["articleSection"]))
    for v in marks.get("publisher", ()):
        v = _BY.sub("", v).strip(" .:")
        if v and not aggregator(v) and normalize(v) not in sections:
            return v, "the site profile's publisher selector"
        skipped.append(v)
    cands: list[tuple[str, str]] = []
    if art:
        for key in ("publisher", "sourceOrganization", "provider"):
            cands.extend((n, f"JSON-LD {key}") for n in ld_names(art.get(key)))
    # (article:publisher is meant to be a Facebook page's address; a name there is the publisher)
    for key in (
        "og:site_name",
        "dc.publisher",
        "publisher",
        "application-name",
        "syndication-source",
        "article:publisher",
    ):
        cands.extend((v, key) for v in tags.get(key, ()))
    title = normalize(str(doc.meta.get("title") or ""))
    for v, why in cands:
        if _URLISH.search(v) or (title and normalize(v) == title):
            continue
        if aggregator(v):
            skipped.append(v)
            continue
        return v, why + (f" (skipped the aggregator {skipped[0]!r})" if skipped else "")
    return None, f"only the aggregator {skipped[0]!r}" if skipped else ""


def _title_publisher(raw: str, headline: str, aggregator: Any) -> str | None:
    """'Headline | 西日本新聞 | SmartNews', 'PressReader - Winnipeg Free Press - 2024-02-28 -
    Headline', 'Headline — Popular Science': once the headline, the aggregator and a date are
    taken out, a single short name left is the source's."""
    if not raw or not headline:
        return None
    parts, _dated = _title_names(raw, aggregator)
    head = next((p for p in parts if normalize(p) == headline), None)
    if head is None:  # the stated headline kept a name and a date: its longest part is the headline
        head = max(parts, key=len, default="")
        if len(head.split()) < 4 or normalize(head) not in headline:
            return None
    hn = normalize(head)
    rest = [p for p in parts if p is not head and normalize(p) not in hn]
    if len(rest) != 1:
        return None
    name = _PAREN_TAIL.sub("", rest[0])  # "La Stampa (Italy)": the edition's country
    if len(name.split()) > 5 or ends_sentence(name) or _URLISH.search(name):
        return None
    return name


def _authors(
    art: dict[str, Any] | None,
    tags: dict[str, list[str]],
    marks: dict[str, list[str]],
    publisher: str | None,
    aggregator: Any,
) -> tuple[list[str], str]:
    raw: list[str] = []
    why = ""
    if marks.get("byline"):
        raw, why = marks["byline"], "the site profile's byline selector"
    elif art and ld_names(art.get("author")):
        raw, why = ld_names(art.get("author")), "JSON-LD author"
    else:
        for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl",
                    "cxenseparse:author", "citation_author", "og:article:author"):  # fmt: skip
            vals = [v for v in tags.get(key, ()) if not _URLISH.search(v)]
            if vals:
                raw, why = vals, f"meta {key}"
                break
    pub = normalize(publisher) if publisher else None
    out: list[str] = []
    for r in raw:
        for name in clean_names(r):
            n = normalize(name)
            if n == pub or aggregator(name) or publisher_like(name) or _agency(name):
                continue
            if n not in (normalize(o) for o in out):
                out.append(name)
    return out, why


def _agency(name: str) -> bool:
    """A photo agency or wire ('Getty Images', 'AFP'): a credit, never an author."""
    from .captions import _credits

    m = _credits().agency.fullmatch(name.strip())
    return m is not None


def clean_names(text: str) -> list[str]:
    """Person names from a byline-ish string: no 'By', roles, dates, emails, outlets."""
    text = " ".join(text.split())
    if not text or len(text) > 200:
        return []
    bl = parse_byline(text if _BY.match(text) else f"By {text}")
    if bl is not None:
        return [a for a in bl.authors if not role_like(a)]
    return [text] if name_shaped(text) else []


def _section(
    art: dict[str, Any] | None, tags: dict[str, list[str]], marks: dict[str, list[str]]
) -> tuple[str | None, str]:
    if marks.get("section"):
        return marks["section"][-1], "the site profile's section selector"
    if art:
        v = art.get("articleSection")
        if isinstance(v, list):
            v = next((x for x in v if isinstance(x, str) and x.strip()), None)
        if isinstance(v, str) and v.strip():
            return v.strip(), "JSON-LD articleSection"
    v, k = _first(tags, "article:section", "og:article:section", "parsely-section", "section")
    return v, k


def _date(
    art: dict[str, Any] | None,
    tags: dict[str, list[str]],
    marks: dict[str, list[str]],
    data_dates: list[tuple[str, str]] | None = None,
) -> tuple[str | None, str, str]:
    """(ISO date, why, the value as stated)"""
    cands: list[tuple[str, str]] = []
    cands.extend((v, "the site profile's date selector") for v in marks.get("date", ()))
    if art:
        for key in ("datePublished", "dateCreated"):
            v = art.get(key)
            if isinstance(v, str):
                cands.append((v, f"JSON-LD {key}"))
    for key in ("article:published_time", "og:article:published_time", "parsely-pub-date", "sailthru.date",
                "dc.date", "dcterms.created", "date", "pubdate", "publish-date", "publish_date",
                "citation_date", "article.published", "datepublished"):  # fmt: skip
        cands.extend((v, f"meta {key}") for v in tags.get(key, ()))
    cands.extend(
        (v, "the site profile's date selector (an update time)") for v in marks.get("date_updated", ())
    )
    # last: the page's embedded app data, when nothing else states a date
    cands.extend((v, f"embedded page data {k!r}") for k, v in data_dates or ())
    for v, why in cands:
        iso = iso_date(v)
        if iso:
            return iso, why, v.strip()
    return None, "", ""


# '2024-01-13T00:12:41Z': an instant in UTC, whose calendar date may be a day off the
# publisher's own (6:12 PM CST on January 12)
_UTC_INSTANT = re.compile(r"^\d{4}-\d\d-\d\dT(\d\d):\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$", re.I)


def iso_date(text: str) -> str | None:
    m = _ISO.match(text.strip())
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return parse_date(text)[0]


FILTER = Filter(
    NAME,
    metadata,
    "title, authors, publisher, section, date from JSON-LD, og: and meta tags",
    kinds=frozenset({"html"}),
)
