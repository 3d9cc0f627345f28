"""captions: caption lines leave the body, with the credit parsed in each real style."""

from __future__ import annotations

import pytest

from cleaner import Role
from tests.helpers import page, role_of, run

STYLES = [
    (  # two pictures side by side, two credits
        "The ferry at dusk, left, and a deckhand at the landing, right, on Feb. 28. Ana Ruiz/The Harbour Post; Jo Lee/The Courier",
        "The ferry at dusk, left, and a deckhand at the landing, right, on Feb. 28.",
        "Ana Ruiz/The Harbour Post; Jo Lee/The Courier",
    ),
    (  # the credit span glued to the full stop, two credits in capitals
        "Crews patch potholes on Whyte Avenue on Thursday.GREG MARTIN/POSTMEDIA; ANNA VOLK/POSTMEDIA",
        "Crews patch potholes on Whyte Avenue on Thursday.",
        "GREG MARTIN/POSTMEDIA; ANNA VOLK/POSTMEDIA",
    ),
    (  # an Indian wire's slash after the prefix
        "A ferry approaches the terminal at Vyttila on Saturday (File Photo/PTI)",
        "A ferry approaches the terminal at Vyttila on Saturday",
        "PTI",
    ),
    (
        "A wounded man in Irpin, Ukraine (Anadolu Agency via Getty Images)",
        "A wounded man in Irpin, Ukraine",
        "Anadolu Agency via Getty Images",
    ),
    (
        "Members of the National Guard listen to a priest (REUTERS)",
        "Members of the National Guard listen to a priest",
        "REUTERS",
    ),
    (
        "Zelensky called for more sanctions on Russia (Sky News)",
        "Zelensky called for more sanctions on Russia",
        "Sky News",
    ),
    (
        "War statistics on a screen in the town (Rowan Griffiths / Daily Mirror)",
        "War statistics on a screen in the town",
        "Rowan Griffiths / Daily Mirror",
    ),
    ("Firefighters at the scene on Tuesday. Photo: AP", "Firefighters at the scene on Tuesday.", "AP"),
    (
        "Traders on the floor of the exchange. Credit: Jane Doe/Bloomberg",
        "Traders on the floor of the exchange.",
        "Jane Doe/Bloomberg",
    ),
    (
        "The Prime Minister leaves Downing Street © PA Images",
        "The Prime Minister leaves Downing Street",
        "PA Images",
    ),
    (
        "A person using a phone on a train [Image: Shutterstock]",
        "A person using a phone on a train",
        "Shutterstock",
    ),
    ("The harbour at dawn. Photograph: Jane Doe/EPA", "The harbour at dawn.", "Jane Doe/EPA"),
    (
        "Fans celebrate in the square (Photo by John Roe/Getty Images)",
        "Fans celebrate in the square",
        "John Roe/Getty Images",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), STYLES)
def test_caption_styles(line: str, caption: str, credit: str) -> None:
    art = run(page(line))
    assert art.captions == [{"text": caption, "credit": credit}]
    assert role_of(art, line) is Role.CAPTION
    assert all(line not in p for p in art.paragraphs)
    assert f"*{caption}" in art.to_markdown().replace("\\", "")


def test_credit_on_its_own_line() -> None:
    art = run(page("A snowplow clears the road near the pass.\nJohn Smith/AP"))
    assert art.captions == [{"text": "A snowplow clears the road near the pass.", "credit": "John Smith/AP"}]
    assert role_of(art, "John Smith/AP") is Role.CREDIT


def test_quote_ending_with_agency_in_paragraph_stays_body() -> None:
    line = "“We will not give up,” the minister told a news conference in the capital (Reuters)."
    art = run(page(line))
    assert line in art.paragraphs
    assert art.captions == []


def test_body_parenthesis_is_not_a_credit() -> None:
    line = "The bill was backed by Senator Jane Roe (D-Ore.) and passed by 61 votes to 38."
    art = run(page(line))
    assert line in art.paragraphs


def test_captions_end_and_omit_modes() -> None:
    line = "A wounded man in Irpin, Ukraine (Anadolu Agency via Getty Images)"
    art = run(page(line))
    inline = art.to_markdown()
    end = art.to_markdown(captions="end")
    omit = art.to_markdown(captions="omit")
    assert inline.index("Irpin") < inline.index("Residents have complained")
    assert end.index("Irpin") > end.index("Residents have complained")
    assert "Irpin" not in omit
    assert art.to_dict(captions="omit")["captions"] == art.captions


