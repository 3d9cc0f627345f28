"""HTML reader: a page's DOM as a flat sequence of Blocks.

The reader does not decide what the article is. It walks the whole ``<body>``
once (iteratively, so absurd nesting cannot exhaust the stack) and emits one
block per paragraph-like unit: headings, paragraphs, list items (with their
depth), quotes, tables (one block, rendered as a markdown table), ``pre``,
and figure captions with their credit split off. Every block remembers the
chain of block-level elements above it (``meta["anc"]``, ids into
``doc.meta["nodes"]``) so that filters can reason about structure — which
container holds the article, which boxes are share rows or rails — without
touching the DOM. Inline links, bold, italic and code survive as markdown in
``meta["md"]``; ``text`` stays plain for the text filters.

Hidden content (``hidden``, ``aria-hidden``, ``display:none``, classes the
page's own stylesheet hides) becomes blocks with ``meta["hidden"]`` that the
``hidden`` filter drops with its reason: never shown, still explainable.
Scripts, styles, templates, forms' controls and the ``<head>`` are not content
and are not blocks at all.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from .._errors import InputError
from .._model import Block, Document, Span, squash
from .._render import escape_block_start, escape_inline
from ._htmlmeta import TIME_ATTRS, page_meta
from ._htmlsel import Marks, profile_marks
from .text import CONTROL

_SKIP = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "head", "button", "select", "input", "textarea", "option", "link", "meta",
        "audio", "video", "map", "dialog", "title", "base",
    }
)  # fmt: skip
# (not <picture> nor <source>: libxml2 does not know <source> is empty and nests the
# picture's <img> inside it, so skipping either would lose the image a caption sits under)
_BLOCK = frozenset(
    {
        "html", "body", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "p", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "form", "fieldset", "legend", "address", "details", "summary",
        "center", "hgroup", "menu", "frameset", "frame",
        # AMP's embed elements hold their own blocks (a tweet's placeholder text)
        "amp-twitter", "amp-instagram", "amp-facebook", "amp-tiktok", "amp-embedly-card",
    }
)  # fmt: skip
_CTX_TAGS = frozenset(
    {"li", "blockquote", "dt", "dd", "p", "figcaption", "caption", "summary", "legend", "address"}
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD = frozenset({"b", "strong"})
_ITALIC = frozenset({"i", "em", "cite", "dfn"})
_CODE = frozenset({"code", "kbd", "samp", "tt"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASSES = frozenset(
    {
        "hidden", "hide", "is-hidden", "u-hidden", "d-none", "sr-only", "visually-hidden",
        "visuallyhidden", "screen-reader-text", "screen-reader-only", "offscreen", "element-invisible",
    }
)  # fmt: skip
# a box that holds a picture's credit, by its class ("photo-credit", "attribution-oN6j");
# inline, a "courtesy" or "source" span is one too
CREDIT_BOX = re.compile(r"credit|copyright|photographer|attribution|(?:^|[\s_-])attr(?:$|[\s_-])", re.I)
_CREDIT_CLASS = re.compile(CREDIT_BOX.pattern + r"|courtesy|(?:^|[\s_-])source(?:$|[\s_-])", re.I)
# a class NAMED as a caption ("caption", "wp-caption-text", "article__caption"), not a
# type style that happens to say caption ("MuiTypography-caption")
_CAPTION_CLASS = re.compile(
    r"(?:^|\s)(?![\w-]*typography)[\w-]*?(?:^|[_-]|\b)(?:fig)?caption(?:[_-]?text)?"
    r"(?:[_-]{1,2}[A-Za-z0-9]{3,8})?(?=\s|$)"  # CSS-module hashes: caption-G0xk
    # "ImageCaption_text__a7QnC", "photoCaption" (camel case), "c-figcap"
    r"|(?-i:(?:^|\s)[\w-]*[a-z]Caption(?:_?[Tt]ext)?(?:[_-]{1,2}[A-Za-z0-9]{3,8})?(?=\s|$))"
    r"|(?:^|[\s_-])figcap(?=\s|$|[_-])",
    re.I,
)
# an image that is a logo or a source's avatar, by its address or class
_LOGO = re.compile(
    r"logo|masthead|wordmark|brand|publisher|provider|avatar|/profiles?/|/sources?/|/channels?/|/interests/",
    re.I,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WS = re.compile(r"[ \t\r\n\f\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MAX_TABLE_CHARS = 20_000


@dataclass(slots=True)
class Node:
    """A block-level element, as far as filters need it."""

    tag: str
    tokens: str  # class and id values as written, space-separated
    parent: int
    depth: int
    attrs: dict[str, str] = field(default_factory=dict)  # itemprop, role, marks

    def describe(self) -> str:
        cls = self.tokens.split()[:2]  # the first two classes are enough to find it
        return self.tag + "".join(f".{c}" for c in cls)


def parse(text: str, source: str) -> Any:
    """Parse markup into an lxml tree: broken markup, XHTML and fragments welcome."""
    text = _XML_DECL.sub("", CONTROL.sub("", text), count=1)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"unparseable HTML: {exc}") from exc
    if root is None:
        raise InputError(source, "unparseable HTML: no document element")
    return root


def read_html(
    text: str,
    *,
    source: str = "<string>",
    url: str | None = None,
    profile: Any = None,
) -> Document:
    """Turn a page into a Document of blocks plus its metadata candidates."""
    root = parse(text, source)
    meta = page_meta(root, url, timed=_TIMED.search(text) is not None)  # (a quick look first)
    doc = Document(blocks=[], source=source, kind="html", url=meta.get("url") or url)
    doc.meta["html"] = meta
    if profile is None:
        from .._filters.profile import detect_html_profile

        profile, why = detect_html_profile(root, doc.url, meta, text)
        if profile is not None:
            doc.meta["profile_reason"] = why
    doc.profile = profile
    marks = profile_marks(root, profile)
    meta["marks"] = marks.values
    hidden, sizes = _css_facts(root)
    walker = _Walker(doc, meta.get("base") or doc.url, marks, hidden, sizes)
    body = root.find("body")
    walker.walk(body if body is not None else root)
    doc.meta["nodes"] = walker.nodes
    if walker.logos:
        doc.meta["logos"] = walker.logos
    _dash_lists(doc.blocks)
    _numbered_lists(doc.blocks)
    if any(b.kind == "list_item" and "\n" in b.text for b in doc.blocks):
        doc.blocks[:] = _broken_bullets(doc.blocks)
    return doc


@functools.lru_cache(maxsize=4096)
def _slug_key(href: str) -> tuple[str, bool] | None:
    """The last step of a link's path, squashed ('/@TheTyee' -> 'thetyee'), and whether it
    is a handle or carries an id ('/smithsonian-magazine-1588201'); None if it names nothing."""
    path = href.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    seg = path[path.rfind("/") + 1 :]
    if not 3 <= len(seg) <= 80 or "." in seg:
        return None
    bare = _TRAILING_ID.sub("", seg.lstrip("@"))  # '…-1588201': the site's id for the source
    key = squash(bare)
    return (key, seg.startswith("@") or bare != seg.lstrip("@")) if len(key) >= 3 else None


_TRAILING_ID = re.compile(r"[-_]?\d+$")


def _slug_names(href: str, name: str) -> bool:
    """A link to the page of the outlet it names: '/@TheTyee' for 'The Tyee',
    '/smithsonian-magazine-1588201' for 'Smithsonian Magazine' (a trailing id allowed)."""
    key = _slug_key(href) if href else None
    if key is None or len(name) < 3 or len(name.split()) > 6 or squash(name) != key[0]:
        return False
    # a handle, an id or a name of words: '/markets' for 'Markets' is a section's menu link
    return key[1] or len(name.split()) >= 2


def _dash_lists(blocks: list[Block]) -> None:
    """'Le dispositif concerne :' then '<p>– les deux lignes de tramway ;</p>' '<p>– les
    navettes …</p>': paragraphs typed with a dash after a line that announces them are a
    list. A dash alone is no list mark: dialogue and interviews open lines with one, so
    it takes the colon before, two lines or more, and no questions in them."""
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "paragraph" and _ITEM_BULLET.match(blocks[j].text):
            j += 1
        run = blocks[i:j]
        if (
            len(run) >= 2
            and i > 0
            and blocks[i - 1].text.rstrip().endswith(":")
            and all(b.words <= 40 and not b.text.rstrip().endswith("?") for b in run)
        ):
            for b in run:
                _typed_item(b, _ITEM_BULLET, _MD_ITEM_BULLET, None, "a dash typed as a list mark")
        i = max(j, i + 1)


def _typed_item(b: Block, mark: re.Pattern[str], md_mark: re.Pattern[str], num: int | None, why: str) -> None:
    """A paragraph whose typed mark ('– ', '2. ') makes it a list item: the mark goes."""
    b.set_text(mark.sub("", b.text, count=1), "reader", why)
    b.kind = "list_item"
    b.meta.update({"depth": 1, "num": num})
    if "md" in b.meta:
        b.meta["md"] = md_mark.sub("", b.meta["md"], count=1)


def _broken_bullets(blocks: list[Block]) -> list[Block]:
    """'<p>• Busse ersetzen Züge.<br>• Die Fahrzeit …<br>• …</p>': bullets typed on lines
    broken by <br> in one paragraph are one item each."""
    out: list[Block] = []
    for b in blocks:
        lines = b.text.split("\n")
        mds = str(b.meta.get("md") or "").split("\n")
        if (
            b.kind != "list_item"
            or len(lines) < 2
            or len(mds) != len(lines)
            or not all(_TYPED_BULLET.match(x) for x in lines[1:])
        ):
            out.append(b)
            continue
        for k, (line, md) in enumerate(zip(lines, mds, strict=True)):
            meta = {key: v for key, v in b.meta.items() if key not in ("md", "link_chars")}
            meta["md"] = _MD_ITEM_BULLET.sub("", md, count=1) if k else md
            if "](" in md and "link_chars" in b.meta:
                meta["link_chars"] = min(b.meta["link_chars"], len(line))
            text = _TYPED_BULLET.sub("", line, count=1) if k else line
            out.append(Block(text=text, kind="list_item", span=b.span, meta=meta))
    return out


# a paragraph typed as a numbered list's item: '1. Open the 311 app …' ('1) Lego …' in a
# ranking keeps its number as text: there the number is the rank, part of what is said)
_TYPED_NUM = re.compile(r"^(\d{1,2})\.\s+(?=\S)")
_MD_TYPED_NUM = re.compile(r"^\s*\d{1,2}\\?\.\s+")


def _numbered_lists(blocks: list[Block]) -> None:
    """'<p>1. Open the app …</p><p>2. Drop a pin …</p>': paragraphs numbered one after
    another are a list. One number alone is none ('1. FC Köln won …'); the run counts up
    by one, and each item stays short."""
    i = 0
    while i < len(blocks):
        j, n = i, None
        while j < len(blocks) and blocks[j].kind == "paragraph" and (m := _TYPED_NUM.match(blocks[j].text)):
            if (n is not None and int(m.group(1)) != n + 1) or blocks[j].words > 60:
                break
            n = int(m.group(1))
            j += 1
        if j - i >= 2:
            for b in blocks[i:j]:
                m = _TYPED_NUM.match(b.text)
                assert m is not None
                _typed_item(b, _TYPED_NUM, _MD_TYPED_NUM, int(m.group(1)), "a number typed as a list mark")
        i = max(j, i + 1)


_TIMED = re.compile("|".join(TIME_ATTRS))


def _css_facts(root: Any) -> tuple[frozenset[str], dict[str, float]]:
    """What the page's own top-level CSS says about its classes: which it hides
    (``.x{display:none}``) and their font size in px (``.k0z .h7{font:700 38px/1.1 …}``:
    the last class of a selector). Div-soup pages with generated class names show
    their headline only this way."""
    hidden: set[str] = set()
    sizes: dict[str, float] = {}
    for style in root.iter("style"):
        css = style.text or ""
        for sel, body in _top_level_rules(css):
            hides = _HIDDEN_STYLE.search(body) is not None
            size = _font_px(body)
            if not hides and size is None:
                continue
            for part in sel.split(","):
                part = part.strip()
                if hides:
                    m = re.fullmatch(r"\.((?:\\.|[\w-])+)", part)
                    if m:
                        hidden.add(m.group(1).replace("\\", ""))
                if size is not None:
                    m = re.search(r"\.([\w-]+)$", part)
                    if m:
                        sizes[m.group(1)] = size
    return frozenset(hidden), sizes


_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)(px|rem|em|pt)\b", re.I)
_FONT_SHORT = re.compile(r"(?:^|;)\s*font\s*:[^;]*?\b([\d.]+)(px|rem|em|pt)\b", re.I)
_UNIT = {"px": 1.0, "rem": 16.0, "em": 16.0, "pt": 4 / 3}


def _font_px(body: str) -> float | None:
    m = _FONT_SIZE.search(body) or _FONT_SHORT.search(body)
    if not m:
        return None
    try:
        return round(float(m.group(1)) * _UNIT[m.group(2).lower()], 1)
    except ValueError:
        return None


_BRACE = re.compile(r"[{}]")


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """``selector { body }`` pairs outside @media and other at-rules."""
    rules: list[tuple[str, str]] = []
    depth = 0
    start = 0
    sel = ""
    in_at = False
    for m in _BRACE.finditer(css):
        i = m.start()
        if css[i] == "{":
            if depth == 0:
                sel = css[start:i].strip()
                in_at = sel.startswith("@")
                start = i + 1
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                if not in_at:
                    rules.append((sel, css[start:i]))
                start = i + 1
            depth = max(depth, 0)
    return rules


class _Walker:
    """One pass over the DOM, collecting inline content into blocks."""

    def __init__(
        self,
        doc: Document,
        base: str | None,
        marks: Marks,
        hidden_classes: frozenset[str],
        font_sizes: dict[str, float] | None = None,
    ):
        self.doc = doc
        self.font_sizes = font_sizes or {}
        self.base = base
        self.marks = marks
        self.hidden_classes = hidden_classes | _HIDDEN_CLASSES
        self.nodes: list[Node] = []
        self.anc: list[int] = []
        self.plain: list[str] = []
        self.md: list[str] = []
        self.link_chars = 0
        self.in_link = 0
        self.author_links: list[str] = []  # text of links to an author's page in this block
        self.name_spans: list[str] = []  # text of inline elements classed as a name ('byline__name')
        self.inline: list[tuple[str, int, str]] = []  # (kind, md index, href)
        self.ctx: list[tuple[str, Any]] = []  # block contexts: ("li", depth/num), ("quote", 0)...
        self.list_stack: list[list[int]] = []  # per open list: [ordered, counter]
        self.last_br = False
        self.img_pending = False  # an image stood alone just before the next text
        self.logos: list[tuple[str, int]] = []  # (alt, blocks before it) of each logo image
        self.source_links: list[str] = []  # links named as their page: '<a href="/@TheTyee">The Tyee'
        self.img_alt = ""  # that image's alt text (a logo beside its name: "publisher lockup")
        self.img_logo = False  # its address or class says it is a logo or a source's avatar
        self.img_wrap: int | None = None  # the element holding that image
        self.img_icon = False  # its declared size is an icon's or a thumbnail's, no photo's
        self.img_home = False  # a logo linking to the site's own front page
        self.credit_el: str | None = None  # text of a <small>/credit element in this block
        self.credit_at: list[int] = []
        self.last_span = ""  # under an image, the text of the span that closed last
        self.link_closed = False  # the last thing added was the end of an inline element
        self.last_inline_kind = ""  # ...of which kind ("a" for a link)
        self.last_inline_chars = 0  # ...holding this many characters
        self.plain_at: list[int] = []  # per open inline element: len(self.plain) at its start
        self.name_el: list[bool] = []  # per open inline element: its class names it a name

    # -- the walk -----------------------------------------------------------
    def walk(self, top: Any) -> None:
        stack: list[tuple[Any, bool]] = [(top, False)]
        while stack:
            el, done = stack.pop()
            if done:
                self._leave(el)
                if el.tail:
                    self._text(el.tail)
                continue
            tag = el.tag
            if not isinstance(tag, str):
                if el.tail:
                    self._text(el.tail)
                continue
            tag = tag.lower()
            if tag in _SKIP or self._hidden_subtree(el):
                if el.tail:
                    self._text(el.tail)
                continue
            if tag == "br":
                self._br()
                if el.tail:
                    self._text(el.tail)
                continue
            if tag in ("source", "track"):  # (empty; libxml2 may nest a picture's <img> in one)
                if len(el):
                    stack.extend((child, False) for child in reversed(el))
                if el.tail:
                    self._text(el.tail)
                continue
            if tag in ("img", "amp-img"):
                alt = el.get("alt") or ""
                alt = " ".join(alt.split()) if alt else ""
                pending = not "".join(self.plain).strip()
                logo = False
                size = _declared_size(el)
                href = next((h for k, _, h in reversed(self.inline) if k == "a"), "") if self.in_link else ""
                if alt or pending:
                    # a logo by its address or class (never at a photo's size: '…/sources/reuters/…
                    # ponds.jpg' at 900x600), or inside a link to the page its alt names
                    # ('<a href="/smithsonian-magazine-1588201"><img alt="Smithsonian Magazine">')
                    logo = bool(_LOGO.search(f"{el.get('src') or ''} {el.get('class') or ''}")) and not (
                        size and min(size) >= 150
                    )
                    if not logo and alt and href:
                        logo = _slug_names(href, alt)
                # (a logo linking to the aggregator's own front page is its masthead: no source's)
                home = logo and self.doc.profile is not None and _home_link(href, self.doc.profile)
                if logo and alt and not home:
                    self.logos.append((alt, len(self.doc.blocks)))
                if pending:
                    self.img_pending = True
                    self.img_alt = alt
                    self.img_logo = logo
                    # (both sides under 100 px: an icon, an avatar, an issue's cover thumbnail)
                    self.img_icon = size is not None and max(size) < 100
                    self.img_home = home
                    self.img_wrap = self.anc[-1] if self.anc else None
                if el.tail:
                    self._text(el.tail)
                continue
            if tag in _BLOCK:
                if tag == "table" and self._data_table(el):
                    self._table(el)
                    if el.tail:
                        self._text(el.tail)
                    continue
                if (tag == "figure" or (tag != "body" and self._caption_el(el, tag))) and self._caption(
                    el, tag
                ):
                    if el.tail:
                        self._text(el.tail)
                    continue
                if tag == "pre":
                    self._pre(el)
                    if el.tail:
                        self._text(el.tail)
                    continue
                self._enter_block(el, tag)
            else:
                self._enter_inline(el, tag)
            if el.text:
                self._text(el.text)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
        self._flush()

    def _caption_el(self, el: Any, tag: str) -> bool:
        """A caption element by its tag or class, or by the site profile's captions selector."""
        return _is_caption_el(el, tag) or self.marks.roles.get(el) == "captions"

    def _hidden_subtree(self, el: Any) -> bool:
        why = _hidden_reason(el, self.hidden_classes)
        if why is None and self.marks.drop and el in self.marks.drop:
            why = f"profile selector {self.marks.drop[el]!r} (drop)"
        if why is None:
            return False
        text = " ".join(el.text_content().split())
        if text:
            self._flush()
            blk = self._new_block(text[:2000], "paragraph")
            blk.meta["hidden"] = why
        return True

    # -- blocks ---------------------------------------------------------------
    def _enter_block(self, el: Any, tag: str) -> None:
        self._flush()
        nid = len(self.nodes)
        attrs: dict[str, str] = {}
        for a in ("itemprop", "role", "itemtype", "aria-roledescription"):
            v = el.get(a)
            if v:
                attrs[a] = v.lower()
        mark = self.marks.roles.get(el)
        if mark:
            attrs["mark"] = mark
        size = self._font_size(el)
        if size:
            attrs["fs"] = str(size)
        self.nodes.append(Node(tag, _tokens(el), self.anc[-1] if self.anc else -1, len(self.anc), attrs))
        self.anc.append(nid)
        if tag in ("ul", "ol", "menu"):
            start = el.get("start")
            self.list_stack.append([tag == "ol", int(start) - 1 if start and start.isdigit() else 0])
        elif tag == "li":
            num = 0
            if self.list_stack:
                self.list_stack[-1][1] += 1
                num = self.list_stack[-1][1] if self.list_stack[-1][0] else 0
            self.ctx.append(("li", (len(self.list_stack), num)))
        elif tag == "blockquote":
            self.ctx.append(("quote", 0))
        elif tag in _HEADINGS:
            self.ctx.append(("h", _HEADINGS[tag]))
        elif attrs.get("role") == "heading":  # <div role="heading" aria-level="2">
            level = el.get("aria-level") or ""
            self.ctx.append(("h", int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2))
        elif tag in _CTX_TAGS:
            self.ctx.append(("p", 0))

    def _leave(self, el: Any) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _BLOCK:
            self._flush()
            if self.ctx and (tag in _CTX_TAGS or tag in _HEADINGS or _aria_heading(el)):
                self.ctx.pop()
            if tag in ("ul", "ol", "menu") and self.list_stack:
                self.list_stack.pop()
            if self.anc:
                self.anc.pop()
        else:
            self._leave_inline(tag)

    def _flush(self) -> None:
        self.last_br = False
        credit_el, self.credit_el = self.credit_el, None
        last_span, self.last_span = self.last_span, ""
        author_links, self.author_links = self.author_links, []
        name_spans, self.name_spans = self.name_spans, []
        source_links, self.source_links = self.source_links, []
        if self.credit_at:
            self.credit_at = [0 for _ in self.credit_at]
        if self.plain_at:
            self.plain_at = [0 for _ in self.plain_at]
        if not self.plain:
            if self.inline:
                self.inline = [(k, 0, h) for k, _, h in self.inline]
            return
        plain = _squeeze("".join(self.plain))
        md = _squeeze("".join(self.md))
        self.plain.clear()
        self.md.clear()
        self.inline = [(k, 0, h) for k, _, h in self.inline]
        link_chars, self.link_chars = self.link_chars, 0
        if not plain:
            return
        kind, extra = self._kind()
        typed = _TYPED_BULLET.match(plain) if kind == "paragraph" else None
        if typed:  # '<p>• Northbound traffic via …</p>': a list typed with bullets
            plain, kind, extra = plain[typed.end() :], "list_item", {"depth": 1, "num": None}
            md = _TYPED_BULLET.sub("", md, count=1)
        elif kind == "list_item" and (typed := _ITEM_BULLET.match(plain)) and plain[typed.end() :]:
            # '<li>– un abri chauffé</li>': the list's own marker hidden, one typed instead
            plain = plain[typed.end() :]
            md = _MD_ITEM_BULLET.sub("", md, count=1)
        blk = self._new_block(plain, kind)
        if self.img_pending:
            blk.meta["after_image"] = True
            if self.img_alt:
                blk.meta["img_alt"] = self.img_alt
            if self.img_logo:
                blk.meta["img_logo"] = True
            if self.img_icon:
                blk.meta["img_icon"] = True
            if self.img_home:
                blk.meta["img_home"] = True
            elif self.img_wrap is not None and self.img_wrap in blk.meta["anc"]:
                blk.meta["img_wrap"] = self.img_wrap  # the text shares the image's wrapper
            self.img_pending = False
        size = self._block_font()
        if size:
            blk.meta["fs"] = size
        if credit_el:
            blk.meta["credit_el"] = credit_el
        elif last_span and len(last_span) < len(plain) and plain.endswith(last_span):
            blk.meta["tail_span"] = last_span  # '… by a remotely operated vehicle <span>NOAA/Alamy</span>'
        blk.meta["md"] = "\n".join(escape_block_start(line) for line in md.split("\n"))
        if link_chars:
            blk.meta["link_chars"] = min(link_chars, len(plain))
        if author_links:
            blk.meta["author_links"] = author_links
        if name_spans:
            blk.meta["name_spans"] = name_spans
        if source_links:
            blk.meta["source_links"] = source_links
        blk.meta.update(extra)

    def _font_size(self, el: Any) -> float | None:
        style = el.get("style")
        if style:
            size = _font_px(style)
            if size:
                return size
        if not self.font_sizes:
            return None
        for c in reversed((el.get("class") or "").split()):
            if c in self.font_sizes:
                return self.font_sizes[c]
        return None

    def _block_font(self) -> float | None:
        """The font size the nearest sized element above this block gives it."""
        for nid in reversed(self.anc):
            fs = self.nodes[nid].attrs.get("fs")
            if fs:
                return float(fs)
        return None

    def _kind(self) -> tuple[str, dict[str, Any]]:
        for c, val in reversed(self.ctx):
            if c == "h":
                return "heading", {"level": val}
            if c == "li":
                return "list_item", {"depth": val[0], "num": val[1]}
            if c == "quote":
                return "quote", {}
        return "paragraph", {}

    def _new_block(self, text: str, kind: str) -> Block:
        nid = self.anc[-1] if self.anc else -1
        blk = Block(text=text, kind=kind, span=Span(path=self._path(nid)), meta={"anc": tuple(self.anc)})
        self.doc.blocks.append(blk)
        return blk

    def _path(self, nid: int) -> str:
        parts: list[str] = []
        while nid >= 0 and len(parts) < 3:
            parts.append(self.nodes[nid].describe())
            nid = self.nodes[nid].parent
        return " > ".join(reversed(parts)) or "body"

    # -- inline ---------------------------------------------------------------
    def _text(self, s: str) -> None:
        if not s or (not self.plain and s.isspace()):  # a block's leading whitespace: nothing
            return
        s = _WS.sub(" ", s)
        self.link_closed = False
        if self.last_br and s.strip():
            self.last_br = False
        self.plain.append(s)
        self.md.append(escape_inline(s))
        if self.in_link:
            self.link_chars += len(s.strip())

    def _br(self) -> None:
        if self.last_br:  # <br><br>: a paragraph break
            self._flush()
            return
        if self.plain:
            self.plain.append("\n")
            self.md.append("\n")
            self.last_br = True

    def _enter_inline(self, el: Any, tag: str) -> None:
        if self.link_closed and self.plain and not self.plain[-1][-1:].isspace():
            # <a>Home</a><a>News</a>, <span>Like</span><span>Share</span>: two controls, two
            # words (but <b>Dmitrien</b><i>ko</i> and a one-letter drop cap stay joined)
            first = (el.text or "").lstrip()[:1]
            after_link = self.last_inline_kind == "a"
            if (tag == "a" and after_link) or (self.last_inline_chars >= 2 and first.isupper()):
                self.plain.append(" ")
                self.md.append(" ")
        self.plain_at.append(len(self.plain))
        cls = el.get("class") or ""
        self.name_el.append("ame" in cls and bool(_NAME_CLASS.search(cls)))
        if tag == "a":
            href = el.get("href") or ""
            if href and not href.lower().startswith(("javascript:", "#", "data:")):
                if self.base and not href.startswith(("https://", "http://")):
                    href = urljoin(self.base, href)
                href = href.replace(" ", "%20").replace(")", "%29").replace("(", "%28")
            else:
                href = ""
            self.inline.append(("a", len(self.md), href))
            self.in_link += 1
        elif tag in _BOLD:
            self.inline.append(("**", len(self.md), ""))
        elif tag in _ITALIC:
            self.inline.append(("*", len(self.md), ""))
        elif tag in _CODE:
            self.inline.append(("`", len(self.md), ""))
        elif tag == "small" or (tag == "span" and _CREDIT_CLASS.search(_tokens(el))):
            self.inline.append(("credit", len(self.md), ""))
            self.credit_at.append(len(self.plain))
        else:
            self.inline.append(("", len(self.md), ""))

    def _leave_inline(self, tag: str) -> None:
        if not self.inline:
            return
        kind, at, href = self.inline.pop()
        start = self.plain_at.pop() if self.plain_at else len(self.plain)
        if self.name_el and self.name_el.pop() and (name := _flat("".join(self.plain[start:]))):
            self.name_spans.append(name)  # '<span class="byline__name">Maite Goñi</span>'

        # the next inline element right after this one may be a new word (see _enter_inline)
        self.link_closed = True
        self.last_inline_kind = kind
        self.last_inline_chars = len("".join(self.plain[start:]).strip())
        if kind == "a":
            self.in_link = max(0, self.in_link - 1)
            if (
                href
                and (
                    (_author_hint(href) and _AUTHOR_PAGE.search(href))
                    # '<a href="mailto:…">Kirsty McAllister</a>': a name written on its address
                    or (href[:7].lower() == "mailto:" and "@" not in "".join(self.plain[start:]))
                )
            ):
                name = _flat("".join(self.plain[start:]))
                if name:
                    self.author_links.append(name)
            elif (
                href
                and self.img_pending  # (read only beside a logo or avatar: '<img …avatar…><a href="/@TheTyee">')
                and self.img_logo
                and _slug_names(href, text := _flat("".join(self.plain[start:])))
            ):
                self.source_links.append(text)
        elif kind == "credit" and self.credit_at:
            start = self.credit_at.pop()
            text = _flat("".join(self.plain[start:]))
            if text:
                self.credit_el = text
            return
        elif not kind and tag == "span" and self.img_pending:
            self.last_span = _flat("".join(self.plain[start:]))  # (a credit span without a credit's class)
        if not kind or at > len(self.md):
            return
        inner = "".join(self.md[at:])
        core = inner.strip()
        if not core or "\n" in core:
            return
        lead = inner[: len(inner) - len(inner.lstrip())]
        trail = inner[len(inner.rstrip()) :]
        if kind == "a":
            if not href:
                return
            wrapped = f"[{core}]({href})"
        elif kind == "`":
            wrapped = f"`{core.replace(chr(92), '')}`" if "`" not in core else core
        else:
            if core.startswith(kind[0]) or core.endswith(kind[0]):
                return  # nested emphasis of the same kind: leave it plain
            wrapped = f"{kind}{core}{kind}"
        self.md[at:] = [lead + wrapped + trail]

    # -- special blocks -------------------------------------------------------
    def _pre(self, el: Any) -> None:
        self._flush()
        text = el.text_content().strip("\n")
        if not text.strip():
            return
        self._enter_block(el, "pre")
        blk = self._new_block(text, "pre")
        fence = "````" if "```" in text else "```"
        blk.meta["md"] = f"{fence}\n{text}\n{fence}"
        self.anc.pop()

    def _data_table(self, el: Any) -> bool:
        """A table of data (rows of cells), not a layout table holding the page."""
        if el.find(".//table") is not None:
            return False
        for tag in ("p", "div", "ul", "ol", "h1", "h2", "h3", "blockquote"):
            if el.find(f".//{tag}") is not None and len(el.text_content()) > 400:
                return False
        return len(el.text_content()) < _MAX_TABLE_CHARS

    def _table(self, el: Any) -> None:
        self._flush()
        rows: list[list[str]] = []
        header = False
        for i, tr in enumerate(el.iter("tr")):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            if not cells:
                continue
            if i == 0 and all(c.tag.lower() == "th" for c in cells):
                header = True
            rows.append([_flat(c.text_content()) for c in cells])
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        self._enter_block(el, "table")
        text = "\n".join(" | ".join(c for c in r) for r in rows)
        blk = self._new_block(text, "table")
        if width == 1:
            blk.kind = "paragraph"
            blk.meta["md"] = "\n".join(escape_block_start(escape_inline(r[0])) for r in rows)
        else:
            head = rows[0] if header else [""] * width
            body = rows[1:] if header else rows
            lines = [_md_row(head), "|" + "|".join(" --- " for _ in range(width)) + "|"]
            lines.extend(_md_row(r) for r in body)
            blk.meta["md"] = "\n".join(lines)
        cap = el.find("caption")
        if cap is not None and _flat(cap.text_content()):
            blk.meta["table_caption"] = _flat(cap.text_content())
        self.anc.pop()

    def _caption(self, el: Any, tag: str) -> bool:
        """A figure or caption element: one caption block, its credit split off."""
        cap_el = el
        if tag == "figure":
            cap_el = el.find(".//figcaption")
            if cap_el is None:
                found = [c for c in el.iter() if isinstance(c.tag, str) and _is_caption_el(c, c.tag.lower())]
                cap_el = found[0] if found else None
            if cap_el is None:
                # a figure without a caption may still hold text (a pull quote, an embed)
                return not _flat(el.text_content())
            if any(
                isinstance(c.tag, str) and c.tag.lower() in ("p", "h2", "h3", "ul", "blockquote")
                for c in el.iter()
                if not _inside(c, cap_el)
            ):
                return False  # a "figure" wrapping real text: walk it normally
        self._flush()
        items = [li for li in cap_el.iter("li") if not _hidden_reason(li, self.hidden_classes)]
        if len(items) < 2:  # or a wrapper of caption elements, one per slide
            items = [
                c
                for c in cap_el
                if isinstance(c.tag, str)
                and _is_caption_el(c, c.tag.lower())
                and not _CREDIT_CLASS.search(_tokens(c))  # (a caption's text and credit spans)
                and not _hidden_reason(c, self.hidden_classes)
            ]
        if len(items) >= 2:  # a gallery's captions as one list: a caption per item
            self._enter_block(el, tag)
            for li in items:
                cap_parts: list[str] = []
                cred_parts: list[str] = []
                _split_credit_elements(li, cap_parts, cred_parts, self.hidden_classes)
                self._caption_block(_flat(" ".join(cap_parts)), _flat(" ".join(cred_parts)))
            self.anc.pop()
            return True
        credit_parts: list[str] = []
        caption_parts: list[str] = []
        _split_credit_elements(cap_el, caption_parts, credit_parts, self.hidden_classes)
        caption = _flat(" ".join(caption_parts))
        credit = _flat(" ".join(credit_parts))
        if tag == "figure" and cap_el is not el:
            # text of the figure beside its caption element: a credit line in its own div
            # ("<figcaption>…</figcaption><div>Name/NPR</div>"), never dropped unseen
            # (scripts and hidden elements skipped as in the caption itself)
            parts: list[str] = []
            for child in el:
                ctag = child.tag.lower() if isinstance(child.tag, str) else ""
                if (
                    not ctag
                    or ctag in _SKIP
                    or _inside(cap_el, child)
                    or _hidden_reason(child, self.hidden_classes)
                ):
                    continue
                _split_credit_elements(child, parts, parts, self.hidden_classes)
            other = _flat(" ".join(parts))
            if other and not credit and len(other.split()) <= 12:
                credit = other
            elif other:
                caption = _flat(f"{caption} {other}")
        if not caption and not credit:
            return True
        self._enter_block(el, tag)
        blk = self._caption_block(caption, credit)
        if blk is not None and _video_media(el if tag == "figure" else el.getprevious()):
            blk.meta["video"] = True
        self.anc.pop()
        return True

    def _caption_block(self, caption: str, credit: str) -> Block | None:
        if not caption and not credit:
            return None
        text = caption if not credit else f"{caption} ({credit})" if caption else credit
        blk = self._new_block(text, "caption")
        blk.meta["caption"] = caption
        blk.meta["credit"] = credit or None
        blk.meta["md"] = escape_inline(text)
        return blk


