"""An installed plugin package (tests/plugin_pkg) is picked up through the entry points.

Run by ``tox -e plugin``, which installs the package; skipped anywhere it is not installed.
"""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

try:
    distribution("cleaner-demo-plugin")
except PackageNotFoundError:
    pytest.skip("the demo plugin (tests/plugin_pkg) is not installed", allow_module_level=True)

import cleaner
from cleaner._cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "text" / "inkl-seed-daily-mirror" / "input.txt"
SPONSOR = "Sponsored by the Demo Plugin: Acme Widgets, for all your widget needs"


def _page_with_sponsor_line(tmp_path: Path) -> Path:
    paragraphs = SEED.read_text(encoding="utf-8").split("\n\n")
    middle = len(paragraphs) // 2
    page = tmp_path / "sponsored.txt"
    page.write_text("\n\n".join([*paragraphs[:middle], SPONSOR, *paragraphs[middle:]]), encoding="utf-8")
    return page


def test_filters_lists_the_plugin_filter_in_its_place(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["filters"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert "demo_sponsor" in names
    assert names[names.index("demo_sponsor") - 1] == "teasers"


def test_the_plugin_filter_runs_and_is_traced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _page_with_sponsor_line(tmp_path)
    article = cleaner.clean(page.read_bytes(), name=str(page))
    assert SPONSOR not in article.text
    assert {
        "text": SPONSOR,
        "filter": "demo_sponsor",
        "reason": "sponsor line (demo plugin)",
    } in article.removed
    assert main(["--explain", "-f", "text", str(page)]) == 0
    err = capsys.readouterr().err
    assert "removed  demo_sponsor" in err and SPONSOR in err
    assert main(["--disable", "demo_sponsor", "-f", "text", str(page)]) == 0
    assert SPONSOR in capsys.readouterr().out


def test_worker_processes_load_the_plugin_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _page_with_sponsor_line(tmp_path)
    assert main(["-j", "2", "-f", "jsonl", str(page), str(page)]) == 0
    for line in capsys.readouterr().out.splitlines():
        assert "demo_sponsor" in {r["filter"] for r in json.loads(line)["removed"]}


def test_the_plugin_profile_is_found_by_name_and_by_host(capsys: pytest.CaptureFixture[str]) -> None:
    assert cleaner.get_profile("demo").display_name == "Demo Aggregator"
    assert "demo" in cleaner.all_profiles()
    text = SEED.read_text(encoding="utf-8")
    assert cleaner.clean(text, url="https://news.demo-aggregator.test/story/1").profile == "demo"
    assert cleaner.clean(text, url="https://www.inkl.com/news/x").profile == "inkl"
    assert main(["--profile", "demo", "-f", "json", str(SEED)]) == 0
    assert json.loads(capsys.readouterr().out)["profile"] == "demo"
