"""masthead: title, authors, publisher, section, date; the aggregator is never the publisher."""

from __future__ import annotations

import pytest

from cleaner._filters._meta import beat_role, is_date_line, parse_byline, parse_date, publisher_like
from tests.helpers import BODY, BODY2, BODY3, run

TITLE = "Bridge opening delayed again after foundation problems found"


def _page(*header: str) -> str:
    return "\n".join(header) + f"\n\n{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{BODY3}\n"


@pytest.mark.parametrize(
    ("line", "authors", "publisher"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
        ("Jane Doe, Reuters", ["Jane Doe"], "Reuters"),
        ("Jane Doe | The Guardian", ["Jane Doe"], "The Guardian"),
        ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], None),
        ("Jane Doe, Political Editor", ["Jane Doe"], None),
        ("By Nadia Farrell and Owen Pruitt Globe Staff", ["Nadia Farrell", "Owen Pruitt"], None),
        ("Dana Whitfield, USA TODAY", ["Dana Whitfield"], "USA TODAY"),
        ("By Priya Raman and Lucas Ferreira, CNN", ["Priya Raman", "Lucas Ferreira"], "CNN"),
        ("Historia autorstwa Anna Nowak", ["Anna Nowak"], None),  # MSN's "Story by" in Polish
        # a job with its outlet after the name is no second author
        ("Joana Prado - Repórter da Rádio Nacional", ["Joana Prado"], None),
        ("Jane Doe, Reporter at The Harbour Courier", ["Jane Doe"], None),
        ("Par Luc Martin, correspondant du Télégramme", ["Luc Martin"], None),
        ("By Jane Doe of The Harbour Courier", ["Jane Doe"], "The Harbour Courier"),
        ("Autor: Jan Kowalski", ["Jan Kowalski"], None),
        ("Autora: Ana Souza", ["Ana Souza"], None),
        ("Elliot Brownstein Florida Today", ["Elliot Brownstein"], None),  # one paper word names no paper
    ],
)
def test_byline_forms(line: str, authors: list[str], publisher: str | None) -> None:
    by = parse_byline(line)
    assert by is not None
    assert by.authors == authors
    assert by.publisher == publisher


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("Joana Prado - Repórter Publicado em 19/06/2024 - 19:12 Brasília", ["Joana Prado"], "2024-06-19"),
        (
            "By Ana Ruiz and Tom Lee August 19, 2024, 5:12 AM Updated on: August 19, 2024",
            ["Ana Ruiz", "Tom Lee"],
            "2024-08-19",
        ),
        ("Jane Doe · March 3, 2024 · 4 min read", ["Jane Doe"], "2024-03-03"),
    ],
)
def test_a_byline_run_into_its_time_stamp(line: str, authors: list[str], iso: str) -> None:
    by = parse_byline(line)
    assert by is not None and by.authors == authors and by.date == iso


def test_an_edition_line_with_a_date_is_no_byline() -> None:
    # nothing marks the date off: a section and a paper's name, not a person and a date
    assert parse_byline("Weekend Sunday Harbour-Courier 24 Feb 2024") is None


