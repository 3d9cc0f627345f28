"""``captions``: photo captions and their credits, kept apart from the body.

Credit styles (agency names and prefixes are data, ``_data/credits.yaml``):
``Caption (Anadolu Agency via Getty Images)``, ``Caption (REUTERS)``,
``Caption Photo: AP``, ``Caption Credit: Jane Doe/Bloomberg``,
``Caption © PA Images``, ``Caption [Image: Shutterstock]``, and a credit on a
line of its own under the caption (``John Smith/AP``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .._data import load
from .._model import Block, Document, Role
from .._pipeline import Filter
from .._readers.html import CREDIT_BOX
from ._common import article_start, block_key, body_like, ends_sentence, link_dense, set_aside, wording_for
from ._meta import CJK_CHARS, is_date_line, parse_byline, provenance_line, provenance_of

NAME = "captions"
_MAX_CAPTION_WORDS = 70
_MAX_CREDIT_WORDS = 10


@dataclass(frozen=True)
class _Credits:
    orgs: frozenset[str]
    agency: re.Pattern[str]
    prefix: re.Pattern[str]  # "Photo:", "Credit:" ... at the start of a credit
    prefix_by: re.Pattern[str]  # "Photo by" inside parentheses
    words: re.Pattern[str]  # 提供, 자료사진: a credit in brackets in scripts without capitals
    cjk_outlet: re.Pattern[str]  # 毎日新聞, 中央社: an outlet's whole name in full-width brackets
    terms: re.Pattern[str]  # "재판매 및 DB 금지", "Editorial use only" after a credit
    split: re.Pattern[str]  # "… on Friday. Photo: Jane Roe": a capitalised prefix and the credit after it
    permission: re.Pattern[str]  # "Permission granted by X": a credit kept whole


@functools.lru_cache(maxsize=1)
def _credits() -> _Credits:
    data = load("credits")
    names = sorted(data["agencies"], key=len, reverse=True)
    exact = [re.escape(n) for n in names if n.isupper()]
    loose = [re.escape(n) for n in names if not n.isupper()]
    agency = re.compile(
        rf"(?<![\w])(?:{'|'.join(exact)})(?![\w])|(?i:(?<![\w])(?:{'|'.join(loose)})(?![\w]))"
    )
    pfx = sorted(data["prefixes"], key=len, reverse=True)
    alts = "|".join(re.escape(p) for p in pfx)
    # 撮影・中西幸大: Japanese papers use ・; 'Photo/ANI', 'File Photo/PTI': Indian wires a slash
    prefix = re.compile(rf"(?i:(?:{alts}))\s*(?:[:：・]|/(?=\s*[A-Z]))\s*")
    prefix_by = re.compile(r"(?i:(?:photo|photograph|image|picture|illustration)s?\s+by)\s+")
    orgs = frozenset(o.lower() for o in data.get("organisations") or ())
    words = re.compile("|".join(re.escape(w) for w in data["credit_words"]), re.I)
    terms = re.compile(
        r"[\s.,;:—–-]+(?:" + "|".join(re.escape(t) for t in data["restrictions"]) + r")[\s.]*$", re.I
    )
    sufs = "|".join(
        re.escape(x) for x in sorted(data.get("cjk_outlet_suffixes") or (), key=len, reverse=True)
    )
    cjk_outlet = re.compile(rf"[^\s・、，,。()（）]{{0,10}}(?:{sufs})") if sufs else re.compile(r"(?!)")
    # the prefixes as captions print them before a colon: 'Photo:', 'PHOTO:', 'Quelle:'
    forms = {f for p in pfx for f in (p[:1].upper() + p[1:], p.upper())}
    split = re.compile(
        r"(?:^|(?<=[\s.,;—–|-]))(?P<pfx>"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")\s*[:：]\s*(?P<cr>[^:：]{2,140})$"
    )
    permission = re.compile(
        "(?i:" + "|".join(re.escape(p) for p in data.get("permissions") or ()) + r")\s+\S"
    )
    return _Credits(orgs, agency, prefix, prefix_by, words, cjk_outlet, terms, split, permission)


_PAREN_END = re.compile(r"^(?P<cap>.*?\S)\s*\((?P<cr>[^()]{2,140})\)$")
_BRACKET_END = re.compile(r"^(?P<cap>.*?\S)?[\s,;:—–-]*\[(?P<cr>[^\[\]]{2,140})\]$")
_COPYRIGHT_END = re.compile(r"^(?P<cap>.*?\S)?[\s,;:—–|-]*(?:©|\(c\)|Copyright\b)\s*(?P<cr>[^©]{2,140})$")
_TIMESTAMP = re.compile(r"\b\d+\s*(?:s|m|h|d|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago\b|[·•]", re.I)
# "A. THIRUMALAI", "K.R. DEEPAK": an initial makes capitals a name, not a heading
_CAPS_NAME = re.compile(r"(?:[A-Z]\.\s?){1,3}\s?[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,})?")
# "... on Monday. REUTERS/Camille Baudry": an agency in capitals, a slash, a name
# "... on Tuesday. Ana Ruiz/The Halden Post": a sentence, then 'Name/Outlet'
# (two pictures, two credits: "Ana Ruiz/The Halden Post; Jo Lee/The Courier")
_NAME_SLASH_OUTLET = (
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\s?/\s?(?:(?:The )?[A-Z][\w&'’.-]*"
    r"(?: (?:[A-Z&][\w&'’.-]*|of|the|and)){0,5}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"  # or "Name/user@paper.com"
)
_NAME_SLASH_RX = re.compile(_NAME_SLASH_OUTLET)
# the credit first, then a colon and the caption
_LEAD_CREDIT_COLON = re.compile(r"^(?P<cr>[^:.!?]{2,60}?):\s+(?P<cap>[A-ZÀ-Þ].{8,})$")
_GLUED_NAME = re.compile(rf"^(?P<cap>.*?[.!?])\s+(?P<cr>{_NAME_SLASH_OUTLET}(?:; {_NAME_SLASH_OUTLET})?)$")
_GLUED_END = re.compile(
    r"^(?P<cap>.*?[.!?])\s+(?P<cr>(?:[A-Z]{2,}[A-Za-z]*(?: Photo)?)(?:/[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})+)$"
)
# "… no final de 2023 MIGUEL A. LOPES/LUSA": a run of capitals with a slash closing a
# caption in mixed case is its credit, sentence end or not (an initial is no sentence end)
_UC = "A-ZÀ-ÖØ-Þ"
_CAPS_SLASH = rf"[{_UC}][{_UC}.'’-]*(?: [{_UC}][{_UC}.'’-]*){{0,4}} ?/ ?[{_UC}][{_UC}.&'’-]+(?: [{_UC}][{_UC}&'’-]*){{0,3}}"
# (a credit span glued to the caption's full stop: '… this year.GREG MARTELL/POSTMEDIA'; two credits)
_CAPS_SLASH_END = re.compile(
    rf"^(?P<cap>.*[a-zß-öø-ÿ0-9)][.!?]?[ |·•]*)(?:\s|(?<=[a-zß-öø-ÿ0-9)][.!?]))"
    rf"(?P<cr>{_CAPS_SLASH}(?:; {_CAPS_SLASH})?)$"
)
# "Scott Halvorsen, Deseret News" alone under a caption: photographer, outlet
_NAME_OUTLET = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3}, [A-Z][\w&'’.-]*(?: [A-Za-z&][\w&'’.-]*){0,4}$"
)
# "... Nebraska. Colin Marsh for The Atlantic", "... Centre. DANIEL OKAFOR TORONTO STAR",
# "... May 14. Nell Carrow—Bloomberg via Getty Images": a name after the last sentence
_TAIL = re.compile(r"^(?P<cap>.*?[.!?]['’”]?)\s+(?P<cr>[^.!?]{3,90})$")
_TAIL_GLUE = frozenset(
    {
        "for",
        "via",
        "of",
        "the",
        "and",
        "de",
        "van",
        "von",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "di",
        "du",
        "des",
        "la",
        "y",
        "e",
    }
    | {"/", "—", "-", "|", "&"}
)


def _name_word(w: str) -> bool:
    """A word of a credit's names: capitalised, or glue ('for', 'de', '/')."""
    return w[:1].isupper() or w.lower() in _TAIL_GLUE


