"""``masthead``: title, authors, publisher, section and date from the header.

The header is everything before the first body-like paragraph, plus a few
lines after it for bylines and dates printed under a standfirst. Provenance
lines ("© Provided by USA TODAY", "This article originally appeared on ...")
anywhere on the page name the publisher. The aggregator is never the
publisher: its names come from the site profiles.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from .._model import Block, Decision, Document, Role, normalize, squash
from .._pipeline import Filter
from .._profiles import Profile
from ._common import (
    article_start,
    block_key,
    body_like,
    ends_sentence,
    key_of,
    link_dense,
    set_aside,
    wording_for,
)
from ._meta import (
    _AND,
    _BY,
    DOMAIN,
    NAME_GLUE,
    Byline,
    aggregator_edition,
    beat_role,
    decap,
    is_aggregator,
    is_date_line,
    is_handle,
    is_update_line,
    name_shaped,
    outlet_then_date,
    parse_byline,
    parse_date,
    place_line,
    provenance_of,
    publisher_like,
    role_like,
    role_line,
    section_of,
    vocab,
)
from .bio import bio_lead
from .content import class_tokens, structure

NAME = "masthead"
_AFTER_START = 6  # lines after the first body paragraph still searched for byline/date
_SPLIT_PARTS = re.compile(r"\s+[|·•]\s+|\s*[·•|]\s*")


class _Found:
    def __init__(self) -> None:
        self.title: str | None = None
        self.authors: list[str] = []
        self.publisher: str | None = None
        self.publisher_strength = 0  # 3 provenance, 2 header line, 1 byline suffix
        self.section: str | None = None
        self.date: str | None = None
        self.updated: str | None = None  # from an 'Updated …' line: the date only if no other

    def see_date(self, iso: str | None, line: str) -> None:
        if not iso:
            return
        if is_update_line(line):
            self.updated = self.updated or iso
        elif not self.date:
            self.date = iso

    def set_publisher(self, name: str, strength: int) -> None:
        if strength > self.publisher_strength:
            self.publisher, self.publisher_strength = name, strength

    def add_authors(self, names: list[str]) -> None:
        for n in names:
            if n not in self.authors:
                self.authors.append(n)


_MENU_WORDS = frozenset(
    [
        "home",
        "menu",
        "search",
        "for you",
        "discover",
        "explore",
        "topics",
        "sections",
        "catalog",
        "following",
        "saved",
        "my news",
        "headlines",
        "newsstand",
        "library",
        "briefing",
        "daily briefing",
        "blindspot",
        "live",
        "video",
        "podcasts",
    ]
)


def _in_menu(blocks: list[Block], i: int) -> bool:
    """A section word beside other menu items (Home, Local, For You) is a menu."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks):
            nb = blocks[j]
            if nb.role in (Role.DUPLICATE, Role.TITLE) or nb.words > 4:
                continue
            if section_of(nb.text) is not None or block_key(nb) in _MENU_WORDS:
                return True
    return False


def _local_date(doc: Document, shown: str | None, updated: bool = False) -> None:
    """The metadata's date is a UTC instant ('2024-01-13T00:12:41Z') and the header shows
    the day before it early in the UTC day, or the day after late in it: the publisher's
    own calendar date is the one shown ('6:12 PM CST January 12, 2024'). Shown only as an
    update time, it speaks only for the day before (published no later than updated)."""
    hour = doc.meta.get("date_utc_hour")
    stated = doc.meta.get("date")
    if hour is None or not shown or not stated or shown == stated:
        return
    try:
        gap = (date.fromisoformat(shown) - date.fromisoformat(str(stated))).days
    except ValueError:
        return
    if (gap == -1 and hour < 12) or (gap == 1 and hour >= 12 and not updated):
        doc.meta["date"] = doc.given["date"] = shown
        doc.trace.append(
            Decision(
                NAME, "meta", f"date={shown!r}: the header's local date (the metadata's {stated} is UTC)"
            )
        )


def _classify(
    b: Block, found: _Found, *, strict: bool, menu: bool = False, profile: Profile | None = None
) -> bool:
    """Label a header line that is a date, byline, section or publisher."""
    text = b.text
    if "\n" in text and _meta_lines(b, found):
        return True
    if is_date_line(text):
        iso, _rel = parse_date(text)
        found.see_date(iso, text)
        b.label(Role.DATE, NAME, f"date line ({iso or 'relative time, no calendar date'})")
        return True
    by = parse_byline(text)
    if by is not None and by.authors:
        found.add_authors(by.authors)
        if by.publisher:
            found.set_publisher(by.publisher, 1)
        found.see_date(by.date, text)
        extra = f", publisher {by.publisher!r}" if by.publisher else ""
        if not by.explicit and not by.publisher and len(by.authors) == 1:
            b.meta["bare_names"] = list(by.authors)  # only a name: judged again by its distance to the title
        b.label(Role.BYLINE, NAME, f"byline: authors {by.authors}{extra}")
        return True
    if strict:
        return False
    if is_aggregator(text) or (profile is not None and profile.is_aggregator_name(text)):
        b.label(Role.NAV, NAME, "the aggregator's own name (it is the profile, not the publisher)")
        return True
    sec = section_of(text)
    if sec is not None:
        if menu:
            b.label(Role.NAV, NAME, f"menu item {sec!r} (beside other menu items)")
        elif found.section is None:
            found.section = sec
            b.label(Role.SECTION, NAME, f"section label {sec!r}")
        else:
            b.label(Role.NAV, NAME, f"another section/menu label {sec!r}")
        return True
    parts = [p for p in _SPLIT_PARTS.split(text) if p.strip()]
    if len(parts) > 1 and _all_meta(parts, found):
        b.label(Role.BYLINE if found.authors else Role.DATE, NAME, f"masthead line of {len(parts)} parts")
        return True
    if publisher_like(text) and b.words <= 7:
        found.set_publisher(text.strip(" .:|"), 2)
        b.label(Role.PUBLISHER, NAME, "publisher name in the header")
        return True
    if place_line(text):
        b.label(Role.DATE, NAME, "a place line: where the story is from (a dateline)")
        return True
    if role_line(text):
        b.label(Role.BYLINE, NAME, "author's role under the byline")
        return True
    return False


def _meta_lines(b: Block, found: _Found) -> bool:
    """'By A and B<br>Published on 26 February 2024': each line of a header box is a
    byline or a date line; record them all (a byline parser reading the whole block
    would stop at the line break)."""
    lines = [ln.strip() for ln in b.text.split("\n") if ln.strip()]
    if not 1 < len(lines) <= 4:
        return False
    probe = _Found()
    kinds: list[str] = []
    for ln in lines:
        if is_date_line(ln):
            probe.see_date(parse_date(ln)[0], ln)
            kinds.append("date")
        elif (by := parse_byline(ln)) is not None and by.authors:
            probe.add_authors(by.authors)
            if by.publisher:
                probe.set_publisher(by.publisher, 1)
            kinds.append("byline")
        elif role_line(ln):
            kinds.append("role")
        else:
            return False
    found.add_authors(probe.authors)
    if probe.publisher:
        found.set_publisher(probe.publisher, probe.publisher_strength)
    if probe.date and not found.date:
        found.date = probe.date
    found.updated = found.updated or probe.updated
    role = Role.BYLINE if "byline" in kinds else Role.DATE
    b.label(role, NAME, f"header box of {len(lines)} lines ({', '.join(kinds)})")
    return True