@pytest.mark.parametrize("line", ["Get Started", "Top Stories", "Daily Mirror", "Sign In", "World"])
def test_not_bylines(line: str) -> None:
    by = parse_byline(line)
    assert by is None or not by.authors


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 8, 2022", "2022-03-08"),
        ("Tue, 8 March 2022 at 4:31 pm", "2022-03-08"),
        ("8 March 2022 • 3 min read", "2022-03-08"),
        ("Updated Mar 8, 2022", "2022-03-08"),
        ("2022-03-08", "2022-03-08"),
        ("Sept. 19, 2023 5 AM PT", "2023-09-19"),
        ("25/12/2023", "2023-12-25"),
        ("03/04/2022", None),
        ("5h ago", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert parse_date(text)[0] == iso


def test_masthead_fields_from_header() -> None:
    art = run(_page("The Guardian", "World", "Jane Doe", "March 8, 2022"))
    assert art.title == TITLE
    assert art.authors == ["Jane Doe"]
    assert art.publisher == "The Guardian"
    assert art.section == "World"
    assert art.date == "2022-03-08"
    assert TITLE not in art.paragraphs


def test_aggregator_is_profile_not_publisher() -> None:
    art = run(_page("Yahoo News", "Reuters", "Reuters", "By Jane Doe", "5h ago", "View comments"))
    assert art.profile == "yahoo"
    assert art.publisher == "Reuters"
    assert art.date is None


def test_provenance_line_names_publisher() -> None:
    text = _page("By Jane Doe") + "\n© Provided by Evening Standard\n"
    art = run(text)
    assert art.publisher == "Evening Standard"


def test_menu_words_are_not_the_section() -> None:
    art = run(_page("Home", "News", "Sport", "Weather", "By Jane Doe"))
    assert art.section is None


def test_publisher_like() -> None:
    assert publisher_like("The Irish Times")
    assert publisher_like("Dayton Daily News")
    assert not publisher_like("Chris Hughes")
    assert not publisher_like("John Sun")
    assert not publisher_like("Yahoo News")
    assert publisher_like("WBIR 10News")  # a call sign and its channel's brand


@pytest.mark.parametrize(
    ("label", "section"),
    [
        ("Finance & economics", "Finance & economics"),
        ("Arts and Culture", "Arts and Culture"),
        ("Science + technology", "Science + technology"),
        ("Garden & Gun", None),  # a magazine's name: the second word is capitalised and no section
        ("Salt & vinegar", None),  # neither part names a section
        ("Fish and chips and peas", None),
    ],
)
def test_two_subjects_joined_into_one_section_name(label: str, section: str | None) -> None:
    from cleaner._filters._meta import section_of

    assert section_of(label) == section


@pytest.mark.parametrize(
    ("header", "section", "authors"),
    [
        (("Harbour Gazette", "Harbour Gazette", "Seafront"), "Seafront", []),
        (("Flipped into Bridges by Sam Lee", "The Northern Post", "Gridlock"), "Gridlock", None),
        (("Home", "Sport", "Cricket", "Tennis", "Cricket"), "Cricket", []),  # the menu's current item
        (("Home", "Sport", "Tennis", "Cricket"), None, []),  # only the menu's last item
        (("Waterfront", "Harbour Works", "Road Closures"), None, None),  # a row of topic tags
        (("Apple News", "Garden & Gun"), None, []),  # the source under the aggregator's name
        # a name-like label over the headline when the byline names the author elsewhere
        (("The Northern Post", "Pop Culture", "", TITLE, "By Jane Doe"), "Pop Culture", ["Jane Doe"]),
        (("The Northern Post", "Maria Lopez"), None, ["Maria Lopez"]),
    ],
)
def test_the_label_right_over_a_copied_headline_is_its_kicker(
    header: tuple[str, ...], section: str | None, authors: list[str] | None
) -> None:
    body = f"\n\n{BODY}\n\n{BODY2}\n\n{BODY3}\n"
    art = run("\n".join(header) + body if TITLE in header else _page(*header))
    assert art.section == section
    if authors is not None:
        assert art.authors == authors
    assert art.title == TITLE


def test_a_kicker_under_the_aggregators_reading_mode_switch() -> None:
    # the source is named; the aggregator's switch lines sit between it and the kicker
    header = ("SmartNews", "Get the App", "The Northern Post", "SmartView", "Original", "Seafront")
    art = run(_page(*header), url="https://www.smartnews.com/news/article/x")
    assert (art.publisher, art.section) == ("The Northern Post", "Seafront")


@pytest.mark.parametrize(
    ("header", "publisher", "section"),
    [
        (("Apple News", "Open in News", "Harrow & Plough"), "Harrow & Plough", None),
        (("Apple News", "News+", "Tidewater", "Seafront"), "Tidewater", "Seafront"),
        (("Flipboard", "Flipped into Bridges by Sam Lee", "Quayside", "Gridlock"), "Quayside", "Gridlock"),
        # a person's name, a date or a menu word under the aggregator's lines is no source
        (("Apple News", "Open in News", "Maria Lopez"), None, None),
        (("Apple News", "Open in News", "Home"), None, None),
        # the source's line must sit right over the headline (or over its section)
        (("Apple News", "Quayside", "Harbour Works", "Road Closures"), None, None),
    ],
)
def test_the_source_stands_under_the_aggregators_own_lines(
    header: tuple[str, ...], publisher: str | None, section: str | None
) -> None:
    url = "https://apple.news/Aq1" if header[0] == "Apple News" else "https://flipboard.com/@x/y"
    art = run(_page(*header), url=url)
    assert art.publisher == publisher
    assert art.section == section
    assert art.title == TITLE


def test_url_picks_profile() -> None:
    art = run(_page("By Jane Doe"), url="https://www.msn.com/en-gb/news/world/x/ar-AA1")
    assert art.profile == "msn"
    assert art.url == "https://www.msn.com/en-gb/news/world/x/ar-AA1"


def test_unknown_site_is_generic() -> None:
    art = run(_page("By Jane Doe"))
    assert art.profile == "generic"


def test_magazine_credit_lines_name_the_writer_not_the_photographer() -> None:
    from cleaner._filters._meta import parse_byline

    words = parse_byline("Words Alasdair Quinn Photography Ruth Baptiste")
    assert words is not None and words.authors == ["Alasdair Quinn"]
    by = parse_byline("By Jane Roe Photographs by Tom Lee")
    assert by is not None and by.authors == ["Jane Roe"]
    assert parse_byline("Words matter more than ever") is None


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Publié le 12 mars 2024 à 06h00, modifié le 12 mars 2024 à 10h12", "2024-03-12"),
        ("18. Februar 2025", "2025-02-18"),
        ("12 de marzo de 2024", "2024-03-12"),
        ("2025/02/18 5:00", "2025-02-18"),
        ("2025年2月18日", "2025-02-18"),
        ("03/12/24 5:42 PM ET", "2024-03-12"),  # a US zone: month first
        ("Geplaatst 7 mei 2024, 14:10", "2024-05-07"),
        ("Publicerad 2 april 2024 kl 08.15", "2024-04-02"),
        ("9.abr.2024 às 7h15", "2024-04-09"),
        ("Opublikowano: 5 czerwca 2024, godz. 10:12", "2024-06-05"),
        ("14. března 2024", "2024-03-14"),
        ("12 Mart 2024 14:05", "2024-03-12"),
        ("1. maj 2024", "2024-05-01"),
    ],
)
def test_dates_in_other_languages_and_forms(line: str, iso: str) -> None:
    from cleaner._filters._meta import is_date_line, parse_date

    assert parse_date(line)[0] == iso
    assert is_date_line(line)