def test_caption_order_matches_page() -> None:
    a = "First picture of the bridge (Getty Images)"
    b = "Second picture of the river (Reuters/Jane Doe)"
    art = run(page(a, b))
    assert [c["credit"] for c in art.captions] == ["Getty Images", "Reuters/Jane Doe"]


@pytest.mark.parametrize(
    "caption, text, credit",
    [
        (
            "Linda Haskett at the counter of her drugstore in Ravenna. Colin Marsh for The Atlantic",
            "Linda Haskett at the counter of her drugstore in Ravenna.",
            "Colin Marsh for The Atlantic",
        ),
        (
            "A hygienist examines a patient at the health centre. DANIEL OKAFOR TORONTO STAR",
            "A hygienist examines a patient at the health centre.",
            "DANIEL OKAFOR TORONTO STAR",
        ),
        (
            "Crews string fibre along Route 9 on May 14. Nell Carrow—Bloomberg via Getty Images",
            "Crews string fibre along Route 9 on May 14.",
            "Nell Carrow—Bloomberg via Getty Images",
        ),
        ("地方の路線バス（写真：PIXTA）", "地方の路線バス", "PIXTA"),
        ("港に停泊する漁船＝5日午前、石巻市（撮影・佐藤健）", "港に停泊する漁船＝5日午前、石巻市", "佐藤健"),
        (
            "Crews repair the rail bridge on Monday, May 6, 2024. Dana Holt/dholt@harbourgazette.com",
            "Crews repair the rail bridge on Monday, May 6, 2024.",
            "Dana Holt/dholt@harbourgazette.com",
        ),
        (
            "Kioske am Rhein bleiben sonntags zu. © Bereitgestellt von Rheinische Post",
            "Kioske am Rhein bleiben sonntags zu.",
            "Bereitgestellt von Rheinische Post",
        ),
        (
            "Fishers prepare lines at the harbour. PICTURE: LINDIWE DUBE / AFRICAN NEWS AGENCY (ANA)",
            "Fishers prepare lines at the harbour.",
            "LINDIWE DUBE / AFRICAN NEWS AGENCY (ANA)",
        ),
        (
            "Students leave school on Monday. Dana Kessler/The Spokesman-Review Buy a print of this photo",
            "Students leave school on Monday.",
            "Dana Kessler/The Spokesman-Review",
        ),
        # written from Korean/Chinese pages: a credit word in brackets, usage terms dropped
        ("부두에 정박한 어선들 [부산시 제공. 재판매 및 DB 금지]", "부두에 정박한 어선들", "부산시 제공"),
        ("시장 앞에서 줄을 선 시민들 [뉴스1 자료사진]", "시장 앞에서 줄을 선 시민들", "뉴스1 자료사진"),
        ("码头上的渔船（新华社供图）", "码头上的渔船", "新华社供图"),
        (
            "Ferries wait at the quay in Dieppe. PHOTO MARC-ANDRÉ LOISEL, LE SOLEIL",
            "Ferries wait at the quay in Dieppe.",
            "MARC-ANDRÉ LOISEL, LE SOLEIL",
        ),
        (
            "A heron (Ardea cinerea) in the marsh at dawn. Image by Lena Sorvik/Field Notes.",
            "A heron (Ardea cinerea) in the marsh at dawn.",
            "Lena Sorvik/Field Notes",
        ),
        # a dash before 'Name/Outlet' or 'Name for Outlet'; a credit word without its colon
        (
            "Traders open the Saturday market in Porto - Rui Mendes/Jornal do Norte",
            "Traders open the Saturday market in Porto",
            "Rui Mendes/Jornal do Norte",
        ),
        (
            "A ferry leaves the quay at dusk – Hattie Blane for The Courier",
            "A ferry leaves the quay at dusk",
            "Hattie Blane for The Courier",
        ),
        (
            "Bañistas en la playa central. Foto Archivo Diario Sur",
            "Bañistas en la playa central.",
            "Archivo Diario Sur",
        ),
        # a dash before a bare name is not enough: it may close the caption's own sentence
        ("The harbour master at work - Jane Ferris", "The harbour master at work - Jane Ferris", None),
        ("Turistas en el muelle. Crédito: Marta Ruiz | AFP", "Turistas en el muelle.", "Marta Ruiz | AFP"),
        # an outlet's whole name in full-width brackets closing a CJK caption
        ("港に停泊する漁船＝5日、石巻市（河北新報）", "港に停泊する漁船＝5日、石巻市", "河北新報"),
        ("港口停泊的漁船。（中央社）", "港口停泊的漁船。", "中央社"),
        ("港に停泊する漁船（本社・石巻市）", "港に停泊する漁船（本社・石巻市）", None),
        # a lightbox button read into the caption
        (
            "Enlarge / The harbour at dawn. Lena Sorvik/Field Notes",
            "The harbour at dawn.",
            "Lena Sorvik/Field Notes",
        ),
        # a run of capitals with a slash closing the caption, an initial inside it
        (
            "Obras na linha ferroviária junto a Torres Vedras PEDRO M. SOUSA/LUSA",
            "Obras na linha ferroviária junto a Torres Vedras",
            "PEDRO M. SOUSA/LUSA",
        ),
        (
            "Le port au lever du jour. | ANNE LEROUX / LE TÉLÉGRAMME",
            "Le port au lever du jour.",
            "ANNE LEROUX / LE TÉLÉGRAMME",
        ),
        ("Fans cheer the NBA/WNBA merger", "Fans cheer the NBA/WNBA merger", None),
        # an abbreviation closing the credit keeps its point
        (
            "A fossil beetle in amber. Image credit: Tan Wei et al.",
            "A fossil beetle in amber.",
            "Tan Wei et al.",
        ),
        (
            "The harbour at dawn. Visual: Hal Brant for Field Notes",
            "The harbour at dawn.",
            "Hal Brant for Field Notes",
        ),
        # 'source' in other languages as the credit's word
        (
            "Busse am Hauptbahnhof: Bis zu 80 Fahrzeuge fahren täglich. (Quelle: Anna Vogt/imago images)",
            "Busse am Hauptbahnhof: Bis zu 80 Fahrzeuge fahren täglich.",
            "Anna Vogt/imago images",
        ),
        (
            "El puerto al amanecer. Fuente: Ayuntamiento de Vigo",
            "El puerto al amanecer.",
            "Ayuntamiento de Vigo",
        ),
        # a credit kept whole: the owner's leave, its abbreviation's point kept
        (
            "The founder in the company's kitchen in Leeds. Permission granted by Harbour Foods Ltd.",
            "The founder in the company's kitchen in Leeds.",
            "Permission granted by Harbour Foods Ltd.",
        ),
        (
            "The quay in 1952. Used with permission of the Harbour Museum",
            "The quay in 1952.",
            "Used with permission of the Harbour Museum",
        ),
        # a name, an outlet and a file mark after dashes
        (
            "Archivo - Bañistas en la playa de Riazor, en A Coruña (España). - Marta Vidal - Agencia Norte - Archivo",
            "Archivo - Bañistas en la playa de Riazor, en A Coruña (España).",
            "Marta Vidal - Agencia Norte - Archivo",
        ),
        # a closing phrase in title case is not a name: the caption stays whole
        (
            "Fans cheer at the stadium on Saturday. Go Tigers",
            "Fans cheer at the stadium on Saturday. Go Tigers",
            None,
        ),
    ],
)
def test_figure_caption_credit_after_the_last_sentence(caption: str, text: str, credit: str | None) -> None:
    import cleaner

    html = (
        "<html><body><article><h1>Harbour news today</h1>"
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
        "<p>The council voted on Tuesday to close the bridge for eighteen months, officials said, after "
        "inspectors found corroded steel in the deck.</p></article></body></html>"
    )
    art = cleaner.clean(html)
    assert art.captions == [{"text": text, "credit": credit}]