def _all_meta(parts: list[str], found: _Found) -> bool:
    """Every part of 'Reuters · 5h ago' is a meta item; record them if so."""
    results: list[tuple[str, str]] = []
    for p in parts:
        p = p.strip()
        if is_date_line(p):
            results.append(("updated" if is_update_line(p) else "date", parse_date(p)[0] or ""))
        elif publisher_like(p) or is_aggregator(p):
            results.append(("publisher", "" if is_aggregator(p) else p))
        elif section_of(p):
            results.append(("section", section_of(p) or ""))
        elif (by := parse_byline(p)) is not None and by.authors:
            results.append(("authors", "\n".join(by.authors)))
        elif role_like(p):
            results.append(("role", p))
        else:
            return False
    for kind, val in results:
        if kind == "date" and val and not found.date:
            found.date = val
        elif kind == "updated" and val:
            found.updated = found.updated or val
        elif kind == "publisher" and val:
            found.set_publisher(val, 2)
        elif kind == "section" and not found.section:
            found.section = val
        elif kind == "authors":
            found.add_authors(val.split("\n"))
    return True


def _title_candidates(blocks: list[Block], start: int) -> list[int]:
    out = []
    for i in range(start):
        b = blocks[i]
        if b.role is not Role.UNKNOWN or not 2 <= b.words <= 40:
            continue
        if b.text.endswith(".") and not b.text.endswith("..."):
            continue
        out.append(i)
    return out


def _drop_rail_items(blocks: list[Block], cands: list[int]) -> None:
    """Headlines listed under a rail heading above the article are not the title."""
    for i in cands:
        j = i - 1
        while j >= 0 and j in cands:
            j -= 1
        if j >= 0 and blocks[j].role is Role.RELATED and blocks[j].words <= 6:
            blocks[i].label(
                Role.RELATED, NAME, f"headline under the rail heading {blocks[j].text!r} above the article"
            )


def _logo_repeats(blocks: list[Block], start: int, found: _Found) -> None:
    """A short capitalised line printed twice in a row (logo alt text + name) is the publisher."""
    for i in range(min(start, len(blocks) - 1)):
        a, b = blocks[i], blocks[i + 1]
        if (
            a.role is Role.UNKNOWN
            and b.role is Role.DUPLICATE
            and 1 <= a.words <= 5
            and a.text[:1].isupper()
            and not is_date_line(a.text)
            and section_of(a.text) is None
            and not is_aggregator(a.text)
        ):
            found.set_publisher(a.text.strip(" .:|"), 2)
            a.label(Role.PUBLISHER, NAME, "name printed twice (logo and text): the publisher")


_SECTION_REACH = 6  # a section label sits within this many lines of the headline


def _section_near_title(blocks: list[Block], title: int, found: _Found) -> None:
    for i, b in enumerate(blocks):
        if b.role is Role.SECTION and abs(i - title) > _SECTION_REACH:
            b.label(
                Role.NAV, NAME, f"section-like label {abs(i - title)} lines from the headline: a menu item"
            )
            found.section = None


def _bare_names_near_title(blocks: list[Block], title: int, found: _Found) -> None:
    """A lone name far from the headline is a topic tag ("Food Prices"), not a byline."""
    for i, b in enumerate(blocks):
        names = b.meta.get("bare_names")
        if b.role is Role.BYLINE and names and abs(i - title) > _SECTION_REACH:
            b.label(
                Role.NAV,
                NAME,
                f"name-like line {abs(i - title)} lines from the headline: a tag, not a byline",
            )
            found.authors = [a for a in found.authors if a not in names]


_META_AFTER = frozenset({Role.BYLINE, Role.DATE, Role.PUBLISHER, Role.SECTION})


def _standfirst_above_byline(blocks: list[Block], title: int, start: int) -> None:
    """A sentence right under the headline with the byline or date under it is the standfirst."""
    if start != title + 1 or start + 1 >= len(blocks):
        return
    after = blocks[start + 1]
    if after.role in _META_AFTER and blocks[start].words <= 60:
        blocks[start].label(Role.STANDFIRST, NAME, f"under the headline and above the {after.role.value}")


_HEADER_REACH = 12  # blocks above the first paragraph searched for a byline or a date
_DOTTED = re.compile(r"\s[·•|]\s")


def _dated_parts(text: str) -> bool:
    """'Priya Natarajan · 4 min read': parts around dots, one a date or reading time."""
    parts = [p for p in _DOTTED.split(text) if p.strip()]
    return len(parts) > 1 and any(is_date_line(p) for p in parts)


def _box_words(doc: Document, b: Block, depth: int = 3) -> frozenset[str]:
    """Class/id words of the block's element and its nearest ancestors."""

    nodes = doc.meta.get("nodes") or ()
    words: set[str] = set()
    for nid in b.meta.get("anc", ())[-depth:]:
        whole, parts = class_tokens(nodes[nid].tokens)
        words |= whole | parts
    return frozenset(words)


_SENTENCE_END = tuple(".!?…。！？」』”\"'")


def _html_start(doc: Document) -> int:
    """The first paragraph of prose (by words, or by length for scripts without spaces)."""
    for i, b in enumerate(doc.blocks):
        if b.role is not Role.UNKNOWN or b.kind in ("list_item", "heading", "caption"):
            continue
        if body_like(b) or (len(b.text) >= 60 and b.words <= 3 and b.text.rstrip().endswith(_SENTENCE_END)):
            return i
    return len(doc.blocks)


# a follow button after the source's name (the words of chrome.yaml's follow-button pattern)
_FOLLOW = re.compile(
    r"\s*(?:[+|·•]\s*)?(?:follow|following|subscribe|folgen|suivre|seguir|segui|volgen|フォロー)$"
)


_FOLLOW_ANY_CASE = re.compile(_FOLLOW.pattern, re.I)


def _shown_name(text: str) -> str:
    """A publisher's line as shown, without its follow button: 'Le Monde Follow' -> 'Le Monde'."""
    return _FOLLOW_ANY_CASE.sub("", text).strip(" .:|")


def _states(doc: Document, key: str, b: Block) -> bool:
    """The line is the stated value ('Le Monde', or 'Le Monde Follow' with its button)."""
    val = doc.meta.get(key)
    if not isinstance(val, str) or not val:
        return False
    line = b.norm.strip(" .:|")
    if key == "publisher":
        line = _FOLLOW.sub("", line).strip(" .:|")
        core = normalize(_company_core(val)).strip(" .:|")
        if core and core == line:  # '中日新聞' for the stated '中日新聞社', 'Slate' for 'The Slate Group'
            return True
    return normalize(val).strip(" .:|") == line


