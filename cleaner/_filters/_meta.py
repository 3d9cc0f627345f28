"""Parsers for masthead lines: dates, bylines, publisher and section names."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .._data import load
from .._errors import DataError
from .._model import normalize
from .._profiles import all_profiles

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            # English, French, German, Spanish, Italian, Portuguese, Dutch, Scandinavian;
            # then Polish and Czech (nominative and genitive), Turkish; Italian and Portuguese
            # abbreviations ('07 fev 2024', '3 ott 2024')
            ("january", "jan", "janvier", "janv", "januar", "enero", "ene", "gennaio", "janeiro", "januari",
             "styczeń", "stycznia", "leden", "ledna", "ocak", "gen"),
            ("february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio",
             "fevereiro", "fev", "februari", "luty", "lutego", "únor", "února", "şubat", "subat"),
            ("march", "mar", "mars", "märz", "maerz", "marzo", "março", "marco", "maart", "mrz",
             "marzec", "marca", "březen", "března", "mart", "mrt"),
            ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "duben",
             "dubna", "nisan"),
            ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "květen", "května", "mayıs", "mayis"),
            ("june", "jun", "juin", "juni", "junio", "giugno", "junho", "czerwiec", "czerwca", "červen",
             "června", "haziran", "giu"),
            ("july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho", "lipiec", "lipca",
             "červenec", "července", "temmuz", "lug"),
            ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpień", "sierpnia",
             "srpen", "srpna", "ağustos", "agustos"),
            ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro",
             "wrzesień", "września", "září", "eylül", "eylul", "set"),
            ("october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", "out",
             "październik", "października", "říjen", "října", "ekim", "ott"),
            ("november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "listopadu",
             "kasım", "kasim"),
            ("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic",
             "dicembre", "dezembro", "desember", "grudzień", "grudnia", "prosinec", "prosince", "aralık",
             "aralik"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
_MON = r"(?P<mon>" + "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True)) + r")(?!\w)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_RES = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(
        rf"\b{_YEAR}[/年](?P<mnum>[01]?\d)[/月](?P<day>[0-3]?\d)(?:日|\b)"
    ),  # 2025/02/18, 2025年2月18日
    re.compile(rf"\b{_DAY}\s+(?:of\s+|de\s+)?{_MON},?\s+(?:de\s+)?{_YEAR}\b", re.I),
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<day>[0-3]?\d)\.{_MON}\.?{_YEAR}\b", re.I),  # Folha's 18.mar.2024
    re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<yy>\d\d)\b"),  # 03/12/24
]
# a US time zone on the line: 03/12/24 is month first
_US_ZONE = re.compile(r"\b(?:et|est|edt|ct|cst|cdt|pt|pst|pdt|mt|mst|mdt)\b", re.I)
_RELATIVE = re.compile(
    r"\b(?:\d+\s*(?:s|m|h|d|w|mo|y|sec|secs|min|mins|minutes?|hr|hrs|hours?|days?|weeks?|months?|years?)"
    r"(?:\s+ago)?|just now|yesterday|today|an? (?:hour|minute|day|week) ago|"
    # "Heute", "hoy", "ieri" (not French 'hier', German and Dutch for 'here')
    r"heute|gestern|aujourd'hui|hoy|ayer|oggi|ieri|vandaag|gisteren|idag|igår|hoje|ontem|"
    # the same in other languages: "il y a 5 h", "vor 6 Std.", "hace 2 horas", "3 ore fa"
    r"(?:vor|il y a|hace|há|fa)\s+(?:\d+|einem|einer|un|une|una|um)\s?(?:sek|min|minuten?|std|"
    r"stunden?|tag|tagen|h|heures?|jours?|horas?|minutos?|días?|dias?|ore|ora|giorni)\.?(?:\s+fa)?|"
    r"\d+\s?(?:ore|ora|giorni|minuti)\s+fa|"
    r"\d+\s?(?:std|min|tg)\.)(?!\w)|\d+ ?(?:秒|分|時間|日)前",  # MSN's German '5 Std.' without its 'vor'
    re.I,
)
# the words that open a time stamp ("Updated", "Publicado", "Mis à jour"): on a date line,
# and where a byline runs into its stamp; the update words also mark an update line
_UPDATE_WORDS = (
    "updated|modified|edited|modifié|modifie|mis à jour|aktualisiert|actualizado|aggiornato|"
    "bijgewerkt|aangepast|gewijzigd|atualizado|atualizada|uppdaterad|opdateret|oppdatert|"
    "aktualizacja|zaktualizowano|aktualizováno|güncelleme|güncellendi|最終更新|更新"
)
_STAMP_WORDS = (
    "published|posted|publié|publie|veröffentlicht|publicado|publicada|pubblicato|gepubliceerd|"
    "geplaatst|publicerad|publiceret|publisert|opublikowano|publikováno|yayınlanma|配信|公開|掲載|"
    + _UPDATE_WORDS
)
_WEEKDAYS = (
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# an edition's weekday between an outlet's name and its date: 'Edmonton Journal Saturday, March 2, 2024'
_WEEKDAY_TAIL = re.compile(rf"\s+(?:{_WEEKDAYS})\.?$", re.I)
# What may stand on a date line besides the date itself.
_DATE_FILLER = re.compile(
    rf"(?:[ap]\.m\.?)|\b(?:{_STAMP_WORDS}|last|first|on|at|time|am|pm|"
    r"et|est|edt|ct|cst|cdt|pt|pst|pdt|mt|mst|mdt|akst|akdt|hst|gmt|bst|utc|cet|cest|eet|eest|wet|"
    r"aest|aedt|acst|acdt|awst|nzst|nzdt|ist|sgt|hkt|jst|kst|sast|wat|eat|"
    r"central|eastern|pacific|mountain|"  # "9 AM Central"
    r"\d{1,2}[.:]\d\d\s?(?:am|pm|a\.m\.?|p\.m\.?)?|\d{1,2}\s?(?:am|pm)|"
    rf"{_WEEKDAYS}|min|mins|minute|minutes|read|listen|ago|edition|issue|print|page|"
    r"and|und|le|à|am|um|uhr|stand|lecture|lesezeit|lesedauer|lectura|lettura|leestijd|di|"
    r"el|a las|de|alle|il|op|om|às|em|kl|godz|"
    r"\d{1,2}h\d\d|[a-z]\d{1,3}|"
    r"(?:19|20)\d\d|\d{1,2}:\d\d|\d+)\b|[-–—·•|,:.()+/]",
    re.I,
)


def parse_date(text: str) -> tuple[str | None, bool]:
    """(ISO date or None, relative?) for the first date in ``text``."""
    for rx in _DATE_RES:
        m = rx.search(text)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["year"]) if g.get("year") else 2000 + int(g["yy"])
        if g.get("mnum"):
            month, day = int(g["mnum"]), int(g["day"])
        elif g.get("mon"):
            month, day = (
                _MONTHS[
                    g["mon"].lower().rstrip(".")[:4].rstrip("t")
                    if g["mon"].lower().startswith("sept")
                    else g["mon"].lower().rstrip(".")
                ],
                int(g["day"]),
            )
        else:
            a, b = int(g["a"]), int(g["b"])
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a or _US_ZONE.search(text):
                month, day = a, b
            else:
                continue  # 03/04/2022: day-month or month-day? no way to know
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}", False
    return None, bool(_RELATIVE.search(text))


# a date line that gives when the article last changed, not when it was published
_UPDATED = re.compile(
    rf"^\W*(?:last\s+|zuletzt\s+)?(?:{_UPDATE_WORDS})",
    re.I,
)


def is_update_line(text: str) -> bool:
    """'Updated Fri, March 8, 2024 at 10:12 AM', 'Mis à jour le 3 mars'."""
    return _UPDATED.search(text) is not None


def is_date_line(text: str) -> bool:
    """The line is a date or a relative time, with only date words around it."""
    iso, rel = parse_date(text)
    if not iso and not rel:
        if not _CJK_DAY.search(text):
            return False
        text = _CJK_DAY.sub(" ", text)  # '3/14(金) 19:32配信': a day without its year
    if _CJK_STAMP.search(text):
        text = _CJK_STAMP.sub(" ", text)
    zone = _PAREN_TAIL.search(text)  # "…, at 5:41 pm (Paris)": the clock's city or zone
    rest = text[: zone.start()] if zone and not re.search(r"\d", zone.group(1)) else text
    for rx in _DATE_RES:
        rest = rx.sub(" ", rest)
    rest = _RELATIVE.sub(" ", rest)
    rest = _MONTH_WORD.sub(" ", rest)
    rest = _DATE_FILLER.sub(" ", rest)
    return len(rest.split()) == 0


# a Japanese day without its year, a weekday in brackets after it: '3/14(金)', '3月14日(金)'
_CJK_DAY = re.compile(
    r"(?<!\d)[01]?\d(?:/[0-3]?\d\s*[（(][月火水木金土日][）)]|月[0-3]?\d日(?:\s*[（(][月火水木金土日][）)])?)"
)
# what stands around a Japanese time stamp: the stamp words in Japanese (配信 'sent out',
# 最終更新 'last updated'), a weekday in brackets, 19時32分 (unspaced, so never between word
# boundaries as the Latin stamp words are)
_CJK_STAMP = re.compile(
    "|".join(sorted((w for w in _STAMP_WORDS.split("|") if not w.isascii()), key=len, reverse=True))
    + r"|[（(][月火水木金土日][）)]|\d{1,2}時(?:\d{1,2}分)?"
)


# a bracketed tail: "(Paris)" after a clock, "(Lyon, correspondant)" / "(AP)" after a byline
# a trailing bracketed part: "(Paris)", "(AP)", "La Stampa (Italy)", "SmartNews（スマートニュース）"
_PAREN_TAIL = re.compile(r"\s*[（(]([^（）()]{1,60})[）)]\s*$")


_MONTH_WORD = re.compile(r"\b" + _MON + r"(?!\w)", re.I)


@dataclass(frozen=True)
class Vocab:
    sections: frozenset[str]
    publisher_words: frozenset[str]
    publishers: frozenset[str]
    roles: frozenset[str]
    provenance: re.Pattern[str]
    aggregators: frozenset[str] = field(default_factory=frozenset)
    not_names: frozenset[str] = field(default_factory=frozenset)
    affiliations: frozenset[str] = field(default_factory=frozenset)
    sections_nodots: frozenset[str] = field(default_factory=frozenset)
    brands: frozenset[str] = field(default_factory=frozenset)  # "yahoo", "inkl": never in a person's name
    places: frozenset[str] = field(default_factory=frozenset)  # "United States": a dateline, never a name
    kicker_labels: frozenset[str] = field(default_factory=frozenset)  # "Exclusive": a story kind, no section
    credit_prefixes: frozenset[str] = field(default_factory=frozenset)  # "Credit", "Photo": a credit's label
    company_suffixes: tuple[str, ...] = ()  # "GmbH & Co KG", "Group": a company's form of a title
    home_crumbs: frozenset[str] = field(
        default_factory=frozenset
    )  # "Home", "Startseite": a trail's first step


@functools.lru_cache(maxsize=1)
def vocab() -> Vocab:
    d = load("masthead")
    for key in (
        "sections",
        "publisher_words",
        "publishers",
        "roles",
        "provenance",
        "not_names",
        "affiliations",
        "kicker_labels",
        "company_suffixes",
        "home_crumbs",
    ):
        if not all(isinstance(x, str) for x in d.get(key) or ()):
            raise DataError(f"cleaner/_data/masthead.yaml: {key} must be strings (quote yes/no/on/off)")
    aggs: set[str] = set()
    sections = {normalize(s) for s in d["sections"]}
    for p in all_profiles().values():
        aggs.update(normalize(a) for a in (*p.aggregator_names, p.display_name))
    # a common word ("News", "Apple") is the aggregator only on its own site:
    # the masthead filter checks the document's profile for those
    aggs -= sections | {"apple", "google", "ground", "amp", "news", "news+"}
    return Vocab(
        sections=frozenset(normalize(s) for s in d["sections"]),
        sections_nodots=frozenset(normalize(s).replace(".", "") for s in d["sections"]),
        publisher_words=frozenset(normalize(s) for s in d["publisher_words"]),
        publishers=frozenset(normalize(s) for s in d["publishers"]),
        roles=frozenset(normalize(s) for s in d["roles"]),
        provenance=re.compile(
            "|".join(f"(?:{p.replace('(?P<pub>', f'(?P<pub{i}>')})" for i, p in enumerate(d["provenance"])),
            re.I,
        ),
        aggregators=frozenset(aggs),
        brands=frozenset(
            t for a in aggs for t in a.split() if t not in {"news", "the", "news+", "app"} and len(t) > 2
        ),
        not_names=frozenset(normalize(s) for s in d.get("not_names") or ()),
        affiliations=frozenset(normalize(s) for s in d.get("affiliations") or ()),
        places=frozenset(normalize(s) for s in d.get("places") or ()),
        kicker_labels=frozenset(normalize(s) for s in d.get("kicker_labels") or ()),
        credit_prefixes=frozenset(normalize(s) for s in load("credits").get("prefixes") or ()),
        company_suffixes=tuple(sorted(d.get("company_suffixes") or (), key=len, reverse=True)),
        home_crumbs=frozenset(normalize(s) for s in d.get("home_crumbs") or ()),
    )


# Publisher words that are also common surnames or place names: alone they
# do not make a publisher ("John Sun", "Mary Washington").
_WEAK = frozenset(
    [
        "sun",
        "star",
        "post",
        "bee",
        "age",
        "stone",
        "people",
        "new",
        "york",
        "los",
        "angeles",
        "washington",
        "world",
        "nation",
        "global",
        "union",
        "current",
        "time",
        "week",
        "today",
        "hill",
        "echo",
        "leader",
        "record",
        "sunday",
        "morning",
        "evening",
        "usa",
        "metro",
        "stuff",
        "plain",
        "dealer",
        "eagle",
        "fox",
        "group",
        "company",
        "service",
        "services",
        "channel",
        "online",
        "report",
        "reporter",
        "monitor",
        "register",
        "review",
        "express",
        "standard",
        "citizen",
        "beacon",
        "patch",
    ]
)
_STAFF = frozenset(
    [
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "contributor",
        "columnist",
    ]
)
_TOKEN = re.compile(r"[\w&.'’+-]+")
_DIGIT = re.compile(r"\d")


def is_aggregator(text: str) -> bool:
    n = normalize(text)
    if n in vocab().aggregators:
        return True
    # "SmartNews（スマートニュース）": the name with its reading or a gloss in brackets
    bare = _PAREN_TAIL.sub("", n)
    return bare != n and bare in vocab().aggregators


def aggregator_edition(text: str) -> bool:
    """A name carrying an aggregator's brand ("Yahoo News UK", "MSN Canada")."""
    return any(t in vocab().brands for t in normalize(text).split())


