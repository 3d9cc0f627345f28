"""unwrap, linkspace, hyphenation: copy artifacts repaired, real text untouched, all traced."""

from __future__ import annotations

from tests.helpers import BODY, BODY2, run


def _para(art, start: str) -> str:  # type: ignore[no-untyped-def]
    return next(p for p in art.paragraphs if p.startswith(start))


def test_hard_wrap_lowercase_continuation_is_joined() -> None:
    text = f"Headline about the children\n\n{BODY}\n\nUkrainian defence minister Oleksiy Reznikov said as well as killing 38\nchildren Russia had also wounded over 70.\n\n{BODY2}\n"
    art = run(text)
    assert "killing 38 children Russia had also wounded over 70." in art.text
    block = next(b for b in art.document.blocks if "killing 38" in b.text)
    assert any(d.filter == "unwrap" and d.action == "repair" for d in block.trace)


def test_wrap_after_comma_is_joined_even_with_capital() -> None:
    text = f"Headline here for the test\n\n{BODY}\n\nThe city is without water, heat and phones, said the mayor on Friday,\nAnna Petrova, who spoke to reporters.\n\n{BODY2}\n"
    art = run(text)
    assert "on Friday, Anna Petrova, who spoke" in art.text


def test_short_lines_are_not_joined() -> None:
    art = run(
        f"One app.\nStart reading\nDaily Mirror\n\nHeadline for the article here\n\n{BODY}\n\n{BODY2}\n"
    )
    assert all("Start reading Daily" not in b.text for b in art.document.blocks)


def test_link_space_before_apostrophe_and_quote() -> None:
    text = f"Headline\n\n{BODY}\n\nBy day 13 of Vladimir Putin ’s invasion, he warned of “civilians coming under fire ”.\n\n{BODY2}\n"
    art = run(text)
    para = _para(art, "By day 13")
    assert "Putin’s invasion" in para
    assert "under fire”." in para


def test_spaced_ellipsis_and_dashes_stay() -> None:
    line = "They looted the stores ... and got drunk - then the shooting started, she said."
    art = run(f"Headline words here\n\n{BODY}\n\n{line}\n\n{BODY2}\n")
    assert line in art.paragraphs


def test_french_spacing_is_left_alone() -> None:
    lines = "Pourquoi ? Parce que la ville a dit non : le maire refuse ! Et alors ? Rien du tout, a-t-il dit."
    art = run(f"Titre de l'article ici\n\n{BODY}\n\n{lines}\n\n{BODY2}\n")
    assert lines in art.paragraphs


def test_split_hyphenation_joined_on_evidence() -> None:
    text = (
        f"Headline words here\n\n{BODY}\n\nAnya's adoptive mother Vera Dmitrien- ko, 40, said the soldiers were drunk.\n\n"
        f"Dmitrienko said soldiers had started shooting after a boy fired a gun in the air.\n\n{BODY2}\n"
    )
    art = run(text)
    assert "Vera Dmitrienko, 40" in art.text
    block = next(b for b in art.document.blocks if "Vera Dmitrienko" in b.text)
    assert any(d.filter == "hyphenation" and "joined elsewhere" in d.reason for d in block.trace)


def test_split_hyphenation_without_evidence_is_kept_and_noted() -> None:
    text = f"Headline words here\n\n{BODY}\n\nThe report by Smolen- sky was published, officials said on Monday.\n\n{BODY2}\n"
    art = run(text)
    assert "Smolen- sky" in art.text
    block = next(b for b in art.document.blocks if "Smolen- sky" in b.text)
    assert any(d.filter == "hyphenation" and d.action == "keep" for d in block.trace)


def test_real_compounds_untouched() -> None:
    line = "It killed 21 non-combatants in Ivano-Frankivsk, a well-known city, and pre- and post-war records differ."
    art = run(f"Headline words here\n\n{BODY}\n\n{line}\n\n{BODY2}\n")
    assert line in art.paragraphs