def _html_header(doc: Document) -> None:
    """HTML pages: the page stated its metadata; label the header lines that repeat it.

    Only lines that are recognisably a headline, standfirst, byline, date,
    section or publisher are labelled — by their wording, or by sitting in a
    byline/date/dek box above the article's first paragraph; anything else in
    the container stays for ``body``.
    """
    blocks = doc.blocks
    found = _Found()
    title = normalize(str(doc.meta.get("title") or ""))
    desc = (
        doc.meta.get("html", {}).get("meta", {}).get("description")
        or doc.meta.get("html", {}).get("meta", {}).get("og:description")
        or [""]
    )
    description = normalize(desc[0]).strip(" .…")
    start = _html_start(doc)
    big = _big_type(blocks, start)
    title = _headline_within(doc, title, start, big) or title
    _logo_publisher(doc, found, start)
    deks = 0
    headline = next(
        (
            i
            for i, b in enumerate(blocks[: start + 1])
            if b.role is Role.TITLE or (title and b.norm.strip(" .") == title.strip(" ."))
        ),
        -1,
    )
    for i, b in enumerate(blocks):
        linked = set_aside(b, "boxes") and b.meta.get("author_links") and not _BY.match(b.text)
        if b.role is not Role.UNKNOWN and not (set_aside(b, "boxes") and _BY.match(b.text)) and not linked:
            continue  # (a "By <a>Name</a>" byline is link-dense, yet a byline)
        if i > start + _AFTER_START:
            break
        if i <= start + 3 and (names := _linked_authors(doc, b)) is not None:
            # (a line of nothing but links to authors' pages is no article text, even
            # just under a first paragraph taken for the text's start: a long standfirst)
            found.add_authors(names)
            b.label(Role.BYLINE, NAME, f"links to the authors' pages: {names}")
            continue
        if linked:
            continue  # (a link-dense line set aside: only as a line of authors' links)
        if title and b.norm.strip(" .") == title.strip(" ."):
            if found.title is None:
                found.title = b.text
                b.label(Role.TITLE, NAME, "the headline the page states")
            else:
                b.label(Role.DUPLICATE, NAME, "the headline again")
            continue
        if i <= start and b.kind != "list_item":
            words = _box_words(doc, b)
            own = _box_words(doc, b, depth=1) & structure().dek
            # the description often IS the first paragraph: it marks a standfirst only above it
            is_desc = i < start and len(description) > 30 and b.norm.strip(" .…") == description
            if (own or is_desc) and deks < 2 and b.words <= 60:
                why = (
                    f"its element is a {sorted(own)[0]!r} box" if own else "it repeats the page's description"
                )
                b.label(Role.STANDFIRST, NAME, f"standfirst above the article ({why})")
                deks += 1
                if i == start:
                    start = _html_start(doc)
                continue
            if (
                i < start
                and b.words <= 12
                and _DOTTED.search(b.text)
                and parse_date(b.text)[0]
                and not _outlet_byline(b.text)
            ):
                b.label(Role.DATE, NAME, "a dateline of parts around a date (place · date · page)")
                found.see_date(parse_date(b.text)[0], b.text)
                continue
            if i < start and b.words <= 25 and len(b.text) <= 160 and words & structure().header_meta:
                caps = parse_byline(decap(b.text)) if b.text.isupper() and "byline" in words else None
                if caps is not None and caps.authors:  # a byline box set in capitals
                    found.add_authors(caps.authors)
                    b.label(
                        Role.BYLINE, NAME, f"byline in capitals in a 'byline' box: authors {caps.authors}"
                    )
                    continue
                if (
                    not _classify(b, found, strict=False, profile=doc.profile)
                    and len(b.text) <= 80
                    and not ends_sentence(b.text)
                ):
                    role = Role.DATE if parse_date(b.text)[0] else Role.BYLINE
                    b.label(
                        role, NAME, f"header line in a {sorted(words & structure().header_meta)[0]!r} box"
                    )
                continue
        if i < start and b.words <= 8 and _states(doc, "section", b):
            b.label(Role.SECTION, NAME, "the section the page states")
            continue
        if i < start and b.words <= 8 and _states(doc, "publisher", b):
            b.label(Role.PUBLISHER, NAME, "the publisher the page states")
            # (as shown: 'Slate', not 'The Slate Group'; without its follow button)
            found.set_publisher(_shown_name(b.text), 3)
            continue
        if b.words > 25 or (ends_sentence(b.text) and b.words > 8) or b.kind == "list_item":
            continue
        after_byline = i > 0 and blocks[i - 1].role is Role.BYLINE and role_line(b.text)
        if i > start and not (
            is_date_line(b.text) or _BY.match(b.text) or _dated_parts(b.text) or after_byline
        ):
            continue  # inside the article only explicit bylines, their role lines and dates are header lines
        if after_byline:
            b.label(Role.BYLINE, NAME, "author's role under the byline")
            continue
        if i < start and not found.section and _section_badge(doc, b, found):
            continue
        if (
            i < start
            and title
            and b.kind == "heading"
            and b.meta.get("level") == 1
            and start - i <= 3
            and not any(x.role is Role.TITLE for x in blocks[:start])
        ):
            # the article's own <h1> right over its text, the stated title reading otherwise
            # (a social headline): the page's headline, never body
            b.label(
                Role.TITLE, NAME, "the page's <h1> right above the text (the stated title reads otherwise)"
            )
            continue
        if i < start and found.title is None and not title and (b.kind == "heading" or i == big):
            found.title = b.text
            why = (
                "first heading above the article body"
                if b.kind == "heading"
                else (f"the largest type above the article body ({b.meta.get('fs')}px)")
            )
            b.label(Role.TITLE, NAME, why)
            continue
        if i < headline and _bare_name(b.text):
            # over the headline a lone name needs a role or handle under it ('Coastal
            # Erosion' over a headline is a kicker, not an author)
            _bare_author(doc, blocks, i, found, above=True)
            continue
        _classify(b, found, strict=i > start, profile=doc.profile)
    if found.title is None and not title and big >= 0 and set_aside(blocks[big]):
        # no headline stated and none in the container: the largest type over the text
        found.title = blocks[big].text
        blocks[big].label(
            Role.TITLE, NAME, f"the largest type above the article body ({blocks[big].meta.get('fs')}px)"
        )
    _header_outside(doc, found, start)
    _bureau_lines(blocks, start)
    _headline_at_the_article(doc, found, start)
    _kicker(doc, found)
    _dek_between(blocks)
    for b in blocks:  # "This article originally appeared on …", "Translation of an original article …"
        if b.role is Role.UNKNOWN and b.kind == "paragraph" and b.words <= 40:
            pub = provenance_of(b.text, max_words=40, domains=True)
            if pub and len(pub.split()) <= 6 and "," not in pub:
                b.label(Role.PUBLISHER, NAME, f"provenance line naming the publisher {pub!r}")
    for b in blocks:  # "© Provided by Euronews" under a photo names the publisher (MSN)
        credit = b.meta.get("credit") if b.role is Role.CAPTION else None
        pub = provenance_of(str(credit)) if credit else None
        if pub:
            found.set_publisher(pub, 3)
            break
    if found.publisher:
        pub = normalize(found.publisher)
        found.authors = [a for a in found.authors if normalize(a) != pub]
    _local_date(doc, found.date or found.updated, updated=not found.date)
    found.date = found.date or found.updated  # an update time only when nothing else dates it
    for key in ("title", "authors", "publisher", "section", "date"):
        val = getattr(found, key)
        # (a publisher guessed from the <title> gives way to one the header names)
        if val and (not doc.meta.get(key) or (key == "publisher" and key not in doc.given)):
            doc.set_meta(key, val, NAME, "from the page's header lines")
    _fuller_publisher(doc, found)
    if not doc.meta.get("section") and (crumb := _crumb_section(doc)):
        doc.set_meta("section", crumb, NAME, "the last section of the page's breadcrumb trail (JSON-LD)")
    stated = doc.meta.get("publisher")
    authors = doc.meta.get("authors") or []
    if stated and any(normalize(a) == normalize(str(stated)) for a in authors):
        doc.meta["authors"] = [a for a in authors if normalize(a) != normalize(str(stated))]
        doc.trace.append(Decision(NAME, "meta", f"authors: {stated!r} is the publisher, not an author"))
        if not doc.meta["authors"] and found.authors:  # the page's byline names the people
            doc.meta["authors"] = doc.given["authors"] = list(found.authors)
            doc.trace.append(Decision(NAME, "meta", f"authors={found.authors!r}: from the page's byline"))


def _crumb_section(doc: Document) -> str | None:
    """'Yahoo!ニュース › 地域 › <headline>': the crumb before the article's own when nothing
    on the page names a section, and it is no home page, site, publisher, place or headline."""
    crumbs = (doc.meta.get("html") or {}).get("crumbs") or ()
    site = ((doc.meta.get("html") or {}).get("meta") or {}).get("og:site_name") or []
    named = {normalize(str(x)) for x in (doc.meta.get("title"), doc.meta.get("publisher"), *site) if x}
    netloc = urlsplit(doc.url or "").netloc
    host = _company_core(netloc) if netloc else ""  # ('t3n.de' -> 't3n': the site's own name)
    for crumb in reversed(crumbs):
        n = normalize(crumb)
        if n in named or squash(crumb) == host or n in vocab().home_crumbs or _aggregator_name(doc, crumb):
            continue
        if len(crumb.split()) > 4 or ends_sentence(crumb) or "," in crumb or DOMAIN.fullmatch(crumb):
            return None  # (the article's own headline in other words; a place: 'Raleigh, NC')
        return _as_section(crumb)
    return None