ARTICLE_P = (
    "<p>The council voted on Tuesday to close the bridge for eighteen months, officials said, after "
    "inspectors found corroded steel in the deck.</p><p>Drivers will use a signed detour through the "
    "old town, and buses will stop on Harbour Street instead, the transport office said.</p>"
)


@pytest.mark.parametrize(
    "figure, want",
    [
        # a CSS-module caption class, the credit printed over the image before it
        (
            "<div class='imageWrapper-Bz2r'><img src='a.jpg'><div class='attribution-oN6j'>© Provided by USA TODAY</div></div>"
            "<div class='caption-G0xk'>Buses sit parked at the district yard in Glendale.</div>",
            {"text": "Buses sit parked at the district yard in Glendale.", "credit": "Provided by USA TODAY"},
        ),
        # caption and credit as two plain divs beside the image
        (
            "<div class='m'><img src='a.jpg'><div class='t1'>A worker walks past copper cathodes near Antofagasta.</div>"
            "<div class='t2'>REUTERS/Matías Lobos/File Photo</div></div>",
            {
                "text": "A worker walks past copper cathodes near Antofagasta.",
                "credit": "REUTERS/Matías Lobos/File Photo",
            },
        ),
        # a figure of divs with no credit at all
        (
            "<div class='m'><img src='a.jpg'><div>Camden Lock in north London, which draws millions of visitors a year</div></div>",
            {"text": "Camden Lock in north London, which draws millions of visitors a year", "credit": None},
        ),
        # 'Photo by' after the caption's sentence
        (
            "<div class='m'><img src='a.jpg'><div>Hector and Luis outside the restaurant in Tucson. Photo by Renata Ibarra</div></div>",
            {"text": "Hector and Luis outside the restaurant in Tucson.", "credit": "Renata Ibarra"},
        ),
        # the image's alt text repeated under it, then a bare name: the photographer
        (
            "<div class='ib'><img src='a.jpg' alt='Una agricultora revisa sus campos junto al lago.'>"
            "<div class='c9'><span>Una agricultora revisa sus campos junto al lago.</span> <span>Pau Ribes</span></div></div>",
            {"text": "Una agricultora revisa sus campos junto al lago.", "credit": "Pau Ribes"},
        ),
    ],
)
def test_captions_built_of_divs(figure: str, want: dict[str, str | None]) -> None:
    import cleaner

    art = cleaner.clean(
        f"<html><body><article><h1>Harbour news today</h1>{figure}{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == [want]
    assert len(art.paragraphs) == 2


def test_lead_image_then_first_paragraph_is_not_a_caption() -> None:
    import cleaner

    art = cleaner.clean(
        "<html><body><article><h1>Harbour news today</h1><img src='a.jpg'>"
        f"<p>The bridge will close on Monday for repairs.</p>{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == []
    assert art.paragraphs[0] == "The bridge will close on Monday for repairs."


def test_lead_caption_element_above_the_article_with_its_own_credit_element() -> None:
    import cleaner

    art = cleaner.clean(
        "<html><body><header><a href='/'>Home</a> <a href='/news'>News</a></header>"
        "<div class='hero'><div class='hero-img'><img src='lead.jpg'></div>"
        "<div class='Hero_caption__x1Pq3'><div class='Hero_captionText__a2Rt7'>Turbines off the coast near Trelleborg</div>"
        "<div class='Hero_captionCredit__b3Zk9'>(Photo: Jonas Berg/TT via Getty Images)</div></div></div>"
        f"<article><h1>Harbour news today</h1>{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == [
        {"text": "Turbines off the coast near Trelleborg", "credit": "Jonas Berg/TT via Getty Images"}
    ]
    assert len(art.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "Obras na linha junto a Torres Vedras PEDRO M. SOUSA/LUSA",
            {"text": "Obras na linha junto a Torres Vedras", "credit": "PEDRO M. SOUSA/LUSA"},
        ),
        ("Obras na linha junto a Torres Vedras Pedro Sousa", None),  # no credit shape: no caption
    ],
)
def test_lead_photo_text_ending_in_a_capitals_agency_credit_is_its_caption(
    line: str, caption: dict[str, str] | None
) -> None:
    import cleaner

    art = cleaner.clean(
        "<html><body><header><a href='/'>Home</a> <a href='/news'>News</a></header>"
        f"<div class='hero'><img src='lead.jpg'><div class='cap'>{line}</div></div>"
        f"<article><h1>Harbour news today</h1>{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == ([caption] if caption else [])
    assert len(art.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Photo: Rui Mendes, AP", False),  # a slideshow's credit on its own: never body
        ("Image Source: Lena Sorvik / Harbour Images", False),
        ("Photo: the best of the week", True),  # lower-case words: a heading, not a credit
        ("Credit: the council says it will pay for the repairs.", True),
    ],
)
def test_a_prefixed_credit_line_on_its_own_is_no_body(line: str, kept: bool) -> None:
    import cleaner

    art = cleaner.clean(
        f"<html><body><article><h1>Harbour news today</h1><p>{line}</p>{ARTICLE_P}</article></body></html>"
    )
    assert (line in art.paragraphs) is kept
    assert len(art.paragraphs) == 2 + kept