def publisher_like(text: str) -> bool:
    """A publication's name (not a person, not the aggregator)."""
    n = normalize(text).strip(" .,:;|")
    if not n or len(n.split()) > 7 or is_aggregator(n):
        return False
    if aggregator_edition(n):
        return False  # "Yahoo News UK": the aggregator's own edition
    v = vocab()
    if n.partition(":")[0].strip() in v.credit_prefixes:
        return False  # "Credit: KARE" is a picture's credit line, whoever it names
    if n in v.publishers or (n.startswith("the ") and n[4:] in v.publishers):
        return True
    if not text[:1].isupper() and not text[:1].isdigit():
        return False
    if _CALL_SIGN.fullmatch(text.strip(" .,:;|")):
        return True  # a broadcaster's call sign: "WSOC-TV", "KARE 11", "WBIR 10News" (not a bare "KSDK")
    if any(t[:1].islower() and t not in NAME_GLUE for t in text.split()[1:]):
        return False  # publication names are capitalised: "Today's news" is a menu item
    toks = [t.strip(".'’") for t in _TOKEN.findall(n)]
    if toks and toks[-1] in _STAFF:
        return False  # "Owen Pruitt Globe Staff" is a person on the paper's staff
    strong = [t for t in toks if t in v.publisher_words and t not in _WEAK]
    weak = [t for t in toks if t in v.publisher_words and t in _WEAK]
    if len(strong) >= 2 or (strong and (n.startswith("the ") or len(toks) >= 2)):
        return True
    return bool(weak) and n.startswith("the ") and len(toks) <= 4