def _company_core(name: str) -> str:
    """The publication's title inside a company's or a site's name: 'The Slate Group' ->
    'Slate', 'Kleine Zeitung GmbH & Co KG' -> 'Kleine Zeitung', 'BelfastTelegraph.co.uk' ->
    'BelfastTelegraph', '中日新聞社' (the company that prints 中日新聞) -> '中日新聞'."""
    name = name.strip()
    if DOMAIN.fullmatch(name):
        return name.lower().removeprefix("www.").split(".")[0]
    if len(name) > 2 and name[-1] == "社" and name[-2] in "聞信報":
        return name[:-1]
    suffix = next((x for x in vocab().company_suffixes if name.lower().endswith(" " + x)), None)
    while suffix is not None:  # ('… Media Group Ltd')
        name = name[: -len(suffix)].rstrip(" ,")
        # ('The Slate Group': 'The' belongs to the group's name, not to the title)
        if suffix == "group" and name.lower().startswith("the ") and " " not in name[4:]:
            name = name[4:]
        suffix = next((x for x in vocab().company_suffixes if name.lower().endswith(" " + x)), None)
    return name


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "æ": "ae", "ø": "oe"})


def _fold(text: str) -> str:
    """A name as an address or an alt text may spell it without its letters' marks."""
    return squash(text.lower().translate(_FOLD))


def _fuller_publisher(doc: Document, found: _Found) -> None:
    """The tags often give a broadcaster's short name (og:site_name 'KCRA') where its
    logo shows the name readers know ('KCRA 3', 'WBAL-TV 11 Baltimore'): the page's
    longer form of the same name wins."""
    stated, seen = doc.meta.get("publisher"), found.publisher
    if not isinstance(stated, str) or not seen:
        return
    s, f = normalize(stated), normalize(seen)
    # a company's or a site's form of the name ('The Slate Group', 'Kleine Zeitung GmbH &
    # Co KG', 'BelfastTelegraph.co.uk') gives way to the name the page shows ('Slate')
    core = normalize(_company_core(stated))
    if (
        core != s
        and core
        and (squash(core) == squash(f) or (f.startswith(core) and f[len(core) :][:1] == " "))
    ):
        doc.meta["publisher"] = doc.given["publisher"] = seen
        doc.trace.append(Decision(NAME, "meta", f"publisher={seen!r}: the page shows {stated!r} as {seen!r}"))
        return
    if (
        len(f) > len(s)
        and f.startswith(s)
        and f[len(s)] in " -"
        and not f[len(s) :].strip(" -").startswith("(")  # '… (Ontario Edition)': an edition, not the name
        and len(seen.split()) <= len(stated.split()) + 3
    ):
        doc.meta["publisher"] = doc.given["publisher"] = seen
        doc.trace.append(Decision(NAME, "meta", f"publisher={seen!r}: the page shows {stated!r} in full"))


def _section_label(doc: Document, b: Block) -> str | None:
    """The section a short label names ('Politics'), unless it is a menu word ('Home')
    or the aggregator's own name (Apple's 'News')."""
    if b.words > 4 or block_key(b) in _MENU_WORDS or _aggregator_name(doc, b.text):
        return None
    return section_of(b.text)


def _section_badge(doc: Document, b: Block, found: _Found) -> bool:
    """'Environment Free article': a section label run into a badge (label and badge
    are separate elements on the page, printed on one line)."""
    toks = b.text.split()
    if not 2 <= len(toks) <= 7:
        return False
    promo = wording_for(doc, "promo")
    for k in range(1, min(4, len(toks))):
        head, rest = " ".join(toks[:k]), " ".join(toks[k:])
        sec = section_of(head)
        if sec and (key_of(normalize(head)) in _MENU_WORDS or _aggregator_name(doc, head)):
            return False  # "News Open in News": the app's name and its button
        if sec and promo.match(key_of(normalize(rest)), len(toks) - k):
            found.section = sec
            b.label(Role.SECTION, NAME, f"section label {sec!r} beside a badge ({rest!r})")
            return True
    return False


def _headline_within(doc: Document, title: str, start: int, big: int) -> str | None:
    """'Cape Times - 2024-09-12 - Kalk Bay fishers fear …' stated, 'Kalk Bay fishers fear …'
    printed as the headline: the page's own headline is the title without the site's dressing."""
    if not title or any(b.norm.strip(" .") == title.strip(" .") for b in doc.blocks[: start + 3]):
        return None
    for i, b in enumerate(doc.blocks[:start]):
        if b.kind != "heading" and i != big:
            continue
        n = b.norm.strip(" .")
        if len(n.split()) >= 4 and len(n) < len(title) and n in title:
            doc.meta["title"] = doc.given["title"] = b.text
            doc.trace.append(
                Decision(NAME, "meta", f"title={b.text!r}: the page's headline, inside the stated {title!r}")
            )
            return n
    return None


def _dek_between(blocks: list[Block]) -> None:
    """One or two short paragraphs between the headline and the byline under it are
    the standfirst, whatever their box is called: the article starts after the byline."""
    t = next((i for i, b in enumerate(blocks) if b.role is Role.TITLE), None)
    if t is None:
        return
    between: list[Block] = []
    for b in blocks[t + 1 : t + 5]:
        if b.role is Role.BYLINE:
            break
        if b.role is not Role.UNKNOWN:
            continue
        if b.kind != "paragraph" or b.words > 60:
            return
        between.append(b)
    else:
        return
    if 0 < len(between) <= 2:
        for b in between:
            b.label(Role.STANDFIRST, NAME, "standfirst between the headline and the byline")


_LOGO_WORDS = re.compile(
    r"^(?:the )?logo (?:of |for )|\s*(?:logo|masthead|wordmark|avatar|icon|front page)$", re.I
)


def _logo_name(b: Block) -> str | None:
    """The outlet name an image before this block gives in its alt text, if any."""
    alt = " ".join(str(b.meta.get("img_alt") or "").split())
    alt = _LOGO_WORDS.sub("", alt).strip(" .:|")
    if not alt or len(alt.split()) > 6 or ends_sentence(alt) or alt.lower() in ("logo", "image", "photo"):
        return None
    return alt


def _logo_publisher(doc: Document, found: _Found, start: int) -> None:
    """A source's logo above the article names the publisher: beside its name
    ('<img alt="WRAL"> WRAL', 'Reuters Center' with a bias label), or alone when
    the image is a logo or a source's avatar by its address. Aggregator logos
    (MSN, Apple News) are skipped; a stronger statement (provenance, a name line
    in the header) is kept. Every line that is the logo's name beside it is labelled
    (the lockup often stands twice), so no later rule reads it as an author."""
    chosen: str | None = None
    for b in doc.blocks[: start + 15]:
        if b.role is Role.CAPTION or b.meta.get("hidden"):
            continue
        name = _logo_name(b)
        if name is None or _aggregator_name(doc, name) or aggregator_edition(name):
            continue
        n = normalize(name)
        beside = b.norm.strip(" .:|")
        if beside != n and _fold(beside) == _fold(n):  # alt 'Kleine Zeitung Kaernten', shown 'Kärnten'
            name, n = b.text.strip(" .:|"), beside
        if chosen is None:
            rest = beside[len(n) :] if beside.startswith(n + " ") else ""
            # ('Süddeutsche Zeitung Lean Left High Factuality · Munich': labels after the name)
            if beside == n or (
                rest and b.words <= len(name.split()) + (7 if "·" in rest or "|" in rest else 3)
            ):
                found.set_publisher(name, 2)
                chosen = n
            elif b.meta.get("img_logo") and not b.meta.get("img_home") and not name_shaped(name):
                # (a person's avatar is a curator's; the site's own masthead the host's)
                found.set_publisher(name, 1)
                chosen = n
        if beside == n == chosen and b.role in (Role.UNKNOWN, Role.NAV, Role.BODY):
            b.label(Role.PUBLISHER, NAME, "a logo beside its own name (publisher lockup)")
    if chosen is None:
        _logo_alone(doc, found, start)


