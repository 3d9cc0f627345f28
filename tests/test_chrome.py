"""promo, nav, paywall, teasers and rails: chrome goes, look-alike body stays."""

from __future__ import annotations

import pytest

from cleaner import Role
from tests.helpers import BODY2, page, role_of, run

PROMO_LINES = [
    "Get all your news in one place.",
    "Advertisement",
    "Story continues below advertisement",
    "Download the app",
    "Open in App",
    "Start your free trial",
    "Try it free for 30 days",
    "Subscribe now",
    "Sign up for our daily newsletter",
    "Share this article",
    "Facebook Twitter Email",
    "View comments",
    "12 comments",
    "We use cookies to give you the best experience on our site. Accept all cookies to continue.",
    "Accept all",
    "Get unlimited access to the Herald for just $1 a week.",
    "Listen to this article",
]


@pytest.mark.parametrize("line", PROMO_LINES)
def test_promo_lines_are_dropped(line: str) -> None:
    art = run(page(line))
    assert role_of(art, line) in (Role.PROMO, Role.NAV, Role.PAYWALL)
    assert line not in art.to_markdown()
    assert any(r["text"] == line for r in art.removed)


LOOKALIKES = [
    "He said he would sign up for the army.",
    "Download speeds fell by half.",
    "Subscribers to the service complained that prices had risen twice in a year.",
    "The company said its app had 2 million users and a free trial for new customers.",
    "Read more about the plan on the council's website, officials said.",
    "It was not to be.",
    "“We will never stop fighting for this town,” she said (Reuters).",
    "Share prices fell sharply on the news.",
    "“Sign up today and get a free trial,” the advert promised, according to the complaint.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_body_lookalikes_stay(line: str) -> None:
    art = run(page(line))
    assert role_of(art, line) is Role.BODY
    assert line in art.paragraphs


def test_paywall_cut_sets_paywalled() -> None:
    text = page() + "\nSign up to read this article\nAlready a member? Sign in here\n"
    art = run(text)
    assert art.paywalled is True
    assert role_of(art, "Sign up to read this article") is Role.PAYWALL


def test_sign_in_prompt_alone_is_not_a_cut() -> None:
    art = run(page() + "\nAlready have an account? Sign in\n")
    assert art.paywalled is False
    assert role_of(art, "Already have an account") is Role.PROMO


def test_wall_in_the_middle_is_not_a_cut() -> None:
    art = run(page("Subscribe to continue reading"))
    assert art.paywalled is False
    assert BODY2 in art.paragraphs


def test_rail_after_article_is_dropped() -> None:
    text = page() + "\nRelated Stories\nCouncil approves new budget\nMayor resigns after row\n"
    art = run(text)
    for line in ("Related Stories", "Council approves new budget", "Mayor resigns after row"):
        assert role_of(art, line) is Role.RELATED


@pytest.mark.parametrize(
    "heading",
    [
        "Plus d’articles de La Voix du Port",
        "Más noticias de El Faro",
        "Weitere Artikel aus Hamburg",
        "Więcej artykułów z Gazety",
    ],
)
def test_more_from_the_source_in_other_languages_heads_a_rail(heading: str) -> None:
    art = run(page() + f"\n{heading}\nLe conseil adopte le budget\nLe maire démissionne\n")
    assert role_of(art, heading) is Role.RELATED
    assert role_of(art, "Le conseil adopte le budget") is Role.RELATED


@pytest.mark.parametrize(
    "heading", ["Artículos relacionados:", "Verwandte Artikel", "Czytaj także:", "News near Harbour City, MA"]
)
def test_related_news_headings_in_other_languages_head_a_rail(heading: str) -> None:
    art = run(page() + f"\n{heading}\nLe conseil adopte le budget\nLe maire démissionne\n")
    assert role_of(art, heading) is Role.RELATED
    assert role_of(art, "Le conseil adopte le budget") is Role.RELATED


def test_rail_does_not_end_the_article() -> None:
    later = (
        "The bridge, which carries more than forty thousand vehicles a day, was first opened "
        "in 1962 and has been repaired several times since then, officials said."
    )
    art = run(page("More for You", "Council approves new budget", later))
    assert role_of(art, "More for You") is Role.RELATED
    assert role_of(art, "Council approves new budget") is Role.RELATED
    assert later in art.paragraphs


def test_teaser_line_dropped_but_sentence_kept() -> None:
    art = run(page("READ MORE: Mayor resigns after row over parking fines"))
    assert role_of(art, "READ MORE") is Role.RELATED


def test_video_blurb_with_its_running_time_is_a_teaser_but_a_time_in_a_sentence_is_not() -> None:
    blurb = "Ranchers in central Alberta are trucking water to cattle as dugouts dry up. 2:14"
    said = "The vote was held late on Tuesday. It closed at 10:45."
    art = run(page(blurb, said))
    assert role_of(art, "Ranchers in central") is Role.RELATED
    assert said in art.paragraphs


def test_dedupe_drops_repeated_logo_text() -> None:
    art = run("Daily Mirror\nDaily Mirror\n\n" + page())
    dup = [r for r in art.removed if r["filter"] == "dedupe"]
    assert [r["text"] for r in dup] == ["Daily Mirror"]
    assert art.publisher == "Daily Mirror"


def test_disable_promo_keeps_the_line() -> None:
    art = run(page("Advertisement"), disable=["promo"])
    assert role_of(art, "Advertisement") is not Role.PROMO


def test_pull_quote_dropped_but_repeated_paragraph_kept() -> None:
    quote = "“adds up to twenty minutes to the journey into town”"
    art = run(page(quote))
    assert role_of(art, quote) is Role.DUPLICATE
    twice = (
        "The mayor said the bridge would be finished before the election, whatever the cost turned out to be."
    )
    art = run(page(twice, "A short line in between.", twice))
    assert art.paragraphs.count(twice) == 2


def test_large_input_stays_linear() -> None:
    big = page() * 400  # ~170 KiB of repeated pages: every paragraph kept, no quadratic passes
    art = run(big)
    assert len(art.paragraphs) >= 1000


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to receive the day’s most important news from Washington. Sign up now",
        "This is original content from NewsBreak’s Creator Program. Join today to publish and share your own content.",
        "Mehr Nachrichten aus Darmstadt und Südhessen lesen Sie auf fr.de.",
        "広告",
        "Anzeige",
        "Like · 9 Comments · 17 Share",
        "SPIEGEL+",
        "Not interested",
        "Show fewer stories like this",
    ],
)
def test_more_promo_and_chrome_wording_is_dropped(line: str) -> None:
    doc = run(page(line))
    assert role_of(doc, line) in (Role.PROMO, Role.NAV)