def test_a_source_name_beside_its_logo_is_not_a_caption() -> None:
    import cleaner

    art = cleaner.clean(
        "<html><body><article><div class='source'><img src='https://cdn.example/publisher/upi/logo.png' alt='UPI'>"
        "<span>UPI</span> <span>·</span> <span class='source__age'>6h</span></div>"
        f"<h1>Harbour news today</h1>{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == []


@pytest.mark.parametrize(
    "credit_line, credit",
    [
        ("Photo: Harbour County Schools", "Harbour County Schools"),
        ("Ria Okoye / The Tideway Post", "Ria Okoye / The Tideway Post"),
    ],
)
def test_lead_photo_caption_above_the_article_with_a_credit_line_under_it(
    credit_line: str, credit: str
) -> None:
    import cleaner

    art = cleaner.clean(
        "<html><body><header><a href='/'>Home</a> <a href='/news'>News</a></header>"
        "<div class='top'><img src='lead.jpg' alt=''><div>Pupils arrive for class at Quayside Primary</div>"
        f"<div>{credit_line}</div></div>"
        f"<article><h1>Harbour news today</h1>{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == [{"text": "Pupils arrive for class at Quayside Primary", "credit": credit}]


def test_a_provided_by_line_under_a_photo_is_its_credit() -> None:
    import cleaner

    art = cleaner.clean(
        "<html><body><article><h1>Harbour news today</h1><div><img src='a.jpg' alt=''></div>"
        "<div>Crews inspect the quay wall after the storm</div><div>© Provided by Harbour Gazette</div>"
        f"{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == [
        {"text": "Crews inspect the quay wall after the storm", "credit": "Provided by Harbour Gazette"}
    ]


def test_a_provided_by_line_naming_a_lower_case_site_is_the_credit_too() -> None:
    import cleaner

    art = cleaner.clean(
        "<html><body><article><h1>Harbour news today</h1><div class='w'><img src='a.jpg' alt=''></div>"
        "<div class='c'><span>Crews inspect the quay wall after the storm.</span></div>"
        "<div class='k'>© Provided by harbour-online</div>"
        f"{ARTICLE_P}</article></body></html>",
        url="https://www.msn.com/en-gb/news/uknews/harbour-news-today/ar-AA1xYz",  # (MSN's promo wording knows the line)
    )
    assert art.captions == [
        {"text": "Crews inspect the quay wall after the storm.", "credit": "Provided by harbour-online"}
    ]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # a Japanese caption crediting its photographer in full-width brackets (撮影: "shot by")
        (
            "港に停泊する漁船＝12日午前、釧路市（山田一郎撮影）",
            {"text": "港に停泊する漁船＝12日午前、釧路市", "credit": "山田一郎撮影"},
        ),
        # a wire's short name in full-width brackets
        (
            "港に停泊する漁船＝12日午前、釧路市（共同）",
            {"text": "港に停泊する漁船＝12日午前、釧路市", "credit": "共同"},
        ),
        # a French caption, then '- Name - Outlet'
        (
            "Le quai nord du port (photo d'illustration). - Claire Dubois - France Bleu Nord",
            {
                "text": "Le quai nord du port (photo d'illustration).",
                "credit": "Claire Dubois - France Bleu Nord",
            },
        ),
        ("Le quai nord du port - un matin d'hiver - vu du phare", None),  # dashes in a sentence
    ],
)
def test_captions_under_a_picture_element_in_other_languages(
    line: str, caption: dict[str, str] | None
) -> None:
    import cleaner

    # (<picture><source …><img>: libxml2 nests the image inside the unclosed <source>)
    pic = "<a href='/i/1'><picture><source type='image/webp' srcset='a.webp'><img src='a.jpg' alt=''></picture></a>"
    for where in ("hero", "inside"):
        fig = f"<div class='media'>{pic}<div class='c'>{line}</div></div>"
        hero, inside = (fig, "") if where == "hero" else ("", fig)
        art = cleaner.clean(
            f"<html><body><header><a href='/'>Home</a> <a href='/news'>News</a></header>{hero}"
            f"<article><h1>Harbour news today</h1>{inside}{ARTICLE_P}</article></body></html>"
        )
        if caption is None:  # (alone in the image's wrapper it is still a caption, without credit)
            assert all(c["credit"] is None for c in art.captions), where
        else:
            assert art.captions == [caption], where
            assert len(art.paragraphs) == 2, where