# North American broadcasters sign with call signs: K/W (US), C (Canada), then 2-3 letters
_CALL_SIGN = re.compile(r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|HD))(?: \d{1,2})?|[KW][A-Z]{3} \d{1,2}(?:News)?")

# the small words a capitalised name may hold: 'Politics & Policy', 'Bank of England',
# 'El Diario de Hoy', 'Cultura e Spettacoli'
NAME_GLUE = frozenset(
    [
        "of",
        "the",
        "and",
        "&",
        "for",
        "in",
        "on",
        "at",
        "de",
        "la",
        "le",
        "el",
        "und",
        "et",
        "y",
        "e",
        "des",
        "del",
        "der",
    ]
)

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LO = "a-zß-öø-ÿā-ž"
_NAME_TOKEN = re.compile(
    rf"^(?:[{_UP}][{_LO}'’.-]*[{_LO}.]|[{_UP}]\.|[{_UP}][{_LO}]*(?:[-'’][{_UP}][{_LO}]+)+"
    rf"|Mc[{_UP}][{_LO}]+|[OÓ]['’][{_UP}][{_LO}]+)$"
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
        "ó",
        "ní",
        "nic",
        "mac",
        "ua",
    ]
)


def name_shaped(text: str) -> bool:
    """Looks like a person's name: 2-5 capitalised tokens (particles allowed)."""
    toks = text.replace("\u00a0", " ").split()
    if not 2 <= len(toks) <= 5:
        return False
    caps = 0
    for t in toks:
        if t.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(t):
            return False
        caps += 1
    if caps < 2:
        return False
    n = normalize(text)
    v = vocab()
    if any(
        t.strip(".,") in v.not_names
        or t.strip(".,") in _INSTITUTIONS
        or t.strip(".,") in _STAFF
        or t in v.brands
        for t in n.split()
    ):  # ('Times Staff Writer' is a role line, not a name)
        return False
    return n not in v.sections and not publisher_like(text)