_VIDEO_TAGS = frozenset(
    [
        "video",
        "iframe",
        "amp-video",
        "amp-video-iframe",
        "amp-youtube",
        "amp-brightcove",
        "amp-jwplayer",
        "amp-ima-video",
    ]
)


def _video_media(el: Any) -> bool:
    """The caption's media is a video player (a poster image inside the player counts as
    the player's), and no photo stands beside it."""
    if el is None or not isinstance(el.tag, str):
        return False
    video = photo = False
    stack = [(el, False)]
    while stack:
        node, in_player = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _VIDEO_TAGS:
            video, in_player = True, True
        elif tag in ("img", "amp-img", "picture") and not in_player:
            photo = True
        stack.extend((c, in_player) for c in node)
    return video and not photo


def _home_link(href: str, profile: Any) -> bool:
    """A link to the front page of the aggregator's site ('https://news.yahoo.co.jp/')."""
    if not href.startswith(("https://", "http://")):
        return False
    parts = urlsplit(href)
    return parts.path in ("", "/") and not parts.query and bool(profile.matches_url(href))


def _declared_size(el: Any) -> tuple[int, int] | None:
    """An image's declared width and height in pixels, when it states both."""
    w, h = (el.get("width") or "").strip(), (el.get("height") or "").strip()
    return (int(w), int(h)) if w.isdigit() and h.isdigit() else None