def test_separator_rule_is_not_text() -> None:
    doc = run(page("___"))
    assert role_of(doc, "___") is Role.NAV


@pytest.mark.parametrize(
    "line",
    [
        "Have something to say? Write to the editor at letters@harbourgazette.example with your name and suburb.",
        "If you've made it this far, you clearly care about the harbour. Chip in $5 a month to keep us going.",
        "We don’t have a paywall, so every story stays free for everyone. Chip in today.",
        "Republish this story for free under our Creative Commons licence.",
        "Got a news tip? Email the newsroom at tips@harbourgazette.example or call us.",
        "Support The Harbour Ledger, a nonprofit, reader-funded newsroom. Your gift keeps local reporting free.",
        "Thank you for signing up. Check your inbox to confirm your address.",
        "Pour soutenir un journalisme indépendant, abonnez-vous au Quotidien.",
        "For the latest local news and weather, head to WKRX 7 on your TV or phone.",
        "Catch up on every storm update in our YouTube playlist:",
        "Listen to “Harbour Talk”, our weekly podcast:",
        "Deux mois offerts, puis 9,99 € par mois.",
        "Ihr Abo verlängert sich automatisch um zwölf Monate.",
        "Continued on page A6",
        "Leitartikel Seite 3",
        "==Jiji",
        "©2023 Harbour Media Co. ",
        "This article was originally published May 2, 2023, 7:15 PM.",
        "(FIN)",
        "-30-",
        "m.ortega@harbourgazette.example",
        "© Tutti i diritti riservati",
        "Tous droits réservés.",
        "<저작권자(c) 뉴스1코리아, 무단전재 및 재배포 금지>",
        "2024/05/02 09:30 송고",
        "Need help with a landlord dispute? Contact Seven Investigates at help@wkrx.example.",
        "Got a question about your power bill? Call us at 555-201-3344 weekdays.",
        "Corrections or feedback about this story? Email desk@harbourledger.example",
        "無料でお試しいただけます。今すぐ登録",
        "河北新報の記事をもっと読む",
        "HRBR Harbour Ferries Ltd12.40-0.85%",
        "Lesen Sie auch",
    ],
)
def test_reader_appeals_print_jumps_and_sign_offs_are_not_body(line: str) -> None:
    art = run(page(line))
    assert line.strip() not in art.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Every dollar the council raises from parking fines will go to road repairs, the mayor said.",
        "The paper's editorial on page 2 last week drew hundreds of letters, the editor said.",
        "Readers who have something to say about the plan can attend Tuesday's meeting, officials said.",
        "Le contrat prévoit que l'éditeur garde tous droits réservés sur les archives.",
        "저작권자들은 무단 전재를 막기 위한 새 기준을 내년부터 적용하기로 했다.",
        "“Have a plan? Call us,” the fire chief told residents at the meeting on Monday.",
        "Do you have a permit? Inspectors asked every vendor on the street, officials said.",
        "Questions about the fare rise were raised at the meeting, and the board said it would reply.",
        "Shares rose 12.40% to 3.10 on Tuesday, the exchange said in its closing report.",
    ],
)
def test_sentences_that_look_like_appeals_stay(line: str) -> None:
    assert line in run(page(line)).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "The rest of this article from The Harbour Gazette is available in the free Newsly app.",
        "This story is only partially shown. Subscribe to The Ledger to read the rest.",
        "Continue reading this story",
        "You've reached the end of this free preview.",
        "Already have access? Log in",
        "Get the full story, plus breaking alerts for Springfield.",
        "This report from The Harbour Ledger is available to subscribers. Open it in the app to go on.",
        "This article is available exclusively to Ledger Plus members.",
        "この記事は有料記事です。",
        "残り842文字（全文1530文字）",
        "Create a free Harbour Reader Plus account to read the rest of this article.",
    ],
)
def test_an_app_or_source_holding_the_rest_is_a_wall(line: str) -> None:
    art = run(page() + f"\n{line}\n")
    assert line not in art.paragraphs and art.paywalled