_INSTITUTIONS = frozenset(
    [
        "university",
        "college",
        "institute",
        "school",
        "hospital",
        "centre",
        "center",
        "foundation",
        "council",
        "society",
        "academy",
        "laboratory",
        "department",
        "faculty",
        "ministry",
        "agency",
    ]
)


# the noun a job title ends in: 'Municipal Reporter', 'Queen's Park Correspondent'
_ROLE_HEADS = frozenset(
    ["reporter", "writer", "correspondent", "editor", "columnist", "critic", "photographer", "journalist"]
)


def role_like(text: str) -> bool:
    toks = normalize(text).replace(",", " ").split()
    v = vocab()
    return bool(toks) and all(t in v.roles for t in toks)


def beat_role(text: str) -> bool:
    """A job title alone on a line: role words ('Staff Writer') or a beat of one to three
    plain words before a role noun ('MUNICIPAL REPORTER', 'Agriculture Correspondent').
    (Only where a role line is expected: 'NADIA KHOURI REPORTER' has the same shape.)"""
    toks = normalize(text).replace(",", " ").split()
    return role_like(text) or (
        2 <= len(toks) <= 4
        and toks[-1] in _ROLE_HEADS
        and all(re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", t) for t in toks[:-1])
    )


#: "By", "Story by", "Words by", "Author:" and the same word in other languages ("Par", "Von"...)
_BY = re.compile(
    r"^\s*(?:(?:(?:story|written|words|reporting|report|text|article|written and reported)\s+)?"
    r"(?:by|von|por|par|di|door|av)|authors?|autor(?:es|en|a|ka|ki|zy)?"
    # MSN's "Story by" in its other editions: "Historia de", "Storia di", "Article de",
    # Polish "Historia autorstwa"...
    r"|(?:historia|história|storia|article|artikel|verhaal|bericht|matéria|reportaje|(?:un\s+)?texte|"
    r"geschichte|histoire|artículo)\s+"
    r"(?:de|di|von|van|por|par|autorstwa))"
    r"\s*:?\s+",
    re.I,
)
_SEP = re.compile(r"\s+(?:[|·•—–]|-)\s+|\s*[|·•]\s*")
_AND = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:et\s+de|and|&|et|und|y|e|en|og|och|i|и)\s+")


