"""Golden cases: every folder under fixtures/ holds an input and its expected output.

``expected.md`` / ``expected.json`` are the full rendered output (regenerate
with ``pytest --update-golden`` and review the git diff). ``truth.yaml``, where
present, was written by hand from the page's design and is checked separately,
so a regenerated golden file cannot quietly bless a wrong answer.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

import cleaner
from tests.truthcheck import compare, input_of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SUPPORTED = ("text", "html")
CASES = sorted(p.parent for k in SUPPORTED for p in FIXTURES.glob(f"{k}/*/input.*"))
# cleaner's markdown reads back as cleaner's markdown for text input; HTML output carries
# links, tables and lists that the markdown reader keeps as literal text
TEXT_CASES = [c for c in CASES if c.parent.name == "text"]


def _diff(want: str, got: str, name: str) -> str:
    return "".join(
        difflib.unified_diff(
            want.splitlines(keepends=True),
            got.splitlines(keepends=True),
            fromfile=f"{name} (expected)",
            tofile=f"{name} (got)",
        )
    )


def _outputs(case: Path) -> tuple[str, str]:
    src = input_of(case)
    art = cleaner.clean(src.read_bytes(), name=src.name)
    md = art.to_markdown()
    js = json.dumps(art.to_dict(), ensure_ascii=False, indent=2) + "\n"
    return md, js


def test_there_are_cases() -> None:
    assert len(CASES) >= 9


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    md, js = _outputs(case)
    if request.config.getoption("--update-golden"):
        (case / "expected.md").write_text(md, encoding="utf-8")
        (case / "expected.json").write_text(js, encoding="utf-8")
        return
    problems = []
    for name, got in (("expected.md", md), ("expected.json", js)):
        path = case / name
        if not path.exists():
            problems.append(f"{path} is missing (run pytest --update-golden and review it)")
            continue
        want = path.read_text(encoding="utf-8")
        if want != got:
            problems.append(_diff(want, got, str(path.relative_to(FIXTURES.parent))))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


TRUTH_CASES = sorted(p.parent for k in SUPPORTED for p in FIXTURES.glob(f"{k}/*/truth.yaml"))


@pytest.mark.parametrize("case", TRUTH_CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_truth(case: Path) -> None:
    """Output vs the hand-written truth. A case may list its known gaps in
    ``known-gaps.txt``: exactly those differences are tolerated, so the gap
    stays visible, and fixing it makes this test fail until the file goes."""
    problems = compare(case)
    gaps_file = case / "known-gaps.txt"
    if gaps_file.exists():
        known = [
            line.strip()
            for line in gaps_file.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        assert problems == known, (
            f"{case.name}: known gaps changed (fixed? update or delete known-gaps.txt)\n"
            f"  now: {problems}\n  listed: {known}"
        )
        return
    if problems:
        pytest.fail(f"{case.name}:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cleaning_our_markdown_changes_nothing(case: Path) -> None:
    md, _ = _outputs(case)
    again = cleaner.clean(md, name="again.md")
    assert again.to_markdown() == md