# （写真：PIXTA）, （筆者撮影）, [서울시 제공]: a credit in brackets named by a credit word
_WORD_BRACKET_END = re.compile(r"^(?P<cap>.*?\S)\s*[（\[](?P<cr>[^（）\[\]]{1,60})[）\]]$")
# "… a year - Ellis Carbury for The Telegraph", "… Brasília - Pedro Ladeira/Folhapress"
_DASH_TAIL = re.compile(r"^(?P<cap>.*?\S)\s+[-–—]\s+(?P<cr>[^-–—]{3,90})$")
# "… à Dijon (photo d'illustration). - Pierre Marchal - BFM Dijon": a name and its outlet
# (and a file mark after them: '- Jorge Gil - Europa Press - Archivo')
_DASH_PAIR_TAIL = re.compile(
    r"^(?P<cap>.*?[.!?)]['’”]?)\s+[-–—]\s+(?P<cr>[^-–—]{3,50}?(?:\s[-–—]\s[^-–—]{2,40}){1,2})$"
)
_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")


def _n_words(text: str) -> int:
    """Words of a caption; a run of Japanese or Chinese characters, unspaced, counts as
    one word for two characters ('斜里港に水揚げされた秋サケ' is a caption, not one word)."""
    n = 0
    for w in text.split():
        cjk = sum(len(r) for r in _CJK_RUN.findall(w))
        n += max(1, cjk // 2) if cjk else 1
    return n


# "… de la ciudad. Foto Prensa Municipalidad de Villa Gesell": a credit word, no colon
_BARE_PREFIX_TAIL = re.compile(
    r"^(?P<cap>.*?[.!?]['’”]?)\s+(?P<pfx>Foto|Fotos|Photo|Photos|Fotografía|Imagen|Imagem|Crédito|Credit|Picture|Bild)"
    r"\s+(?P<cr>[A-ZÀ-Þ][^.!?]{1,80})$"
)
_RIGHTS_LINE = re.compile(r"(?:©|\(c\))\s?(?:\d{4}\s)?[^\W\d_][\w .&'’-]{1,40}")
# a lightbox button's label read into the caption: "Enlarge / A radargram from …"
_UI_HEAD = re.compile(
    r"^(?:Enlarge|Expand|Zoom|View larger|Click to enlarge|Agrandir|Vergrößern|Ampliar)\s*(?:/|\|)\s*"
)
# "Buy a print of this photo", "Order a reprint": the picture desk's shop, not the caption
_SHOP_TAIL = re.compile(
    r"\s*(?:buy|order|purchase) (?:a )?(?:print|reprint|copy)(?: of this (?:photo|image|picture))?\.?$", re.I
)
_COURTESY = frozenset({"courtesy", "handout", "supplied", "provided", "contributed"})
_SLASH = re.compile(r"\w\s?/\s?\w")
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def _name_words(text: str) -> bool:
    """'Prensa Municipalidad de Villa Gesell': one to eight capitalised words (and glue)."""
    words = text.split()
    return 1 <= len(words) <= 8 and not re.search(r"\d", text) and all(_name_word(w) for w in words)


def _cjk_outlet(cr: str) -> bool:
    """（中央社）, （毎日新聞）: the whole bracket is an agency's or a paper's name."""
    c = _credits()
    return bool(c.cjk_outlet.fullmatch(cr) or (c.agency.fullmatch(cr) and not cr.isascii()))


def _strip_prefix(credit: str) -> str:
    c = _credits()
    credit = credit.strip().lstrip("|·•").strip()  # the separator before it: '… 2024. | NAME'
    credit = credit.lstrip(".").strip() if _ABBR_END.search(credit) else credit.strip(".").strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1].strip()
    credit = re.sub(r"^(?:©|\(c\)|Copyright\b)\s*", "", credit).strip()
    m = c.prefix.match(credit) or c.prefix_by.match(credit) or _CAPS_PREFIX.match(credit)
    if m:
        credit = credit[m.end() :]
    return c.terms.sub("", credit).strip()


