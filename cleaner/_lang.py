"""A tiny stop-word language guesser for text input (no model download)."""

from __future__ import annotations

import re

_STOP = {
    "en": "the and of to in is that for was on with as it he she said by at from his her have has are were be this which not but they an will would their been".split(),
    "de": "der die und das ist nicht mit ein eine den von zu sich auf für dem des im auch es als sie wird wurde sind bei nach einer".split(),
    "fr": "le la les et des est une un du en que pour dans qui pas sur au il elle par avec sont été ont cette aux mais ses".split(),
    "es": "el la los las de que y en un una es por con para del se no al lo como más pero sus fue ha han este esta".split(),
    "it": "il la di che e in un una per non è con del della dei le gli si sono da al ha anche come più alla nel".split(),
    "pt": "o a os as de que e em um uma do da dos das para com não no na por se foi mais ao pelo pela são como".split(),
    "nl": "de het een en van in is dat op te zijn met voor niet aan er die ook als bij door werd worden naar maar".split(),
    "sv": "och att det som en på är av för med till den har inte om ett var de jag men från eller hade kan".split(),
}
_SETS = {k: frozenset(v) for k, v in _STOP.items()}
_TOKENS = re.compile(r"[^\W\d_]+")


def guess_language(text: str, *, sample: int = 4000) -> str | None:
    """ISO 639-1 code of the most likely language, or None when unsure."""
    toks = [t.lower() for t in _TOKENS.findall(text[:sample])]
    if len(toks) < 20:
        return None
    scores = {lang: sum(1 for t in toks if t in s) for lang, s in _SETS.items()}
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < len(toks) * 0.08 or ranked[0] < ranked[1] * 1.3:
        return None
    return best