@dataclass
class Byline:
    authors: list[str]
    publisher: str | None
    date: str | None
    explicit: bool  # started with "By"


# Korean bylines name the reporter then the role: "김민준 기자", "김민준기자", "스토리 작성자
# 김서연 기자" (MSN's "Story by"), "김민준·이서연 기자", "워싱턴=김민준 특파원"
_KO_BYLINE = re.compile(
    r"^(?:(?:스토리\s*)?작성자\s*:?\s*)?(?:[가-힣]{2,6}\s*=\s*)?"
    r"(?P<names>[가-힣]{2,4}(?:\s*[,·、]\s*[가-힣]{2,4}){0,3})\s*"
    # (a wire's "김민준 기자 = 서울시가 …" opens the story's first paragraph: not a byline line)
    r"(?:기자|특파원|선임기자|인턴기자|객원기자|통신원|논설위원|전문기자)\s*=?(?:\s*[·|]\s*.{0,40})?$"
)


# Japanese and Chinese bylines: "山岸 拓真 : 東洋経済 記者", "山本健太 記者", "记者 张伟"
CJK_CHARS = "\u3005\u3040-\u30ff\u3400-\u9fff"  # kana, kanji/hanzi and 々 (佐々木)
_CJK_NAME = rf"[{CJK_CHARS}]{{1,4}}\s?[{CJK_CHARS}]{{1,4}}"
_CJK_ROLE = "記者|记者|特派員|特派员|編集委員|論説委員|解説委員|支局長|通讯员|通訊員"
_CJK_BYLINE = re.compile(
    rf"^(?P<names>{_CJK_NAME}(?:\s*[、・,，]\s*{_CJK_NAME}){{0,2}})"
    rf"(?:\s*[:：|｜]\s*[^\s:：]{{1,14}}\s*|\s+)(?:{_CJK_ROLE})$"
    rf"|^(?:{_CJK_ROLE})\s*[:：]?\s*(?P<after>{_CJK_NAME}(?:\s*[、,，]\s*{_CJK_NAME}){{0,2}})$"
)


def parse_byline(text: str) -> Byline | None:
    """Split a byline into authors, publisher and date; None if it is not one."""
    text = _HANDLE_IN.sub("", _EMAIL.sub("", text)).strip(" ,;|·•")
    text, stamped = _split_stamp(text)
    ko = _KO_BYLINE.match(text) if "\uac00" <= text[:1] <= "\ud7a3" else None
    if ko:
        return Byline(re.split(r"\s*[,·、]\s*", ko.group("names")), None, None, True)
    cjk = _CJK_BYLINE.match(text) if "\u3040" <= text[:1] <= "\u9fff" else None
    if cjk:
        names = re.split(r"\s*[、・,，]\s*", cjk.group("names") or cjk.group("after"))
        if all(re.search("[\u3400-\u9fff]", n) for n in names):  # (a katakana brand is no name)
            return Byline(names, None, None, True)
        return None
    m = _BY.match(text)
    explicit = bool(m)
    body = text[m.end() :] if m else text
    w = None if m else _WORDS.match(text)
    if w:  # a magazine credit line: "Words Jane Roe Photography John Doe"
        name = _PHOTO_TAIL.sub("", text[w.end() :]).strip()
        if not name_shaped(name):
            return None
        explicit, body = True, name
    elif explicit:
        body = _PHOTO_TAIL.sub("", body).strip() or body
    if not body or len(body.split()) > 20:
        return None
    authors: list[str] = []
    publisher: str | None = None
    date: str | None = None
    paren = _PAREN_TAIL.search(body)
    if paren and not _PAREN_TAIL.fullmatch(body):
        # "Par A et B (Lyon, correspondant)", "By A (AP)": a place, a role or the outlet
        inner = paren.group(1).strip()
        if publisher_like(inner):
            publisher = inner
        body = body[: paren.start()].rstrip()
    w = _WITH.search(body)
    if w and (publisher_like(w.group(1)) or (_outlet_name(w.group(1)) and not name_shaped(w.group(1)))):
        body = body[: w.start()]  # "Par X, avec La Presse Canadienne": a contributing outlet
    elif w and name_shaped(w.group(1)):
        body = f"{body[: w.start()]} and {w.group(1)}"  # "By Jane Roe with John Doe"
    body, tail = _after_list_end(body)
    parts = _SEP.split(body)
    for k, part in enumerate(parts):
        part = part.strip(" ,;")
        if not part:
            continue
        if k > 0 and authors and _role_of_outlet(part):
            continue  # "Jane Doe | Reporter at The Courier": her job, not a second name
        if k > 0 and authors and publisher is None and _outlet_shaped(part):
            publisher = part  # "Priya Menon | Mint": a short name after the author's is the outlet
            continue
        if is_date_line(part):
            date = date or parse_date(part)[0]
            continue
        for piece in _AND.split(part):
            piece = piece.strip(" .,;:")
            if not piece:
                continue
            if is_aggregator(piece):
                continue
            if normalize(piece) in vocab().places:
                if not explicit:
                    return None  # "Washington, United States": a place line, not a byline
                continue
            if _role_of_outlet(piece):  # "Repórter da Agência Brasil", "Reporter at The Courier"
                continue
            nof = _NAME_OF_OUTLET.fullmatch(piece)
            if nof and name_shaped(nof.group(1)) and publisher_like(nof.group(2)):
                authors.append(nof.group(1))  # "By Jane Doe of The Courier", "… for The Courier"
                publisher = publisher or nof.group(2)
                continue
            if publisher_like(piece):
                publisher = publisher or piece
            elif _title_only(piece):  # "Political Editor", "Research Fellow"
                continue
            elif (trimmed := _trim_role(piece)) is not None:
                authors.append(trimmed)
            elif len(toks := piece.split()) >= 2 and (
                normalize(toks[-1]) == "staff" or (len(toks) == 2 and normalize(toks[1]) in _STAFF)
            ):
                continue  # "Eagle Staff", "KHOU 11 Staff": the paper's staff, not a person
            elif name_shaped(piece):
                authors.append(piece)
            elif authors and _affiliation_like(piece):
                continue  # "Senior Lecturer in Physiology", "Leeds Beckett University"
            elif (
                (at := _IN_PLACE.match(piece))
                and name_shaped(at.group(1))
                and not _title_only(at.group(1))
                and not _affiliation_like(piece)
            ):
                authors.append(at.group(1))  # "Mariana Okafor in Reno"
            elif explicit and " " not in piece and piece.isupper() and len(piece) <= 8 and authors:
                publisher = publisher or piece  # "By Jane Roe, KSDK": an acronym is the outlet
            elif explicit and piece[:1].isupper() and len(piece.split()) <= 5 and not _DIGIT.search(piece):
                authors.append(piece)  # (no person's name holds a digit: 'Channel 4 Desk')
            else:
                return None
    for t in _SEP.split(tail) if tail else ():  # "…, Reuters · June 4, 2024 · 3 min read"
        t = t.strip(" ,;")
        if not t:
            continue
        if is_date_line(t):
            date = date or parse_date(t)[0]
        elif (split := outlet_then_date(t)) is not None:
            publisher, date = publisher or split[0], date or split[1]  # "Lansing State Journal Jun 4, 2024"
        elif _role_of_outlet(t):
            continue  # "…, Reporter at The Courier": a job, not the outlet line
        elif publisher_like(t) or _outlet_name(t):
            publisher = publisher or t
        elif not (role_like(t) or _affiliation_like(t)):
            return None
    if not authors and not (explicit and publisher):
        return None
    return Byline([_uncapped(a) for a in authors], publisher, date or stamped, explicit)