# "PHOTO ÉLODIE BRASSARD, LA PRESSE": a prefix in capitals without a colon, before a name in capitals
_CAPS_PREFIX = re.compile(r"(?:PHOTOS?|IMAGE|ILLUSTRATION|FOTO|PHOTOGRAPH)\s+(?=[A-ZÀ-Þ]{2,}\b(?![a-z]))")


def _credit_shape(credit: str, *, strict: bool) -> str | None:
    """Why ``credit`` looks like a photo credit, or None."""
    words = credit.split()
    if not words or len(words) > _MAX_CREDIT_WORDS or _SENTENCE_INSIDE.search(credit):
        return None
    if _TIMESTAMP.search(credit):
        return None  # "Reuters · 7 hours ago" is a rail item's source line
    c = _credits()
    if c.prefix.match(credit) or c.prefix_by.match(credit):
        return "credit prefix"
    if c.agency.search(credit):
        return "agency name"
    if words[0].lower().strip(":") in _COURTESY or (len(words) <= 3 and words[-1].lower() in _COURTESY):
        return "courtesy credit"
    if c.permission.match(credit):
        return "permission credit"  # 'Permission granted by Verde Bowl Co.'
    if provenance_of(credit):
        return "'provided by' credit"  # "Bereitgestellt von X", "Fourni par X"
    if re.search(r"\bvia\b", credit):
        return "'via' credit"
    caps = [w for w in words if w[:1].isalpha()]
    if (
        2 <= len(words) <= 8
        and words[0][:1].isupper()
        and _name_cased(credit)
        and any(w.lower().strip(",.") in c.orgs for w in words)
    ):
        return "organisation credit"
    if _SLASH.search(credit) and all(w[:1].isupper() or w in ("/", "via", "de", "van") for w in words):
        return "'Name/Outlet' credit"
    if _CAPS_NAME.fullmatch(credit):
        return "photographer's name in capitals"
    if strict:
        return None
    if caps and len(words) <= 6 and all(w[:1].isupper() for w in caps) and not re.search(r"\d", credit):
        return "capitalised source name"
    return None