def test_ambiguous_numeric_date_without_a_hint_is_not_guessed() -> None:
    from cleaner._filters._meta import parse_date

    assert parse_date("03/12/24")[0] is None


@pytest.mark.parametrize(
    "line, authors, publisher",
    [
        (
            "Par Claire Vasseur et Antoine Mercier (Lyon, correspondant)",
            ["Claire Vasseur", "Antoine Mercier"],
            None,
        ),
        ("By John Smith (AP)", ["John Smith"], "AP"),
        (
            "By Ana Ortúzar and Marc Pell, Reuters·June 4, 2024·3 min read",
            ["Ana Ortúzar", "Marc Pell"],
            "Reuters",
        ),
        ("Von Jana Reuter und Paul Kling", ["Jana Reuter", "Paul Kling"], None),
        ("Priya Natarajan · 4 min read", ["Priya Natarajan"], None),
        (
            "Ana Ruiz and Tom Gill, Harbour Gazette Jun 4, 2024 · 5 min read",
            ["Ana Ruiz", "Tom Gill"],
            "Harbour Gazette",
        ),
        ("Par Lise Tremblay-Roy, avec La Presse Canadienne", ["Lise Tremblay-Roy"], None),
        ("By Jane Roe with John Doe", ["Jane Roe", "John Doe"], None),
        ("Ana Okafor in Reno and Tom Gill in New York", ["Ana Okafor", "Tom Gill"], None),
        ("By Hanna Lind, Courier Staff", ["Hanna Lind"], None),
        ("Von Wiebke Harms und Jonas Ebert, dpa", ["Wiebke Harms", "Jonas Ebert"], "dpa"),
        ("Anna Berg Senior Lecturer in Public Health", ["Anna Berg"], None),
        ("By TOMÁS OKONKWO-REYES", ["Tomás Okonkwo-Reyes"], None),
        # MSN's "Story by" in other editions
        ("Historia de Inés Calvo", ["Inés Calvo"], None),
        ("Storia di Paolo Ferri", ["Paolo Ferri"], None),
        ("Article de Chloé Gagnon", ["Chloé Gagnon"], None),
        ("Geschichte von Jonas Weber", ["Jonas Weber"], None),
        ("Ana Ruiz Gazette Staff Writer", ["Ana Ruiz"], None),
        # Korean: the name, then the role word (glued or not); MSN's "Story by"
        ("이하늘 기자", ["이하늘"], None),
        ("박지호기자", ["박지호"], None),
        ("스토리 작성자 최유나 기자", ["최유나"], None),
        ("정민서·한도윤 기자", ["정민서", "한도윤"], None),
        ("도쿄=윤세아 특파원", ["윤세아"], None),
        # Japanese and Chinese: name, outlet, role word; or the role word first
        ("森田 千尋 : 北海道新聞 記者", ["森田 千尋"], None),
        ("大野雅人 記者", ["大野雅人"], None),
        ("佐々木 健 記者", ["佐々木 健"], None),  # 々 repeats the kanji before it
        ("记者 陈晓东", ["陈晓东"], None),
        ("记者：王磊、刘洋", ["王磊", "刘洋"], None),
        # French "Un texte de A et de B"; a broadcaster's call sign after the name
        ("Un texte de Maude Pelletier et de Luc-Antoine Roy", ["Maude Pelletier", "Luc-Antoine Roy"], None),
        ("By Tessa Orr, KMTV-TV", ["Tessa Orr"], "KMTV-TV"),
        ("By Tessa Orr, WXKT", ["Tessa Orr"], "WXKT"),
        ("By Tessa Orr, KQTA 9", ["Tessa Orr"], "KQTA 9"),
    ],
)
def test_bylines_with_places_outlets_times_and_other_languages(
    line: str, authors: list[str], publisher: str | None
) -> None:
    from cleaner._filters._meta import parse_byline

    by = parse_byline(line)
    assert by is not None and by.authors == authors and by.publisher == publisher


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("HANNA ROSSI STAFF REPORTER", ["Hanna Rossi"]),
        (
            "Ilse Marquardt Postdoctoral Research Fellow in Soil Ecology, University of Bristol",
            ["Ilse Marquardt"],
        ),
        ("Dev Anand Senior Lecturer in Physiology, Leeds Beckett University", ["Dev Anand"]),
        ("Mary Anne Kell Professor of Law", ["Mary Anne Kell"]),
        ("Research Fellow", None),  # a title alone names nobody
        ("Leeds Beckett University", None),
        ("SALT LAKE CITY", None),
    ],
)
def test_a_name_then_its_title_is_the_name(line: str, authors: list[str] | None) -> None:
    by = parse_byline(line)
    assert (by.authors if by else None) == authors