def _logo_alone(doc: Document, found: _Found, start: int) -> None:
    """No name stands beside a logo: a source's wordmark above the article (its alt text),
    or a source's avatar beside a link to the source's page named as the page is
    ('<img src="/avatars/thetyee.png" alt=""> <a href="/@TheTyee">The Tyee</a>')."""
    blocks = doc.blocks
    title = next((i for i, b in enumerate(blocks[: start + 1]) if b.role is Role.TITLE), start)
    for i in range(max(0, title - 8), min(start + 1, len(blocks))):
        b = blocks[i]
        if b.role is Role.CAPTION or b.meta.get("hidden") or not b.meta.get("img_logo"):
            continue
        if b.text in (b.meta.get("source_links") or ()) and _source_name(doc, b.text):
            found.set_publisher(b.text, 1)
            b.label(Role.PUBLISHER, NAME, "a source's avatar beside a link to its page: the publisher")
            return
    for alt, at in doc.meta.get("logos") or ():
        name = _LOGO_WORDS.sub("", alt).strip(" .:|")
        # (the site's own masthead far above a headline is the aggregator's; a source's
        # wordmark stands near the article's head)
        if at <= start and title - at <= 8 and _source_name(doc, name):
            found.set_publisher(name, 1)
            doc.trace.append(
                Decision(NAME, "meta", f"publisher={name!r}: a logo's alt text above the article")
            )
            return


def _source_name(doc: Document, name: str) -> bool:
    return (
        bool(name)
        and len(name.split()) <= 6
        and not ends_sentence(name)
        and not name_shaped(name)  # a person's avatar: a curator
        and name.lower() not in ("logo", "image", "photo", "avatar")
        and not _aggregator_name(doc, name)
        and not aggregator_edition(name)
    )


def _bare_author(
    doc: Document, blocks: list[Block], i: int, found: _Found, above: bool = False, header: bool = False
) -> bool:
    """A person's name alone just under the headline (an author link set aside as a link
    row or outside the body's box) is the byline when a date, the publisher or a role
    line stands beside it; above the headline only a role line or a social handle under
    the name will do (a date or a section beside a topic tag is no evidence)."""
    b = blocks[i]
    by = parse_byline(b.text)
    if by is None and b.text.isupper() and b.words <= 4:  # 'KELSEY ARSENEAU' over 'MUNICIPAL REPORTER'
        by = parse_byline(decap(b.text))
    if by is None or by.explicit or by.publisher or not 1 <= len(by.authors) <= 2 or b.words > 6:
        return False
    if publisher_like(b.text) or _aggregator_name(doc, b.text):
        return False
    pubs = {normalize(p) for p in (found.publisher, doc.meta.get("publisher")) if isinstance(p, str)}
    if b.norm in pubs:
        return False
    if header and not above and _box_words(doc, b, depth=2) & _BYLINE_BOX:  # (above the text)
        found.add_authors(by.authors)
        b.label(Role.BYLINE, NAME, "an author's name under the headline, in a box named a byline")
        return True
    for j in (i + 1, i + 2) if above else (i - 2, i - 1, i + 1, i + 2):
        if not 0 <= j < len(blocks) or j == i:
            continue
        nb = blocks[j]
        if above:
            if (nb.words <= 12 and (_has_role(nb.text) or beat_role(nb.text))) or is_handle(nb.text):
                found.add_authors(by.authors)
                b.label(Role.BYLINE, NAME, f"an author's name above the headline, with {nb.text[:40]!r}")
                return True
            continue
        if (
            nb.role in (Role.DATE, Role.PUBLISHER)
            or is_date_line(nb.text)
            or nb.norm in pubs
            or nb.role is Role.BYLINE
            or (nb.words <= 12 and (_has_role(nb.text) or beat_role(nb.text)))
        ):
            found.add_authors(by.authors)
            b.label(Role.BYLINE, NAME, f"an author's name under the headline, beside {nb.text[:40]!r}")
            if j == i + 1 and nb.role is Role.UNKNOWN and nb.words <= 6 and role_line(nb.text):
                nb.label(Role.BYLINE, NAME, "the author's role under the name")
            return True
    if not above and header and _in_bio(blocks, i, by.authors[0]):
        found.add_authors(by.authors)
        b.label(
            Role.BYLINE, NAME, "an author's name under the headline, introduced again in a bio after the text"
        )
        return True
    return False


def _in_bio(blocks: list[Block], i: int, name: str) -> bool:
    """'Priya Sandhu covers city hall …' after the text: the bio box of the name under the
    headline (the ``bio`` filter's own test; 'Priya Sandhu said …' is no bio)."""
    lead = bio_lead([name])
    return any(b.words <= 80 and lead.match(b.text) for b in blocks[i + 1 :])


def _outlet_byline(text: str) -> bool:
    """'Nadia Okoro, Northstar Wire · October 2, 2024': a byline naming its outlet opens
    these parts around a date, not a place."""
    by = parse_byline(_SPLIT_PARTS.split(text)[0])
    return by is not None and bool(by.authors) and bool(by.publisher or by.explicit)


def _bare_name(text: str) -> bool:
    by = parse_byline(text)
    return by is not None and not (by.explicit or by.publisher or by.date) and not _has_role(text)


def _evident(by: Byline, text: str, under_title: bool) -> bool:
    """A name line set aside near the headline is a byline only with evidence: 'By', an
    outlet or a date in it, parts around a date ('Name · 4 min read'), or, right under the
    headline, a role or an e-mail/handle beside the name."""
    return bool(by.authors) and bool(
        by.explicit
        or by.publisher
        or by.date
        or _dated_parts(text)
        or (under_title and (_has_role(text) or "@" in text))
    )


def _has_role(text: str) -> bool:
    """'Sipho Mbeki | Staff Writer': a byline part is the author's role."""
    return any(role_like(p.strip()) for p in _SPLIT_PARTS.split(text) if p.strip())


def _aggregator_name(doc: Document, text: str) -> bool:
    return is_aggregator(text) or (doc.profile is not None and doc.profile.is_aggregator_name(text))