def _tail_credit(tail: str) -> str | None:
    """Why a name-like run after a caption's last sentence is its credit, or None."""
    by = _credits().prefix_by.match(tail)
    if by:  # "Photo by Renata Ibarra"
        return "'Photo by' credit after the caption" if _credit_shape(tail, strict=True) else None
    if _credits().permission.match(tail) and len(tail.split()) <= _MAX_CREDIT_WORDS:
        return "permission credit after the caption"  # '… in Denver. Permission granted by Verde Bowl Co.'
    words = tail.replace("—", " — ").replace("/", " / ").split()
    if not 2 <= len(words) <= 9 or re.search(r"\d", tail):
        return None
    if not all(_name_word(w) for w in words):
        return None  # credits are names; a lower-case word makes it a sentence
    if " for " in f" {tail} " or " via " in f" {tail} " or "—" in tail or "/" in tail:
        return "'Name for/via Outlet' credit after the caption"
    letters = [c for c in tail if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(words) >= 2:
        return "credit in capitals after the caption"
    shape = _credit_shape(tail, strict=True)
    return f"{shape} after the caption" if shape else None


def _split_caption(text: str, tail: bool = False) -> tuple[str, str, str] | None:
    """(caption, credit, why) when a line ends with a credit (with ``tail``, for a caption
    element, also a bare name after its last sentence: 'Colin Marsh for The Atlantic')."""
    text = _SHOP_TAIL.sub("", text).rstrip()
    if not text:
        return None
    text = _UI_HEAD.sub("", text)
    m = _WORD_BRACKET_END.match(text) if text[-1:] in "）]" else None
    if m and (_credits().words.search(m.group("cr")) or "©" in m.group("cr")):
        return m.group("cap").strip(), _strip_prefix(m.group("cr")), "credit in brackets (a credit word)"
    if m and text.endswith("）") and _cjk_outlet(m.group("cr").strip()):
        return m.group("cap").strip(), m.group("cr").strip(), "an outlet's name in full-width brackets"
    lead = _LEAD_CREDIT_COLON.match(text) if ":" in text else None
    if (  # 'Mateo Ruelas/The Fresno Bee: Water flows …', 'Reuters: A man …' ('FILE PHOTO: …' is a label)
        lead
        and not _credits().prefix.match(lead.group("cr") + ":")
        and (_NAME_SLASH_RX.fullmatch(lead.group("cr")) or _credits().agency.fullmatch(lead.group("cr")))
        and _n_words(lead.group("cap")) >= 3
    ):
        return lead.group("cap").strip(), lead.group("cr"), "credit before the caption"
    pm = _credits().split.search(text) if (":" in text or "：" in text) else None
    if pm is not None and "(" in text[pm.start() :]:
        # "PICTURE: LINDIWE DUBE / AFRICAN NEWS AGENCY (ANA)": the brackets belong to the credit
        cr = pm.group("cr").strip().rstrip(".")
        if len(cr.split()) <= _MAX_CREDIT_WORDS and not _SENTENCE_INSIDE.search(cr):
            return text[: pm.start()].strip(" ,;:—–|-"), cr, f"{pm.group('pfx')!r} credit"
    last = text[-1:]
    for rx, strict, end in ((_BRACKET_END, False, "]"), (_PAREN_END, False, ")")):
        if last != end:
            continue
        m = rx.match(text)
        if m:
            raw = m.group("cr")
            why = _credit_shape(raw, strict=strict)
            if why:
                return (m.group("cap") or "").strip(), _strip_prefix(raw), why
    m = _CAPS_SLASH_END.match(text) if "/" in text else None
    if m:
        return (
            m.group("cap").strip(" |·•"),
            m.group("cr").strip(),
            "'NAME/AGENCY' in capitals after the caption",
        )
    m = _GLUED_END.match(text) if "/" in text else None
    if m:
        return m.group("cap").strip(), m.group("cr").strip(), "'AGENCY/Name' credit after the caption"
    m = _GLUED_NAME.match(text) if "/" in text else None
    if m:
        return m.group("cap").strip(), m.group("cr").strip(), "'Name/Outlet' credit after the caption"
    m = _COPYRIGHT_END.match(text) if ("©" in text or "(c)" in text or "Copyright" in text) else None
    if m and _credit_shape(m.group("cr"), strict=False):
        return (m.group("cap") or "").strip(" ,;:—–|-"), m.group("cr").strip().rstrip("."), "© credit"
    m = pm
    if m is None and tail:
        d = _DASH_TAIL.match(text)  # "… in Brasília - Pedro Ladeira/Folhapress"
        if d and _n_words(d.group("cap")) >= 2 and (why := _tail_credit(d.group("cr").strip())):
            return d.group("cap").strip(), d.group("cr").strip(), f"{why} after a dash"
        d = _DASH_PAIR_TAIL.match(text)
        if d and _n_words(d.group("cap")) >= 2 and _tail_credit(re.sub(r"\s[-–]\s", " — ", d.group("cr"))):
            return d.group("cap").strip(), d.group("cr").strip(), "'- Name - Outlet' credit after the caption"
        b = _BARE_PREFIX_TAIL.match(text)  # "… de la ciudad. Foto Prensa Municipalidad"
        if b and _name_words(b.group("cr").strip()):
            return b.group("cap").strip(), b.group("cr").strip(), f"{b.group('pfx')!r} credit without a colon"
    if m is None:
        t = _TAIL.match(text) if tail else None
        if t is None and tail and text.endswith("."):  # "… in 2023. Image by Ana Lacerda/Mongabay."
            t = _TAIL.match(text[:-1])
            c = _credits()  # ('… Denver. Permission granted by Verde Bowl Co.')
            t = (
                t
                if t and (c.prefix_by.match(t.group("cr").strip()) or c.permission.match(t.group("cr")))
                else None
            )
        if t:
            cr = t.group("cr").strip()
            why = _tail_credit(cr)
            if why:
                # ('Verde Bowl Co.': the full stop read off was the abbreviation's)
                cr = cr + "." if t.end() < len(text) and _ABBR_END.search(cr + ".") else cr
                return t.group("cap").strip(), _strip_prefix(cr), why
        return None
    raw = m.group("cr").strip()
    abbr = _ABBR_END.search(raw) is not None  # 'Li Wen et al.', 'Planet Labs Inc.': no sentence end
    # a credit is a name, not a sentence: no closing punctuation unless it is short ("Photo: AP.")
    if not raw.endswith((".", "!", "?")) or len(raw.split()) <= 4 or abbr:
        cr = raw if abbr else raw.rstrip(".")
        if len(cr.split()) <= _MAX_CREDIT_WORDS and not _SENTENCE_INSIDE.search(cr):
            cap = text[: m.start()].strip(" ,;:—–|-")
            return cap, cr, f"{m.group('pfx')!r} credit"
    return None


_ABBR_END = re.compile(r"\b(?:et al|Inc|Ltd|Co|Corp|Jr|Sr)\.$")


def _whole_line_credit(text: str, after_body: bool, prev_sentence: bool = False) -> tuple[str, str] | None:
    """A line that is nothing but a credit: 'Photo: AP', 'John Smith/AP', '© PA'."""
    if len(text.split()) > 12:
        return None
    if provenance_of(text):
        return None  # "© Provided by X" names the publisher, not a photographer
    split = _split_caption(text)
    if split and not split[0]:
        return split[1], split[2]
    if text.endswith((".", "!", "?", ":")) or len(text.split()) > 8 or "(" in text:
        return None
    words = [w for w in text.split() if w[:1].isalpha()]
    courtesy = bool(words) and (words[0].lower() in _COURTESY or words[-1].lower() in _COURTESY)
    if words and not courtesy and not _name_cased(text):
        return None  # credits are names; a line of lower-case words is not one
    why = _credit_shape(text, strict=True)
    if (
        why == "agency name"
        and not after_body
        and "/" not in text
        and " via " not in text
        and not prev_sentence
    ):
        return None  # a bare "Reuters" under a headline is a byline, not a credit
    return (text, why) if why else None


def captions(doc: Document) -> None:
    blocks = doc.blocks
    html = doc.kind == "html"
    seen_body = False
    lead = article_start(doc) if html else 0
    galleries = _galleries(doc) if html else frozenset()
    for i, b in enumerate(blocks):
        if (
            html
            and i < lead
            and set_aside(b)
            and ((b.meta.get("after_image") and not b.meta.get("img_icon")) or b.kind == "caption")
        ):
            _lead_caption(doc, i)
        if (
            galleries
            and (b.role is Role.UNKNOWN or set_aside(b, "boxes"))
            and _gallery_caption(doc, i, galleries)
        ):
            continue
        if b.role is not Role.UNKNOWN:
            continue
        if html:
            credit_next = _credit_element_after(doc, i)
            credit_prev = _credit_element_before(doc, i) if credit_next is None else None
            if (
                credit_prev is not None
                and b.kind == "caption"
                and _split_caption(str(b.meta.get("caption") or b.text), tail=True)
            ):
                credit_prev = None  # the caption carries its own credit: the box above is another's
            credit_el = credit_next or credit_prev
            if b.kind == "caption" and b.meta.get("video"):
                b.label(Role.NAV, NAME, "the caption of a video player, not of a photo")
                continue
            # (under a logo stands the source's name or the headline, never a caption)
            photo = b.meta.get("after_image") and not (b.meta.get("img_logo") or b.meta.get("img_icon"))
            if b.kind == "caption" or (
                photo and credit_el is not None and b.kind != "heading" and b.words <= _MAX_CAPTION_WORDS
            ):
                if credit_el is not None and not b.meta.get("credit") and b.words <= _MAX_CAPTION_WORDS:
                    b.meta.setdefault("caption", b.text)
                    b.meta["credit"] = credit_el.text
                    where = "under" if credit_el is credit_next else "above"
                    credit_el.label(Role.CREDIT, NAME, f"credit element {where} the caption at {b.span}")
                _figure_caption(b)
            elif photo or (b.meta.get("img_logo") and not b.meta.get("img_icon")):
                _image_caption(doc, i)  # (which tells a logo's name from a caption)
            if b.role is Role.UNKNOWN and (orphan := _prefixed_credit(b)) is not None:
                b.meta["credit"] = orphan
                b.label(Role.CREDIT, NAME, f"a photo credit line on its own ('Photo: …' credit: {orphan!r})")
            continue  # on a page, captions are elements: a line's wording alone is not enough
        text = b.text
        prev_sentence = i > 0 and ends_sentence(blocks[i - 1].text)
        credit_only = _whole_line_credit(text, seen_body, prev_sentence)
        if (
            credit_only is None
            and seen_body
            and prev_sentence
            and _NAME_OUTLET.match(text)
            and i + 1 < len(blocks)
            and body_like(blocks[i + 1])  # between paragraphs, never after the last one
        ):
            credit_only = (text, "'Name, Outlet' credit line between paragraphs")
        if credit_only is not None:
            prev = _caption_before(blocks, i)
            if prev is not None:
                credit, why = credit_only
                credit = _strip_prefix(credit)
                prev.meta.update(caption=prev.text, credit=credit)
                prev.label(Role.CAPTION, NAME, f"caption above a credit line ({why}: {credit!r})")
                b.meta["credit_of"] = prev.span
                b.label(Role.CREDIT, NAME, f"credit line of the caption at {prev.span} ({why})")
                continue
        if b.words <= _MAX_CAPTION_WORDS:
            split = _split_caption(text)
            if split is not None and split[0]:
                cap, credit, why = split
                if _n_words(cap) < 2:
                    b.note(NAME, f"ends like a credit ({why}) but the caption is too short; kept")
                else:
                    b.meta.update(caption=cap, credit=credit)
                    b.label(Role.CAPTION, NAME, f"ends with a photo credit ({why}: {credit!r})")
                    continue
        if not seen_body and body_like(b):
            seen_body = True
    for b in blocks:  # what no caption claimed: '© De Telegraaf' closing the text is a rights line
        if b.role is Role.UNKNOWN and b.words <= 6 and _RIGHTS_LINE.fullmatch(b.text.strip()):
            b.label(Role.NAV, NAME, "a rights line: © and a name alone, under no picture")
        elif b.role is Role.CAPTION:
            _uncount(b)


def _uncount(b: Block) -> None:
    """'1 of 3 A kererū feeds …', '2 of 2Riders wait …': a slideshow's counter read into
    the caption is the slide's number, not its words."""
    cap = str(b.meta.get("caption", b.text))
    m = _COUNTER.match(cap)
    if m and _n_words(cap[m.end() :]) >= 2 and cap[m.end() : m.end() + 1].isupper():
        b.meta["caption"] = cap[m.end() :]
        b.note(NAME, f"the slide counter {cap[: m.end()].strip()!r} is no part of the caption")


# a photo gallery: a carousel or slideshow of pictures with their captions
_GALLERY_WORDS = frozenset(["carousel", "gallery", "slideshow", "slider", "lightbox", "photostrip"])
_GALLERY_HINT = re.compile("|".join(_GALLERY_WORDS), re.I)
_GALLERY_LINES = 40
_COUNTER = re.compile(r"^\s*\d{1,2}\s*(?:/|of|von|de|di)\s*\d{1,2}\s*")
_LEAD_CREDIT = re.compile(r"^[(\[](.{2,80}?)[)\]]\s+(?=\S)")


def _galleries(doc: Document) -> frozenset[int]:
    """Nodes of the page that are photo galleries (by class, id, test id or ARIA role)."""
    from .content import class_tokens

    found = set()
    for nid, node in enumerate(doc.meta.get("nodes") or ()):
        if node.attrs.get("aria-roledescription") == "carousel":
            found.add(nid)
        elif node.tokens and _GALLERY_HINT.search(node.tokens):  # (a quick look first)
            whole, parts = class_tokens(node.tokens)
            if (whole | parts) & _GALLERY_WORDS:
                found.add(nid)
    if not found:
        return frozenset()
    # a gallery holds pictures and short lines; a wrapper named so ('has-gallery',
    # 'slider-page') around the article's text is none
    lines: dict[int, int] = {}
    text = set()
    pictured = set()
    for b in doc.blocks:
        for a in b.meta.get("anc") or ():
            if a in found:
                lines[a] = lines.get(a, 0) + 1
                if b.words > _MAX_CAPTION_WORDS or (b.kind == "heading" and not b.meta.get("hidden")):
                    text.add(a)
                if b.meta.get("after_image") or b.kind == "caption":
                    pictured.add(a)
    return frozenset(
        n for n in found if n in pictured and n not in text and lines.get(n, 0) <= _GALLERY_LINES
    )


def _gallery_caption(doc: Document, i: int, galleries: frozenset[int]) -> bool:
    """A line of a photo gallery's captions (set aside with the gallery's controls, or in a
    list of captions under its slides): a caption, its credit split off: '1/3 (Jane Roe |
    The Tribune) Dust blows…', 'Cattle graze … (Jane Roe/Sentinel)', a credit element."""
    b = doc.blocks[i]
    if b.meta.get("hidden") or not any(a in galleries for a in b.meta.get("anc") or ()):
        return False
    if b.kind == "caption":
        cap = str(b.meta.get("caption") or "")
        if not _wordy(_COUNTER.sub("", cap)):
            return False  # a credit alone (a lightbox's copy) or a slide counter: not a caption
        credit_el = None if b.meta.get("credit") else _credit_element_after(doc, i)
        if credit_el is not None:
            b.meta["credit"] = credit_el.text
            credit_el.label(Role.CREDIT, NAME, f"credit element under the slide's caption at {b.span}")
        _figure_caption(b)
        return True
    text = _COUNTER.sub("", b.text)
    if (
        b.words < 4
        or b.words > _MAX_CAPTION_WORDS
        or b.kind not in ("paragraph", "list_item")
        or link_dense(b)
    ):
        return False
    credit: str | None = None
    credit_el = _credit_element_after(doc, i) or _slide_credit(doc, i)
    lead = _LEAD_CREDIT.match(text)
    if b.meta.get("credit_el") and text.endswith(str(b.meta["credit_el"])):
        credit = str(b.meta["credit_el"])
        text = text[: -len(credit)].strip()
    elif lead and (_credit_shape(lead.group(1), strict=False) or _name_cased(lead.group(1))):
        credit, text = lead.group(1), text[lead.end() :]
    elif credit_el is not None:
        credit = credit_el.text
        credit_el.label(Role.CREDIT, NAME, f"credit element under the gallery caption at {b.span}")
    elif (split := _split_caption(text, tail=True)) is not None and split[0]:
        text, credit, _why = split
    if (credit is None and not (ends_sentence(text) and _caption_named(doc, b))) or not _wordy(text):
        # ('Gallery 3 photos', a button's words, a credit line alone; with no credit, only
        # a line its page calls a caption: a gallery-named wrapper may hold the text)
        return False
    credit = _strip_prefix(credit.strip("()[] ")) if credit else None
    b.meta.update(caption=text.strip(), credit=credit or None)
    b.label(  # (over the 'boxes' label of the gallery's buttons: the caption stays)
        Role.CAPTION,
        NAME,
        f"a caption in a photo gallery ({f'credit {credit!r}' if credit else 'no credit'})",
    )
    return True


def _caption_named(doc: Document, b: Block) -> bool:
    """The line's element or its parent is classed as a caption ('carousel__captions')."""
    nodes = doc.meta.get("nodes") or ()
    return any(
        a < len(nodes) and "caption" in nodes[a].tokens.lower() for a in (b.meta.get("anc") or ())[-2:]
    )


def _wordy(text: str) -> bool:
    """Three words of letters at least: a caption, not a counter ('1 - 5 of 36') or a stub."""
    return _n_words(" ".join(w for w in text.split() if any(c.isalpha() for c in w))) >= 3


def _slide_credit(doc: Document, i: int) -> Block | None:
    """In a gallery's slide, a short line of names after the caption, in the caption's own
    box: its credit ('<div>The keel…</div><div>Jeremiah Holt</div>')."""
    if i + 1 >= len(doc.blocks):
        return None
    b, nb = doc.blocks[i], doc.blocks[i + 1]
    if not (nb.role is Role.UNKNOWN or set_aside(nb, "boxes")) or not _same_box(b, nb):
        return None
    text = nb.text.strip()
    if nb.words > _MAX_CREDIT_WORDS or ends_sentence(text.strip("()")) or not _name_cased(text):
        return None
    return nb


def _prefixed_credit(b: Block) -> str | None:
    """'Photo: Damian Dovarganes, AP' standing alone between a slideshow's parts: a credit
    prefix, a colon and a name (capitalised words), nothing else. Never a sentence."""
    if b.kind != "paragraph" or b.words > 12 or ends_sentence(b.text) or ":" not in b.text[:30]:
        return None
    if not _credits().prefix.match(b.text):
        return None
    whole = _whole_line_credit(b.text, True, True)
    if whole is None:
        return None
    if not _name_cased(whole[0]):
        return None  # 'Photo: the best of the week' is a heading, not a credit
    return whole[0]


def _name_cased(text: str) -> bool:
    """Most of the words are capitalised, as names are ('Damian Dovarganes, AP')."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _lead_caption(doc: Document, i: int) -> None:
    """The lead photo's caption above the article, set aside with the header around it:
    a sentence under the image ending with a credit ('… on Friday. (Jane Roe/KOAA)'), or
    followed by a credit line of its own ('Photo: Gaston County Schools')."""
    b = doc.blocks[i]
    if b.words > _MAX_CAPTION_WORDS:
        return
    cap, credit = b.meta.get("caption"), b.meta.get("credit")
    if b.kind == "caption" and cap and credit and _n_words(str(cap)) >= 3:
        # the page's own caption element, its credit in an element of its own
        b.meta["credit"] = _strip_prefix(str(credit))
        b.label(Role.CAPTION, NAME, f"the lead photo's caption element above the article (credit {credit!r})")
        return
    split = _split_caption(b.text, tail=True)
    agency = split is not None and "/" in split[1] and split[1].isupper() and bool(b.meta.get("after_image"))
    # '…芽室町（佐藤健撮影）': a credit word in brackets; '漁船＝12日午前、釧路市（共同）': a
    # Japanese caption's '＝ when, where' before an outlet's name
    worded = split is not None and ("credit word" in split[2] or ("＝" in split[0] and "outlet" in split[2]))
    if (
        split is not None
        and _n_words(split[0]) >= 3
        and (
            ends_sentence(split[0]) or b.kind == "caption" or agency or (worded and b.meta.get("after_image"))
        )
    ):
        cap, credit, why = split  # (a rail card's headline with its source is no caption;
        # under a picture, 'NAME/AGENCY' in capitals is a credit even after no full stop)
        b.meta.update(caption=cap, credit=_strip_prefix(credit))
        b.label(Role.CAPTION, NAME, f"the lead photo's caption above the article ({why}: {credit!r})")
        return
    nb = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
    if nb is None or not b.meta.get("after_image") or b.words < 5 or not set_aside(nb) or nb.words > 8:
        return
    if link_dense(b) or link_dense(nb) or wording_for(doc, "promo").match(block_key(b), b.words):
        return  # a curator's 'Flipped into … by …' line, a menu row: no caption, no credit
    whole = _whole_line_credit(nb.text, True, True)
    if whole is not None:
        credit = _strip_prefix(whole[0])
        b.meta.update(caption=b.text, credit=credit)
        b.label(
            Role.CAPTION,
            NAME,
            f"the lead photo's caption above the article, its credit under it ({credit!r})",
        )
        nb.label(Role.CREDIT, NAME, f"credit line of the lead photo's caption at {b.span} ({whole[1]})")


def _credit_element_after(doc: Document, i: int) -> Block | None:
    """The next block, when it is a short credit box ('…__credit', '.photo-credit') or,
    in the same box as the caption, a line that is nothing but a credit ('REUTERS/Name')."""
    return _credit_element(doc, i, i + 1)


def _credit_element_before(doc: Document, i: int) -> Block | None:
    """The block above a caption, when it is the picture's credit box ('© Provided by X'
    printed over the image, a credit div placed before the caption)."""
    return _credit_element(doc, i, i - 1)


def _credit_element(doc: Document, i: int, j: int) -> Block | None:
    blocks = doc.blocks
    if not 0 <= j < len(blocks):
        return None
    nb = blocks[j]
    anc = nb.meta.get("anc")
    if (
        nb.role in (Role.UNKNOWN, Role.PROMO, Role.PUBLISHER, Role.NAV)
        and nb.words <= _MAX_CREDIT_WORDS + 2
        and nb.text.lstrip().startswith(("©", "(c)"))
        and (provenance_line(nb.text) or (nb.role is Role.UNKNOWN and nb.words <= 6))
    ):
        return nb  # MSN's '© Provided by X' printed with the picture: the photo's credit
    if (
        not (nb.role is Role.UNKNOWN or set_aside(nb, "content", "boxes"))
        or not anc
        or nb.words > _MAX_CREDIT_WORDS + 2
    ):
        return None
    nodes = doc.meta.get("nodes") or ()
    tokens = nodes[anc[-1]].tokens if anc[-1] < len(nodes) else ""
    if tokens and CREDIT_BOX.search(tokens):
        # ('4 Min. Lesezeit' in an attribution box: a read time, no credit)
        return None if is_date_line(nb.text) else nb
    if j > i and _same_box(blocks[i], nb) and _whole_line_credit(nb.text, True, True) is not None:
        return nb
    return None


def _same_box(b: Block, nb: Block) -> bool:
    """``nb`` sits in the element that holds ``b``'s own element (a figure-like wrapper)."""
    anc: tuple[int, ...] = tuple(b.meta.get("anc") or ())
    return len(anc) >= 2 and anc[-2] in (nb.meta.get("anc") or ())