def test_role_lines_and_place_lines_under_a_byline() -> None:
    from cleaner._filters._meta import place_line, role_line

    assert role_line("Reporter, KSL.com") and role_line("Senior Correspondent | The Courier")
    assert not role_line("Washington, United States") and place_line("Washington, United States")
    assert not role_line("The Courier") and not place_line("Norway")  # a lone country is a tag
    assert not role_line("Reporters said the council would vote on Friday")
    # a role with the writer's handle or address beside it; a name with a handle is no role
    assert role_line("Harbour Gazette reporter · @jdoeHG") and role_line(
        "Staff writer | jdoe@harbour.example"
    )
    assert not role_line("Jane Doe · @jdoe") and not role_line("@jdoe")


@pytest.mark.parametrize(
    ("line", "pub"),
    [
        (
            "This article originally appeared in the May 2023 issue of Prairie Quarterly with the headline “Dust.” Subscribe today.",
            "Prairie Quarterly",
        ),
        ("This story was originally published by The Harbour Courier.", "The Harbour Courier"),
        ("This article first appeared in the Sunday edition of The Harbour Courier.", "The Harbour Courier"),
        ("This article appeared in a longer form with the headline “Dust”.", None),
    ],
)
def test_provenance_lines_of_magazines_and_editions(line: str, pub: str | None) -> None:
    from cleaner._filters._meta import provenance_of

    assert provenance_of(line, max_words=40, domains=True) == pub