# a bullet typed at the start of a paragraph (never '-' or '–': dialogue and datelines)
_BULLETS = "\u2022\u25cf\u25aa\u25a0\u2023\u25e6\u2043"
_TYPED_BULLET = re.compile(rf"^[{_BULLETS}]\s+(?=\S)")


# an inline element classed as a person's name: 'author-name', 'c-byline__name', 'ArticleByline_name__4Rt6w'
_NAME_CLASS = re.compile(r"(?i)(?:^|[^a-z])(?:author|byline|writer|reporter)?[_-]*name(?:s)?(?:[^a-z]|$)")

# a link to an author's page: /author/jane-doe/, /autor/…, /profile/…, /staff/…
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:es|en)?|auteurs?|autori|autore|auteur|journalists?|reporters?|staff|"
    r"writers?|columnists?|contributors?|profiles?)/[^/?#]+/?(?:[?#].*)?$",
    re.I,
)


def _author_hint(href: str) -> bool:
    """A cheap test before the author-page pattern (every link on a page passes here)."""
    h = href.lower()
    return (
        "aut" in h
        or "staff" in h
        or "writer" in h
        or "report" in h
        or "journal" in h
        or ("column" in h or "contrib" in h or "profile" in h)
    )


# inside a list item a leading dash is its bullet too
_ITEM_BULLET = re.compile(rf"^[{_BULLETS}\u2013\u2014-]\s+(?=\S)")
# the same at the start of the item's markdown, where a leading '-' was escaped
_MD_ITEM_BULLET = re.compile(rf"^\s*\\?[{_BULLETS}\u2013\u2014-]\s+")