def _figure_caption(b: Block) -> None:
    """A caption element of an HTML page: split a credit written into its text."""
    cap = _SHOP_TAIL.sub("", str(b.meta.get("caption") or "")).rstrip()  # "… Buy a print of this photo"
    credit = b.meta.get("credit")
    why = "the credit element inside the caption" if credit else "no credit"
    if not credit and cap:
        split = _split_caption(cap, tail=True)
        if split is not None and split[0]:
            cap, credit, why = split
        else:
            whole = _whole_line_credit(cap, True)
            if whole is not None:
                cap, credit, why = "", whole[0], whole[1]
    if credit:
        credit = _strip_prefix(str(credit))
        cap = cap.rstrip(" |·•–—-")  # "… in Mysuru. | <span>Photo Credit: …</span>": the separator
    b.meta.update(caption=cap, credit=credit or None)
    b.label(Role.CAPTION, NAME, f"figure caption ({why}{f': {credit!r}' if credit else ''})")


def _image_caption(doc: Document, i: int) -> None:
    """Text right under an image: a caption when it carries a credit, or when it is the
    only text of the image's own wrapper (a figure built of divs)."""
    b = doc.blocks[i]
    if b.words > _MAX_CAPTION_WORDS:
        return
    if b.meta.get("img_logo") and b.words <= 6 and not ends_sentence(b.text):
        b.note(NAME, "a few words beside a logo or avatar: a source's name, not a caption")
        return
    nodes = doc.meta.get("nodes") or ()
    anc = b.meta.get("anc") or ()
    own = nodes[anc[-1]].tokens if anc and anc[-1] < len(nodes) else ""
    if (own and CREDIT_BOX.search(own)) or provenance_of(b.text):
        b.note(NAME, "a credit printed over the image: left for the caption below it")
        return
    credit_el = b.meta.get("credit_el")
    if credit_el and b.text.endswith(credit_el):
        cap = b.text[: -len(credit_el)].strip()
        if cap:
            b.meta.update(caption=cap, credit=_strip_prefix(credit_el))
            b.label(Role.CAPTION, NAME, f"text under an image, with a credit element ({credit_el!r})")
            return
    span = str(b.meta.get("tail_span") or "")
    if span and (why := _credit_shape(span, strict=True)) and _n_words(b.text[: -len(span)]) >= 3:
        b.meta.update(caption=_UI_HEAD.sub("", b.text[: -len(span)]).strip(), credit=_strip_prefix(span))
        b.label(
            Role.CAPTION, NAME, f"text under an image closed by a span holding a credit ({why}: {span!r})"
        )
        return
    split = _split_caption(b.text, tail=True)
    if split is not None and split[0] and _n_words(split[0]) >= 2:
        cap, credit, why = split
        b.meta.update(caption=cap, credit=_strip_prefix(credit))
        b.label(Role.CAPTION, NAME, f"text under an image ending with a credit ({why}: {credit!r})")
        return
    alt_rest = _after_alt(b)
    if alt_rest is not None:
        cap = b.text[: len(b.text) - len(alt_rest)].strip()
        b.meta.update(caption=cap, credit=_strip_prefix(alt_rest))
        b.label(Role.CAPTION, NAME, f"the image's alt text, then a name: caption and credit ({alt_rest!r})")
        return
    if _alone_with_image(doc, i):
        b.meta.update(caption=b.text, credit=None)
        b.label(
            Role.CAPTION, NAME, "the only text in its image's wrapper (a figure of divs): caption, no credit"
        )
        return
    b.note(NAME, "text under an image without a credit: kept as body")