def _big_type(blocks: list[Block], start: int) -> int:
    """The block set in the largest type above the body when that type is clearly a
    headline's (≥ 1.4× the body's, short, not a sentence run): div-soup pages with
    generated class names show their headline only by its size. -1 if none."""
    sizes = sorted(
        float(b.meta["fs"]) for b in blocks[start : start + 40] if b.meta.get("fs") and b.words >= 15
    )
    body = sizes[len(sizes) // 2] if sizes else 16.0  # unstyled body text: the browser's 16px
    best, best_fs = -1, body * 1.4
    for i in range(max(0, start - 15), start):
        b = blocks[i]
        fs = float(b.meta.get("fs") or 0)
        if (
            (b.role is Role.UNKNOWN or set_aside(b))
            and fs >= best_fs
            and 3 <= b.words <= 30
            and not b.meta.get("hidden")
        ):
            best, best_fs = i, fs
    return best


_HEADLINE_CLASS = frozenset({"headline", "hed", "head", "title", "heading"})
_BETWEEN_META = frozenset({Role.BYLINE, Role.DATE, Role.SECTION, Role.PUBLISHER, Role.CAPTION, Role.CREDIT})


_BYLINE_BOX = frozenset(["byline", "bylines", "author", "authors"])


def _bureau_lines(blocks: list[Block], start: int) -> None:
    """'BIRN Novi Sad', 'Lagos Bureau': a short line between the byline and its date above
    the text is part of the byline (a bureau, a desk, a role), not the article's first line."""
    for i in range(1, min(start, len(blocks) - 1)):
        b = blocks[i]
        if (
            b.role is Role.UNKNOWN
            and b.words <= 5
            and not ends_sentence(b.text)
            and blocks[i - 1].role is Role.BYLINE
            and blocks[i + 1].role is Role.DATE
        ):
            b.label(Role.BYLINE, NAME, "a short line between the byline and its date (a bureau or role)")


def _linked_authors(doc: Document, b: Block) -> list[str] | None:
    """'<a href="/author/jovana-kostic/">Jovana Kostić</a> <a …>Dragan Mihić</a>': a line
    made of nothing but links to authors' pages (and 'By', 'and', commas) names them; in a
    byline box, so do the elements classed as a name ('byline__name' beside 'byline__place')."""
    names = b.meta.get("author_links")
    spans = b.meta.get("name_spans")
    if (
        not names
        and spans
        and b.words <= 12
        and _box_words(doc, b, depth=2) & _BYLINE_BOX
        and all(name_shaped(n) and not publisher_like(n) for n in spans)
    ):
        return list(dict.fromkeys(spans))
    if not names or b.words > 16 or not all(name_shaped(n) for n in names):
        return None
    rest = b.text
    for n in names:
        rest = rest.replace(n, " ", 1)
    rest = _AND.sub(" ", f" {_BY.sub('', rest.strip())} ")  # what joins names in a byline
    for part in {rest.strip(" ,&·|•")} | set(_SPLIT_PARTS.split(rest.strip(" ,&·|•"))):
        # 'Marie-Ève Tremblay La Presse': the outlet's name beside the linked name; 'Kirsty
        # McAllister Local Democracy Reporter': her job
        if part and (_names_outlet(doc, part.strip()) or (len(names) == 1 and beat_role(part.strip()))):
            rest = rest.replace(part, " ")
    if rest.strip(" ,&·|•"):
        return None
    return list(dict.fromkeys(names))


def _names_outlet(doc: Document, text: str) -> bool:
    """'La Presse' beside a linked name: the stated publisher, or a short outlet's name."""
    stated = doc.meta.get("publisher")
    if isinstance(stated, str) and normalize(text) == normalize(stated):
        return True
    return len(text.split()) <= 4 and not any(c.isdigit() for c in text) and publisher_like(text)


def _between(b: Block) -> bool:
    """A line between a headline and its text: a byline, date or caption, or a short line
    set aside there (an author's name, a role line, a date in another language)."""
    if b.role in _BETWEEN_META or b.meta.get("hidden"):
        return True
    return (
        set_aside(b)
        and b.kind != "heading"
        and (is_date_line(b.text) or (b.words <= 4 and not ends_sentence(b.text)))
    )


def _headline_at_the_article(doc: Document, found: _Found, start: int) -> None:
    """An aggregator that writes its own headline for a story (the page's stated title)
    shows the source's headline again right above the source's byline and text, far
    below its own: the headline at the article is the article's."""
    blocks = doc.blocks
    stated = normalize(str(doc.meta.get("title") or "")).strip(" .")
    t = next(
        (
            i
            for i, b in enumerate(blocks[:start])
            if b.role is Role.TITLE or (set_aside(b) and stated and b.norm.strip(" .") == stated)
        ),
        None,
    )
    if t is None:
        return
    j = start - 1
    while j > t and start - j <= 6 and _between(blocks[j]):
        j -= 1
    if (
        blocks[j].kind == "paragraph"
        and blocks[j].words <= 60
        and (blocks[j - 1].kind == "heading" or _box_words(doc, blocks[j - 1], depth=1) & _HEADLINE_CLASS)
    ):
        j -= 1  # a standfirst between the headline and the byline
    between = [b for b in blocks[t + 1 : j] if b.role not in _BETWEEN_META and not b.meta.get("hidden")]
    cand = blocks[j]
    if j <= t or len(between) < 3 or not 4 <= cand.words <= 30 or cand.kind == "list_item":
        return
    if cand.role is not Role.UNKNOWN and not set_aside(cand):
        return
    headline = cand.kind == "heading" or bool(_box_words(doc, cand, depth=1) & _HEADLINE_CLASS)
    old = blocks[t]
    if not headline or cand.norm == old.norm or cand.norm in old.norm:
        return
    old.label(Role.NAV, NAME, "the aggregator's own headline for the story: the article's is at the article")
    cand.label(Role.TITLE, NAME, f"the headline right above the article, {j - t} lines below the page's own")
    found.title = cand.text
    doc.meta["title"] = doc.given["title"] = cand.text
    doc.trace.append(
        Decision(NAME, "meta", f"title={cand.text!r}: the headline at the article, not {old.text!r}")
    )
    for b in blocks[max(t + 1, j - 2) : j]:  # the source's section label just above its headline
        sec = _section_label(doc, b) if set_aside(b) else None
        if sec:
            found.section = sec
            b.label(Role.SECTION, NAME, f"section label {sec!r} just above the article's headline")
    for k in range(j + 1, start):  # the source's byline under its headline: name, role, email
        b = blocks[k]
        by = parse_byline(b.text) if set_aside(b) and b.words <= 16 else None
        if by is not None and _evident(by, b.text, True):
            found.add_authors(by.authors)
            b.label(Role.BYLINE, NAME, f"byline under the article's headline: authors {by.authors}")
        elif by is not None and _bare_author(doc, blocks, k, found):  # a name over its role line
            continue
        elif set_aside(b) and k > 0 and blocks[k - 1].role is Role.BYLINE and beat_role(b.text):
            b.label(Role.BYLINE, NAME, "author's role under the byline")


def _header_outside(doc: Document, found: _Found, start: int) -> None:
    """The header often sits outside the body's container: read the lines that ``content``
    set aside just above the body (between the headline and the first paragraph)."""
    blocks = doc.blocks
    lo = max(0, start - _HEADER_REACH)
    title = next((i for i in range(lo, min(len(blocks), start + 3)) if blocks[i].role is Role.TITLE), -1)
    stated = normalize(str(doc.meta.get("title") or "")).strip(" .")
    if title < 0 and stated:  # the headline sits above the container that holds the body
        for i in range(start - 1, lo - 1, -1):  # (nearest the body: an issue's list may repeat it)
            b = blocks[i]
            if b.role is Role.NAV and b.norm.strip(" .") == stated:
                title = i
                found.title = found.title or b.text
                b.label(Role.TITLE, NAME, "the headline the page states (above the article's container)")
                break
    promo = wording_for(doc, "promo")
    for i in range(lo, min(len(blocks), start + 3)):
        b = blocks[i]
        if i < start and set_aside(b, "content", "boxes") and (names := _linked_authors(doc, b)) is not None:
            found.add_authors(names)
            b.label(Role.BYLINE, NAME, f"links to the authors' pages above the article: {names}")
            continue
        if b.role is Role.NAV and promo.match(block_key(b), b.words):
            continue  # "by Ana Ruiz · 6 days ago" under "Flipped into …": the curator's line
        if i > 0 and blocks[i - 1].role is Role.BYLINE and set_aside(b) and beat_role(b.text):
            b.label(Role.BYLINE, NAME, "author's role under the byline")
            continue
        under = title >= 0 and title < i <= title + 4
        if (
            under
            and set_aside(b, "content", "boxes")
            and _bare_author(doc, blocks, i, found, header=i < start)
        ):
            continue
        over = title >= 0 and title - 6 <= i < title
        if over and set_aside(b, "content", "boxes") and _bare_author(doc, blocks, i, found, above=True):
            continue
        if i >= start or not set_aside(b, "content", "boxes"):
            continue
        near_title = title >= 0 and title - 6 <= i < title
        if near_title and b.words <= 8 and _states(doc, "publisher", b):
            found.set_publisher(_shown_name(b.text), 3)
            b.label(Role.PUBLISHER, NAME, "the publisher the page states, above the headline")
            continue
        if (
            near_title
            and b.words <= 6
            and publisher_like(b.text)
            and not _aggregator_name(doc, b.text)
            and b.meta.get("link_chars", 0) * 2 < len(b.text)  # a menu row of links
            and not found.publisher
        ):
            dated = outlet_then_date(b.text)  # 'Edmonton Journal Saturday, March 2, 2024': an issue's line
            found.set_publisher(dated[0] if dated else b.text.strip(" .:|"), 2)
            b.label(Role.PUBLISHER, NAME, "the publisher's name above the headline")
            continue
        if near_title and b.words <= 7 and b.kind != "list_item" and not _in_menu(blocks, i):
            sec = _section_label(doc, b)
            if sec is not None and _label_nearer(doc, blocks, i, title):
                sec = None  # ('Opinion' in an issue's list over the kicker 'News' at the headline)
            if sec is not None and not found.section:
                found.section = sec
                b.label(Role.SECTION, NAME, f"section label {sec!r} just above the headline")
                continue
            if not found.section and _section_badge(doc, b, found):
                continue
        if not set_aside(b):
            continue  # a link-dense line in the container: only a section label is read from it
        if b.words > 25 or b.kind in ("list_item", "caption"):
            continue
        by = parse_byline(b.text)
        if link_dense(b) and not (_BY.match(b.text) or (by is not None and by.explicit)):
            continue  # a row of links, unless it is 'Story by <a>A</a>, <a>B</a>' or '<a>김민준</a> 기자'
        if is_date_line(b.text):
            iso = parse_date(b.text)[0]
            if iso and not found.date:
                found.see_date(iso, b.text)
                b.label(Role.DATE, NAME, f"date line above the article ({iso})")
            continue
        under_title = title >= 0 and title < i <= title + 2
        if by is not None and _evident(by, b.text, under_title):
            found.add_authors(by.authors)
            if by.publisher:
                found.set_publisher(by.publisher, 1)
            found.see_date(by.date, b.text)
            b.label(Role.BYLINE, NAME, f"byline above the article: authors {by.authors}")
        elif _dated_parts(b.text) and b.words <= 8:  # 'Grist · Nov 19, 2023': the source and its date
            iso = parse_date(b.text)[0]
            if iso:
                found.see_date(iso, b.text)
                b.label(Role.DATE, NAME, f"a line of parts around a date above the article ({iso})")
    if not found.date and title >= 0:
        _date_over_title(blocks, title, found)


# a button over the headline, not a label: 'Read Full Article', 'Open in app', 'Listen'
_ACTION = re.compile(
    r"(?i)(?:read|open|view|see|listen|watch|follow|share|save|subscribe|sign|log|download|get|go)\b"
)


# a source's name run into its button: 'The Narwhal Follow', 'Harbour Gazette + Follow'
_ACTION_END = re.compile(r"(?i)[\s+]\s*(?:follow|following|subscribe|share|save)$")


def _label_nearer(doc: Document, blocks: list[Block], i: int, title: int) -> bool:
    """Another section label stands between line i and the headline."""
    return any(
        blocks[j].words <= 7 and not _in_menu(blocks, j) and _section_label(doc, blocks[j]) is not None
        for j in range(i + 1, title)
    )


def _kicker(doc: Document, found: _Found) -> None:
    """The short label right over the headline ('HORTICULTURE', 'Energy Storage', 'Baustelle
    unter der Elbe') is a kicker, never body. It is the section when nothing else names
    one and it reads like a section name (a few capitalised words, not a story kind like
    'Exclusive'); a date, a place, a site or the publisher's name there is left alone."""
    blocks = doc.blocks
    t = next((i for i, b in enumerate(blocks) if b.role is Role.TITLE), -1)
    k = t - 1
    while k >= 0 and blocks[k].meta.get("hidden"):
        k -= 1
    if k < 0:
        return
    b = blocks[k]
    if not (b.role is Role.UNKNOWN or set_aside(b, "content", "boxes")) or b.kind not in (
        "paragraph",
        "heading",
    ):
        return
    text = _kicker_text(doc, b, found)
    if text is None or _in_menu(blocks, k):
        return
    b.label(Role.SECTION, NAME, "a kicker: the short label right over the headline")
    if not found.section and _section_like(text):
        found.section = _as_section(text)
    elif not found.section:
        _section_over_kicker(blocks, k, found)


def _kicker_text(doc: Document, b: Block, found: _Found) -> str | None:
    """The label's text if it could be a kicker: a few words, no sentence, and not a
    date, a place, a domain, a site's or the publisher's name, a menu word or a button."""
    text = b.text.strip(" :—–-·")
    if not 1 <= b.words <= 5 or len(text) > 40 or ends_sentence(text) or any(c in text for c in ",;!?/|›»>"):
        return None
    n = normalize(text)
    site = (doc.meta.get("html", {}).get("meta", {}).get("og:site_name") or [None])[0]
    named = {normalize(str(x)) for x in (found.publisher, doc.meta.get("publisher"), site) if x}
    if (
        n in named
        or key_of(n) in _MENU_WORDS
        or is_date_line(text)
        or place_line(text)
        or DOMAIN.fullmatch(text)
        or (publisher_like(text) and section_of(text) is None)  # ('Science' is both)
        or _aggregator_name(doc, text)
        or any(wording_for(doc, w).match(block_key(b), b.words) for w in ("promo", "rails", "teasers"))
        or _ACTION.match(text)
        or _ACTION_END.search(text)
    ):
        return None
    return text


def _as_section(text: str) -> str:
    """A kicker as a section name: 'WATER RIGHTS' -> 'Water Rights' ('NFL', 'EU' stay)."""
    return text.title() if text.isupper() and len(text) > 3 else text


def _section_like(text: str) -> bool:
    """A kicker that reads like a section name: a few capitalised words, no story kind ('Exclusive')."""
    toks = text.split()
    return (
        len(toks) <= 3
        and normalize(text) not in vocab().kicker_labels
        and all(tok[:1].isupper() or tok.lower() in NAME_GLUE for tok in toks)
    )


def _text_kicker(doc: Document, title: int, found: _Found) -> None:
    """In a copied page the line right over the headline may be its kicker ('Policy' under
    the source's name, 'Cricket' repeating the menu's current item): the section when
    nothing else names one. A menu's last item is no kicker unless it repeats an earlier
    line (the section the page is in); a run of three labels is a row of topic tags; under
    the aggregator's own name stands the source, no kicker."""
    blocks = doc.blocks
    k = title - 1
    if found.section or k < 1:
        return
    b = blocks[k]
    names = b.meta.get("bare_names") or ()
    # a lone name over the headline is a label only when a byline elsewhere names the authors
    bare = b.role is Role.BYLINE and len(names) == 1 and any(a not in names for a in found.authors)
    if b.role not in (Role.UNKNOWN, Role.NAV) and not bare:
        return
    text = _kicker_text(doc, b, found)
    if text is None or not _section_like(text) or ":" in text:
        return

    def label(i: int) -> bool:  # a short line nothing has claimed yet
        return (
            blocks[i].role in (Role.UNKNOWN, Role.NAV)
            and blocks[i].words <= 4
            and not ends_sentence(blocks[i].text)
        )

    prev = blocks[k - 1]
    chrome = (
        prev.role in (Role.PROMO, Role.NAV) and prev.last_label is not None and prev.last_label.filter != NAME
    )
    if _aggregator_name(doc, prev.text) or (chrome and not found.publisher):
        return  # under the aggregator's own lines stands the source's name, no kicker
    if _in_menu(blocks, k):
        if not any(blocks[j].norm == b.norm for j in range(k - 1)):
            return
        why = "repeats the menu's item right over the headline: the page's section"
    elif (
        prev.role in (Role.PUBLISHER, Role.DUPLICATE)
        or chrome
        or (label(k - 1) and not _in_menu(blocks, k - 1) and not (k >= 2 and label(k - 2)))
    ):
        # the source's name, then the kicker; a run of three labels is a row of topic tags
        why = "a kicker: the short label right over the headline, under the source's name"
    else:
        return
    if bare:
        found.authors = [a for a in found.authors if a not in b.meta["bare_names"]]
    found.section = _as_section(text)
    b.label(Role.SECTION, NAME, why)


def _section_over_kicker(blocks: list[Block], k: int, found: _Found) -> None:
    """'Finance & economics | Glittering reserves': a section name, then the story's own
    label (a fly title); the section is the label before the kicker."""
    j = k - 1
    while j >= 0 and (blocks[j].meta.get("hidden") or not blocks[j].text.strip(" |·•-–—/")):
        j -= 1
    if (
        j < 0
        or blocks[j].words > 4
        or not (blocks[j].role is Role.UNKNOWN or set_aside(blocks[j], "content"))
    ):
        return
    sec = section_of(blocks[j].text)
    if sec is not None:
        found.section = sec
        blocks[j].label(Role.SECTION, NAME, f"section {sec!r} over the story's own label")
    elif (
        j < k - 1
        and blocks[j].role is Role.UNKNOWN
        and not ends_sentence(blocks[j].text)
        and "," not in blocks[j].text
    ):
        # 'Britain | Roofing trouble': a separator joins the two labels; neither is body
        blocks[j].label(Role.SECTION, NAME, "a label beside the kicker over the headline (no section name)")


def _source_under_chrome(doc: Document, title: int, found: _Found) -> None:
    """In a copied page the source's name stands right under the aggregator's own lines
    ('Apple News' / 'Garden & Gun', 'Flipped into … by …' / 'Mint'), above the headline
    with at most its section between: the publisher when nothing else names one."""
    if found.publisher:
        return
    blocks = doc.blocks
    k = title - 1
    while k > 0 and blocks[k].role is Role.SECTION and title - k <= 2:
        k -= 1
    b, above = blocks[k], blocks[k - 1] if k > 0 else None
    if above is None or not (above.role is Role.PROMO or _aggregator_name(doc, above.text)):
        return
    if b.role not in (Role.UNKNOWN, Role.NAV) or not 1 <= b.words <= 5 or not b.text[:1].isupper():
        return
    text = b.text.strip(" .:|")
    if (
        ends_sentence(b.text)
        or name_shaped(text)
        or is_date_line(text)
        or section_of(text) is not None
        or key_of(normalize(text)) in _MENU_WORDS
        or _ACTION.match(text)
        or _aggregator_name(doc, text)
    ):
        return
    found.set_publisher(text, 2)
    b.label(Role.PUBLISHER, NAME, "the source's name under the aggregator's own lines, over the headline")


def _date_over_title(blocks: list[Block], title: int, found: _Found) -> None:
    """No date between headline and body: an edition toolbar over the headline may carry
    it ('Winnipeg Free Press · 28 Feb 2024 · A1'); the nearest plain date line above wins."""
    for i in range(title - 1, max(-1, title - _HEADER_REACH - 1), -1):
        b = blocks[i]
        if b.words > 12 or not set_aside(b, "content", "boxes") or not is_date_line(b.text):
            continue
        iso = parse_date(b.text)[0]
        if iso:
            found.see_date(iso, b.text)
            b.label(Role.DATE, NAME, f"date line above the headline ({iso})")
            return


def masthead(doc: Document) -> None:
    if doc.kind == "html":
        _html_header(doc)
    else:
        _text_header(doc)
    if not doc.meta.get("date"):
        _dateline_date(doc)


# a wire story's dateline opening its first paragraph, the only date some pages give:
# "Faro, 04 mar 2024 (Lusa) -", "Charleroi, 4 mars 2025 (Belga) –", "OSLO, March 4 2024 (NTB) —"
_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][\w .'’/-]{1,40}?,\s+(?P<date>\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?(?:\s+de)?\s+\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4})\s*\([^()]{2,40}\)\s*[-–—]"
)