def _aria_heading(el: Any) -> bool:
    """``<div role="heading">``: pushed a heading context in ``_enter_block`` (tags that push
    their own, and lists, which push none, excluded the same way)."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _CTX_TAGS or tag in _HEADINGS or tag in ("ul", "ol", "menu"):
        return False
    return (el.get("role") or "").lower() == "heading"


def _inside(el: Any, container: Any) -> bool:
    while el is not None:
        if el is container:
            return True
        el = el.getparent()
    return False


def _split_credit_elements(el: Any, caption: list[str], credit: list[str], hidden: frozenset[str]) -> None:
    """Text of a caption element, with credit-classed spans and <small> set apart."""
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, is_tail = stack.pop()
        if is_tail:
            if node.tail:
                caption.append(node.tail)
            continue
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if not tag or tag in _SKIP:
            if node.tail:
                caption.append(node.tail)
            continue
        if node is not el and _hidden_reason(node, hidden):
            if node.tail:
                caption.append(node.tail)
            continue
        if node is not el and (tag == "small" or _CREDIT_CLASS.search(_tokens(node))):
            credit.append(node.text_content())
            if node.tail:
                caption.append(node.tail)
            continue
        if tag == "br":
            caption.append(" ")
        if node.text:
            caption.append(node.text)
        if node is not el:
            stack.append((node, True))
        stack.extend((c, False) for c in reversed(node))


def _is_caption_el(el: Any, tag: str) -> bool:
    if tag == "figcaption":
        return True
    if tag in ("div", "p", "span"):
        cls = el.get("class")
        return bool(cls and _CAPTION_CLASS.search(cls))
    return False


def _hidden_reason(el: Any, hidden_classes: frozenset[str]) -> str | None:
    attrib = el.attrib
    if not attrib:
        return None
    if "hidden" in attrib:
        return "hidden attribute"
    if attrib.get("aria-hidden", "").lower() == "true":
        return "aria-hidden"
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return f"inline style {' '.join(style.split())[:40]!r}"
    cls = attrib.get("class")
    if cls:
        for c in cls.split():
            if c in hidden_classes:
                return f"class {c!r} is hidden"
    return None


def _tokens(el: Any) -> str:
    """class, id and a test id ('data-testid="author-box"': React pages name their
    parts there and leave the class a hash)."""
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    test = el.get("data-testid") or ""
    if not cls and not ident and not test:
        return ""
    return f"{cls} {ident} {test}".strip()


def _squeeze(s: str) -> str:
    """Collapse whitespace runs to one space, keeping single line breaks (from <br>)."""
    if "\n" not in s:
        return _WS.sub(" ", s).strip()
    lines = (_WS.sub(" ", line).strip() for line in s.split("\n"))
    return "\n".join(line for line in lines if line)


def _flat(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(escape_inline(c).replace("|", "\\|") for c in cells) + " |"