def _after_alt(b: Block) -> str | None:
    """'<img alt="Vicent Caballer, en una de sus parcelas…">' then 'Vicent Caballer, en una de
    sus parcelas… Mònica Torres': the text repeats the image's description and adds a short
    name, which is the picture's credit."""
    alt = str(b.meta.get("img_alt") or "")
    if len(alt.split()) < 4 or not b.text.startswith(alt):
        return None
    rest = b.text[len(alt) :].strip()
    words = rest.split()
    if not 1 <= len(words) <= 6 or _SENTENCE_INSIDE.search(rest) or rest.endswith((".", "!", "?")):
        return None
    if not all(_name_word(w) or not w[:1].isalpha() for w in words):
        return None  # the sentence goes on in lower case: not a name
    return rest


def _alone_with_image(doc: Document, i: int) -> bool:
    """The image and this short text make up their wrapper by themselves: nothing before
    or after the text shares the element that holds them."""
    b = doc.blocks[i]
    wrap = b.meta.get("img_wrap")
    if (
        wrap is None
        or not 5 <= _n_words(b.text) <= 40
        or b.kind != "paragraph"
        or b.text.lower().startswith("by ")
    ):
        return False  # a logo beside a name, an avatar beside a byline: not a figure
    if is_date_line(b.text) or parse_byline(b.text) is not None:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc.blocks) and wrap in (doc.blocks[j].meta.get("anc") or ()):
            return False
    return True


def _caption_before(blocks: list[Block], i: int) -> Block | None:
    if i == 0:
        return None
    prev = blocks[i - 1]
    if prev.role is not Role.UNKNOWN or prev.words < 3 or prev.words > _MAX_CAPTION_WORDS:
        return None
    if prev.text.startswith(("By ", "by ")):
        return None
    return prev


FILTER = Filter(NAME, captions, "photo captions and their credits, kept apart from the body")