def test_an_open_in_app_button_after_a_whole_article_is_not_a_wall() -> None:
    art = run(page() + "\nRead in the Harbour News app\n")
    assert art.paywalled is False


def test_a_premium_badge_over_the_headline_does_not_hide_the_wall_that_ends_the_article() -> None:
    art = run(
        "Premium\n\n" + page() + "\nThis story is for subscribers only.\n\nFind a reading room near you\n"
    )
    assert art.paywalled is True
    art = run("Premium\n\n" + page())
    assert art.paywalled is False


@pytest.mark.parametrize("stamp", ["11:41 p.m. ET", "3:41 PM", "10 p.m.", "14.05 Uhr"])
def test_a_live_blogs_entry_stamp_alone_on_its_line_is_not_body(stamp: str) -> None:
    entry = "Crews reopened the northbound lanes after clearing the last of the debris from the bridge."
    art = run(page(stamp, entry))
    assert stamp not in art.paragraphs and entry in art.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "SYL // MCL",
        "JFC//JAP",
        "Lusa/Fim",
        "0:58 · Harbour TV",
        "VIDEO2:14",
        "Video player requires JavaScript. Watch on harbour.tv",
    ],
)
def test_wire_sign_offs_and_video_stubs_are_not_body(line: str) -> None:
    art = run(page(line))
    assert line not in art.paragraphs and len(art.paragraphs) == 3


def test_a_republished_under_licence_line_names_the_publisher_and_is_not_body() -> None:
    line = "This article originally appeared on Harbour Ledger and is republished under a Creative Commons license."
    art = run(page() + "\n" + line + "\n")
    assert line not in art.paragraphs and art.publisher == "Harbour Ledger"