def _dateline_date(doc: Document) -> None:
    """No date stated anywhere: the dateline of the first paragraph, when it has a year."""
    first = next((b for b in doc.blocks if b.role in (Role.UNKNOWN, Role.BODY) and body_like(b)), None)
    m = _DATELINE.match(first.text) if first is not None else None
    if m is None:
        return
    iso = parse_date(m.group("date"))[0]
    if iso:
        doc.set_meta("date", iso, NAME, f"the dateline of the first paragraph ({m.group(0).strip()!r})")


def _text_header(doc: Document) -> None:
    blocks = doc.blocks
    found = _Found()
    # provenance lines anywhere name the publisher
    for b in blocks:
        if b.role in (Role.UNKNOWN, Role.PROMO, Role.NAV) and b.words <= 25:
            pub = provenance_of(b.text)
            if pub:
                found.set_publisher(pub, 3)
                if b.role is Role.UNKNOWN:
                    b.label(Role.PUBLISHER, NAME, f"provenance line naming the publisher {pub!r}")
    start = article_start(doc)
    _logo_repeats(blocks, start, found)
    menu = [_in_menu(blocks, i) for i in range(start)]
    for i in range(start):
        b = blocks[i]
        if b.role is Role.UNKNOWN:
            _classify(b, found, strict=False, menu=menu[i], profile=doc.profile)
    for b in blocks[start + 1 : start + 1 + _AFTER_START]:
        if b.role is Role.UNKNOWN and b.words <= 12 and not ends_sentence(b.text):
            _classify(b, found, strict=True)
    # title: the headline-like line nearest the body, preferring real headlines
    cands = _title_candidates(blocks, start)
    _drop_rail_items(blocks, cands)
    cands = [i for i in cands if blocks[i].role is Role.UNKNOWN]
    chosen: int | None = None
    why = "headline-like line nearest the article body"
    for i in reversed(cands):
        if blocks[i].words >= 4 and not name_shaped(blocks[i].text):
            chosen = i
            break
    if chosen is not None:
        # a headline is followed by its standfirst or summary lines: go back to the
        # first of a run of adjacent headline-like lines
        first = chosen
        while first - 1 in cands and blocks[first - 1].words >= 4 and not name_shaped(blocks[first - 1].text):
            first -= 1
        if first != chosen:
            why = f"first of {chosen - first + 1} headline-like lines above the body (the rest are its standfirst)"
            chosen = first
    if chosen is None and cands:
        chosen = max(cands, key=lambda i: blocks[i].words)
    if chosen is not None:
        tb = blocks[chosen]
        found.title = tb.text
        tb.label(Role.TITLE, NAME, why)
    if chosen is not None:
        _standfirst_above_byline(blocks, chosen, start)
        _section_near_title(blocks, chosen, found)
        _bare_names_near_title(blocks, chosen, found)
        _text_kicker(doc, chosen, found)
        _source_under_chrome(doc, chosen, found)
    # what is left of the header
    for i in range(start):
        b = blocks[i]
        if b.role is not Role.UNKNOWN:
            continue
        if (
            chosen is not None
            and i > chosen
            and b.words >= 6
            and (ends_sentence(b.text) or i - 1 == chosen or blocks[i - 1].role is Role.STANDFIRST)
        ):
            b.label(Role.STANDFIRST, NAME, "text between the headline and the body")
        else:
            where = (
                "before the headline" if chosen is None or i < chosen else "between the headline and the body"
            )
            b.label(Role.NAV, NAME, f"header chrome {where}")
    if found.publisher:
        pub = normalize(found.publisher)
        found.authors = [a for a in found.authors if normalize(a) != pub]  # a publisher is no author
    doc.set_meta("title", found.title, NAME, "headline")
    doc.set_meta("authors", found.authors, NAME, "bylines")
    doc.set_meta("publisher", found.publisher, NAME, f"strength {found.publisher_strength}")
    doc.set_meta("section", found.section, NAME, "section label")
    if found.date:
        doc.set_meta("date", found.date, NAME, "first calendar date in the header")
    else:
        doc.set_meta("date", found.updated, NAME, "the header's only date is an update time")


FILTER = Filter(NAME, masthead, "title, authors, original publisher, section and date from the header")