# joins and name particles, in capitals ('DE', 'VAN', 'AND'); two-letter particles that are
# also given names or initials ('AL', 'EL', 'Y', 'E') keep their capital
_CAPS_GLUE = frozenset(
    {p.upper() for p in _PARTICLES if len(p) > 2 or p in ("de", "da", "di", "du", "la", "le")}
    | {"AND", "ET", "UND"}
)


def decap(text: str) -> str:
    """'ANNE-MARIE CÔTÉ AND GRAHAM FRIESEN' -> 'Anne-Marie Côté and Graham Friesen': a line
    set in capitals in its usual case, so a byline parser can read its names and joins."""
    return " ".join(w.lower() if w in _CAPS_GLUE else w.title() for w in text.split())


def _uncapped(name: str) -> str:
    """'MARIA TERESA GALLI' -> 'Maria Teresa Galli': print bylines set in capitals."""
    if len(name.split()) >= 2 and name.isupper():
        return name.title()
    return name


# "…, with Reuters", "…, avec La Presse Canadienne", "…, mit dpa"
_WITH = re.compile(r",?\s+(?:with|avec|mit|con|com|met)\s+(\S.{1,60})$", re.I)
# "Mariana Okafor in Reno", "Jonas Ebert aus Berlin": where the reporter filed from
_IN_PLACE = re.compile(rf"^(.+?)\s+(?:in|à|aus|en|from)\s+[{_UP}][\w.'’-]*(?:\s+[{_UP}][\w.'’-]*){{0,2}}$")
_WORDS = re.compile(r"words\s*:?\s+(?=[A-ZÀ-Þ])", re.I)
# "... Photography John Doe": the photographer's credit after the writer's
_PHOTO_TAIL = re.compile(
    r"\s+(?i:photography|photographs|photos|pictures|images|illustrations?)(?i:\s+by|\s*:)?\s+[A-ZÀ-Þ].*$"
)
_HANDLE = r"\(?@\w{2,30}\)?"  # a social handle, "@janeroe" or "(@JaneRoeKARE)"
_HANDLE_IN = re.compile(rf"(?:\s*[·•|]\s*|\s+|^){_HANDLE}(?=\s|$)")


def is_handle(text: str) -> bool:
    return re.fullmatch(_HANDLE, text.strip()) is not None


_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _after_list_end(body: str) -> tuple[str, str]:
    """'A, B and C, Nashville Tennessean' -> 'A, B and C | Nashville Tennessean'.

    An English list of names ends at its 'and': what follows the next comma
    is the outlet or a role, never another author.
    """
    m = re.search(r"\s(?:and|&)\s[^,|·•]+,\s*(?=\S)", body)
    if not m:
        return body, ""
    return body[: m.end()].rstrip().rstrip(","), body[m.end() :].strip()