@pytest.mark.parametrize(
    ("figure", "want"),
    [
        # a slideshow's counter read into the caption
        (
            "<figure><img src='a.jpg'><figcaption><span>2 of 4</span> <span>Crews clear ice from the quay.</span>"
            " <span class='caption-credit'>Jo Lee/Harbour Post</span></figcaption></figure>",
            {"text": "Crews clear ice from the quay.", "credit": "Jo Lee/Harbour Post"},
        ),
        # the credit first, a colon, then the caption
        (
            "<div class='f'><img src='a.jpg'><div class='c'>Ana Ruiz/The Harbour Post: Water flows through the canal near the weir.</div></div>",
            {"text": "Water flows through the canal near the weir.", "credit": "Ana Ruiz/The Harbour Post"},
        ),
        # a span without a credit's class closes the caption with an agency's credit
        (
            "<div class='f'><img src='a.jpg'><div class='c'>Nodules on the seabed, photographed by a remote vehicle "
            "<span class='x9'>NOAA/Alamy</span></div></div>",
            {"text": "Nodules on the seabed, photographed by a remote vehicle", "credit": "NOAA/Alamy"},
        ),
        # a Japanese credit word with a full-width colon after the caption
        (
            "<div class='f'><img src='a.jpg'><div class='c'>改装したオフィスで働く社員たち（尾道市） 写真：港湾新聞社</div></div>",
            {"text": "改装したオフィスで働く社員たち（尾道市）", "credit": "港湾新聞社"},
        ),
    ],
)
def test_caption_credit_forms_of_round_i(figure: str, want: dict[str, str | None]) -> None:
    import cleaner

    art = cleaner.clean(
        f"<html><body><article><h1>Harbour news today</h1>{ARTICLE_P}{figure}{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == [want]


def test_a_slideshows_credit_element_under_each_caption() -> None:
    import cleaner

    slides = "".join(
        f"<div class='slide'><img src='{n}.jpg'><div class='counter'>{n} of 2</div>"
        f"<div class='gallery-caption'>{cap}</div><div class='gallery-credit'>{cr}</div></div>"
        for n, cap, cr in (
            (1, "The power station near the river is to close in 2030.", "Image: Harbour Energy"),
            (2, "Battery containers at a storage site in the valley.", "Jo Lee via Getty Images"),
        )
    )
    art = cleaner.clean(
        f"<html><body><article><h1>Harbour news today</h1>{ARTICLE_P}<div class='carousel'>{slides}</div>"
        f"{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == [
        {"text": "The power station near the river is to close in 2030.", "credit": "Harbour Energy"},
        {"text": "Battery containers at a storage site in the valley.", "credit": "Jo Lee via Getty Images"},
    ]


def test_a_headline_under_the_sources_logo_is_no_caption_and_a_read_time_no_credit() -> None:
    import cleaner

    art = cleaner.clean(
        "<html><body><article><div class='cover'><a href='https://harbour.example/'>"
        "<img src='/i/harbour-logo.png' alt='Harbour Post'></a>"
        "<div class='cover-title' role='heading' aria-level='1'>Ice storm leaves thousands without power</div>"
        "<div class='byline-attr'>Jo Lee and Ana Ruiz</div><div class='attribution'><span>4 min read</span></div></div>"
        "<figure><img src='a.jpg'><figcaption>Ice coats the power lines on Main Street. (Photo: Sam Oduya)</figcaption></figure>"
        f"{ARTICLE_P}{ARTICLE_P}</article></body></html>"
    )
    assert art.captions == [{"text": "Ice coats the power lines on Main Street.", "credit": "Sam Oduya"}]
    assert art.title == "Ice storm leaves thousands without power"