def test_a_korean_story_opening_with_its_dateline_is_not_a_byline() -> None:
    from cleaner._filters._meta import parse_byline

    assert (
        parse_byline("이하늘 기자 = 부산시가 다음 달부터 심야 버스 노선 두 개를 새로 운행한다고 3일 밝혔다.")
        is None
    )
    # a role word in a sentence, or a brand in katakana before it, names nobody
    assert parse_byline("北海道新聞 記者。1988年生まれ。") is None
    assert parse_byline("ハーバーニュース 記者") is None
    assert parse_byline("番記者") is None


@pytest.mark.parametrize(
    "line",
    [
        "June 3, 2025 / 6:12 PM | Updated June 3, 2025 / 11:40 PM",
        "Posted 7:02 AM, Oct 2, 2023 and last updated 9:15 AM, Oct 2, 2023",
        "3 Oct 2023 · B4",
        "March 4, 2025 Updated: March 5, 2025, 9 AM Central",
        # relative times in other languages, with a reading time beside them
        "vor 2 Std. · 3 Min. Lesezeit",
        "hace 4 horas",
        "5 ore fa",
        "2 時間前",
        "5 Std.",  # MSN's German relative time, without its 'vor'
        # Japanese stamps: a day without its year, a weekday in brackets, 配信 ('sent out')
        "3/14(金) 19:32配信",
        "最終更新:3/14(金) 20:10",
        "3月14日 19時32分",
    ],
)
def test_date_lines_with_slashes_and_and_and_print_page_codes(line: str) -> None:
    assert is_date_line(line)
    assert not is_date_line("3月14日に開催")  # a day inside a sentence


@pytest.mark.parametrize(
    "line",
    [
        "Rain and snow on March 3, 2024",
        "See page B4 for the March 3, 2024 results",
        "Il y a 3 jours, le traversier est tombé en panne",
    ],
)
def test_a_sentence_around_a_date_is_not_a_date_line(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("COURTS REPORTER", True),
        ("Queen's Park Correspondent", True),
        ("Agriculture Writer", True),
        ("Senior Editor", True),
        ("Priya Nair", False),
        ("Route 9 reporter", False),
        ("She was a reporter for decades", False),
    ],
)
def test_a_beat_before_a_role_noun_is_a_role_line(line: str, want: bool) -> None:
    assert beat_role(line) is want


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        (
            "Setúbal, 07 fev 2024 (Lusa) - A câmara aprovou hoje o plano de obras para a marginal.",
            "2024-02-07",
        ),
        (
            "Namur, 12 avril 2025 (Belga) – Le conseil communal a voté lundi le budget des travaux.",
            "2025-04-12",
        ),
        (
            "BERGEN, May 3, 2024 (NTB) — The city council voted on Friday to close the old bridge.",
            "2024-05-03",
        ),
        # no year in the dateline: no date guessed
        ("BERGEN, May 3 (NTB) — The city council voted on Friday to close the old bridge for repairs.", None),
        # a place and a date in an ordinary sentence: no dateline
        ("Bergen, May 3, 2024 was the day the city council voted to close the old bridge for repairs.", None),
    ],
)
def test_a_wire_dateline_dates_a_page_that_states_no_other_date(opening: str, date: str | None) -> None:
    art = run(f"{TITLE}\n\n{opening} {BODY}\n\n{BODY2}\n\n{BODY3}\n")
    assert art.date == date


@pytest.mark.parametrize("line", ["By KHOU 11 Staff", "By Science Desk Staff", "By Channel 4 Desk"])
def test_a_stations_staff_or_a_desk_is_no_author(line: str) -> None:
    assert parse_byline(line) is None or parse_byline(line).authors == []  # type: ignore[union-attr]
    assert parse_byline(f"By Jane Doe and {line[3:]}").authors == ["Jane Doe"]  # type: ignore[union-attr]