def _outlet_shaped(part: str) -> bool:
    toks = part.split()
    return (
        1 <= len(toks) <= 3
        and all(t[:1].isupper() or t[:1].isdigit() for t in toks)
        and not is_date_line(part)
        and not name_shaped(part)
        and not role_like(part)
        and not is_aggregator(part)
    )


def _trim_role(piece: str) -> str | None:
    """'Owen Pruitt Globe Staff' -> 'Owen Pruitt' (role and paper words after a name);
    'NADIA KHOURI STAFF REPORTER' -> 'Nadia Khouri' (print bylines set in capitals);
    'Tomás Elgueta Postdoctoral Research Fellow in Food Science' -> 'Tomás Elgueta'."""
    v = vocab()
    toks = piece.split()
    caps = piece.isupper()
    titles = (v.roles | v.affiliations | v.publisher_words) - _INSTITUTIONS - _LINKS
    for k in (2, 3, 4):  # the shortest name followed by a title
        rest = [normalize(t).strip(".,") for t in toks[k:]]
        if not rest:
            break
        if rest[0] in titles and (
            all(t in v.roles or t in v.publisher_words for t in rest) or _affiliation_like(" ".join(rest))
        ):
            if len(rest) == 1 and rest[0] not in v.roles and k >= 3 and name_shaped(" ".join(toks[: k - 1])):
                k -= 1  # 'Elliot Brownstein Florida Today': one paper word alone names no paper
            cand = " ".join(toks[:k])
            cand = cand.title() if caps else cand
            if name_shaped(cand):  # (never 'Times Staff' of 'Times Staff Writer': a staff word)
                return cand
    return None


# the small word between a job and its outlet: 'Reporter at', 'Repórter da', 'Redakteur bei'
_ROLE_LINK = frozenset(
    [
        "of",
        "at",
        "for",
        "with",
        "da",
        "de",
        "do",
        "du",
        "des",
        "di",
        "del",
        "della",
        "dello",
        "von",
        "bei",
        "der",
        "für",
        "van",
        "z",
        "w",
        "ze",
    ]
)


# the words that open a byline's time stamp: "… Publicado em 19/06/2024", "… Updated on: March 3, 2024"
_STAMP_END = re.compile(
    rf"(?:\s*[-–—|·•,]?\s*\b(?:last\s+)?(?:{_STAMP_WORDS})"
    r"(?:\s+(?:on|em|el|le|am|il|op|at|às|a las))?\s*:?)?\s*[-–—|·•,]?\s*$",
    re.I,
)


def _split_stamp(text: str) -> tuple[str, str | None]:
    """'By A and B August 19, 2024, 5:12 AM Updated on: …', 'Renata Figueiredo - Repórter
    Publicado em 19/06/2024 - 19:12 Brasília': the byline before its time stamp, and its date."""
    if len(text) > 200 or not any(c.isdigit() for c in text):
        return text, None
    found = [m for rx in _DATE_RES[:6] if (m := rx.search(text))]
    if not found:
        return text, None
    m = min(found, key=lambda x: x.start())
    if m.start() == 0 or len(text[m.end() :].split()) > 10:
        return text, None
    iso = parse_date(text[m.start() :])[0]
    raw = text[: m.start()].rstrip()
    head = _STAMP_END.sub("", raw).strip(" ,;|·•-–—")
    # the stamp must be marked off (a stamp word, a separator) unless the byline opens with 'By':
    # 'Weekend Sunday Herald-Courier 24 Feb 2024' is an edition line, not a name and its date
    marked = len(head) < len(raw) or _BY.match(head) is not None
    return (head, iso) if iso and head and marked else (text, None)


_NAME_OF_OUTLET = re.compile(r"(\S+(?: \S+){1,3}) (?:of|for) ((?:The |the )?[A-Z].*)")


def _role_of_outlet(piece: str) -> bool:
    """'Repórter da Agência Brasil', 'Correspondant du Monde', 'Reporter at The Courier':
    a job, a small word, then the outlet's capitalised name."""
    toks = piece.split()
    roles = vocab().roles
    k = 0
    while k < len(toks) and normalize(toks[k]).strip(".,") in roles and toks[k].lower() not in _ROLE_LINK:
        k += 1
    if k == 0 or k + 1 >= len(toks) or toks[k].lower() not in _ROLE_LINK:
        return False
    rest = [t for t in toks[k + 1 :] if t.lower() not in NAME_GLUE]
    return 1 <= len(rest) <= 5 and all(t[:1].isupper() or t[:1].isdigit() for t in rest)


def _title_only(piece: str) -> bool:
    """'Research Fellow', 'Head Teacher': every word a role or affiliation word."""
    v = vocab()
    toks = [t.strip(".,") for t in normalize(piece).split()]
    return bool(toks) and all(t in v.roles or t in v.affiliations for t in toks)


_LINKS = frozenset(["for", "at", "of", "the", "and", "&", "in", "on"])


def _affiliation_like(piece: str) -> bool:
    v = vocab()
    toks = [t.strip(".,") for t in normalize(piece).split()]
    return (
        bool(toks)
        and any((t in v.roles or t in v.affiliations) and t not in _LINKS for t in toks)
        and len(toks) <= 10
    )


def section_of(text: str) -> str | None:
    n = normalize(text).strip(" .:|>")
    v = vocab()
    page = _PRINT_PAGE.search(text)
    if page and page.start() and normalize(text[: page.start()]) in v.sections:
        return text[: page.start()].strip()  # 'City A3', 'Sport · Page 46': the print page's section
    if len(n.split()) > 4:
        return None
    if n in v.sections or n.replace(".", "") in v.sections_nodots:
        return text.strip(" :|>")
    for sep in (">", "›", "»", "/"):
        if sep in text:
            last = text.split(sep)[-1].strip()
            if normalize(last) in v.sections:
                return last
    pair = _SECTION_PAIR.fullmatch(n)
    if pair and pair.group(1) in v.sections:
        second = text.strip(" :|>").rsplit(None, 1)[-1]
        if pair.group(2) in v.sections or second[:1].islower():
            # 'Arts & Culture'; 'Finance & economics' in sentence case ('Garden & Gun' is a name)
            return text.strip(" :|>")
    return None


# a printed page's label after its section: 'City A3', 'Business · Page 12', 'Sport S. 4'
_PRINT_PAGE = re.compile(
    r"(?:\s*[·|,–-])?\s+(?:[A-Z]\d{1,2}|(?:page|p\.|pg\.|seite|s\.|página|pagina) ?\d{1,3})$", re.I
)


# two subjects joined into one section name, one of them a known section
_SECTION_PAIR = re.compile(r"(\w[\w.-]*(?: \w[\w.-]*)?) (?:&|and|\+) (\w[\w.-]*(?: \w[\w.-]*)?)")


DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", re.I)


def outlet_then_date(text: str) -> tuple[str, str] | None:
    """'Lansing State Journal Jun 4, 2024': an outlet's name run into a date."""
    for rx in _DATE_RES:
        m = rx.search(text)
        if m and not text[m.end() :].strip(" ,.") and m.start() > 0:
            head = _WEEKDAY_TAIL.sub("", text[: m.start()].strip(" ,.·|-")).strip(" ,.·|-")
            iso = parse_date(text[m.start() :])[0]
            if iso and head and (publisher_like(head) or _outlet_name(head)):
                return head, iso
    return None


def place_line(text: str) -> bool:
    """'Washington, United States', 'Lyon, France': where the story is from, a dateline."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    places = vocab().places
    return (
        2 <= len(parts) <= 3
        and any(normalize(p) in places for p in parts)
        and all(len(p.split()) <= 3 and p[:1].isupper() and not any(c.isdigit() for c in p) for p in parts)
    )


def role_line(text: str) -> bool:
    """An author's role line under a byline: 'Staff Writer', 'Reporter, KSL.com',
    'Senior Correspondent | The Courier' (a role, perhaps with the outlet or site)."""
    parts = [p.strip() for p in re.split(r",|\s[|·•]\s", text) if p.strip()]
    contact = [p for p in parts if is_handle(p) or _EMAIL.fullmatch(p)]
    if contact and len(contact) < len(parts):  # 'Reporter · @handle', 'Staff writer | a@b.com'
        return role_line(" | ".join(p for p in parts if p not in contact))
    if not 1 <= len(parts) <= 3 or len(text.split()) > 8:
        return False
    if place_line(text):
        return False
    toks = text.split()
    for k in range(1, min(4, len(toks)) if len(parts) == 1 else 1):  # "Seattle Times climate reporter"
        head, rest = " ".join(toks[:k]), " ".join(toks[k:])
        outlet = publisher_like(head) or (
            k >= 2 and all(t[:1].isupper() for t in toks[:k]) and _outlet_name(head)
        )
        if outlet and role_like(rest) and rest.islower() and "&" not in rest:
            return True
    roles = [p for p in parts if role_like(p)]
    return bool(roles) and all(
        p in roles or publisher_like(p) or _outlet_name(p) or DOMAIN.fullmatch(p) for p in parts
    )


def _outlet_name(pub: str) -> bool:
    """'The Denver Post': a short title-case name."""
    toks = pub.split()
    return 1 <= len(toks) <= 5 and all(
        t[:1].isupper() or t.lower() in ("of", "the", "and", "&") for t in toks
    )


def _provenance(text: str, max_words: int) -> re.Match[str] | None:
    return vocab().provenance.fullmatch(text.strip()) if len(text.split()) <= max_words else None


def provenance_line(text: str, max_words: int = 25) -> bool:
    """A 'Provided by X' / 'Originally published on X' line, whatever X is ('t-online')."""
    return _provenance(text, max_words) is not None


def provenance_of(text: str, max_words: int = 25, domains: bool = False) -> str | None:
    """The publisher named by a 'Provided by X' / 'Originally published on X' line
    (with ``domains``, also a line naming only its site: 'Read more at apnews.com' —
    a provenance line, but a domain is not the publisher's name)."""
    m = _provenance(text, max_words)
    if not m:
        return None
    pub = next(v for v in m.groupdict().values() if v is not None).strip(" .,:;")
    if not is_aggregator(pub) and (
        publisher_like(pub) or _outlet_name(pub) or (domains and DOMAIN.fullmatch(pub))
    ):
        return pub
    return None
