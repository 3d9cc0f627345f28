"""The command line: formats, outputs, explain, exit codes, batch behaviour."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner._cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "text" / "inkl-seed-daily-mirror" / "input.txt"


def test_json_on_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", str(SEED)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert (
        d["title"] == "Russian invasion of Ukraine 'faltering' fuelling fears civilians deliberately targeted"
    )
    assert d["authors"] == ["Chris Hughes"]
    assert d["publisher"] == "Daily Mirror"
    assert d["section"] == "World"
    assert d["profile"] == "inkl"
    assert d["paywalled"] is True
    assert d["text"].startswith("Russia's bloody invasion")
    assert d["text"].endswith('“They shot in four houses and in one of those houses was Nastya," she said.')
    assert [c["credit"] for c in d["captions"]] == [
        "Anadolu Agency via Getty Images",
        "Rowan Griffiths / Daily Mirror",
        "AFP via Getty Images",
        "Sky News",
        "REUTERS",
        "Anadolu Agency via Getty Images",
    ]
    promo = [
        "Get all your news in one place.",
        "100’s of premium titles.",
        "One app.",
        "Start reading",
        "Sign up to read this article",
        "Read news from 100’s of titles, curated specifically for you.",
        "Already a member? Sign in here",
        "Related Stories",
        "Top stories on inkl right now",
        "Our Picks",
        "Fourteen days free",
        "Download the app",
        "One app. One membership.",
        "100+ trusted global sources.",
    ]
    removed = {r["text"]: r["filter"] for r in d["removed"]}
    for line in promo:
        assert line not in d["markdown"].splitlines()
        assert line in removed, line
    for fixed in ("Putin’s invasion", "under fire”.", "Vera Dmitrienko, 40", "killing 38 children Russia"):
        assert fixed in d["text"]


def test_text_format_is_body_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "text", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Russia's bloody invasion")
    assert "Getty" not in out


def test_explain_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(SEED)]) == 0
    cap = capsys.readouterr()
    assert "removed  promo" in cap.err
    assert "Get all your news in one place." in cap.err
    assert "Get all your news" not in cap.out


def test_output_dir_and_batch_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 junk")
    out = tmp_path / "out"
    code = main(["-o", str(out), str(bad), str(SEED), str(tmp_path / "missing.txt")])
    assert code == 1
    err = capsys.readouterr().err
    assert "bad.pdf: not text or HTML" in err
    assert "missing.txt: no such file" in err
    assert "cleaner: 1 cleaned, 0 skipped, 2 failed" in err
    assert (out / "input.md").read_text(encoding="utf-8").startswith("---\n")
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_never_overwrites_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "page.md"
    original = SEED.read_text(encoding="utf-8")
    src.write_text(original, encoding="utf-8")
    assert main(["-o", str(tmp_path), str(src)]) == 1
    assert src.read_text(encoding="utf-8") == original
    assert "would overwrite an input" in capsys.readouterr().err


def test_same_stem_inputs_get_distinct_outputs(tmp_path: Path) -> None:
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "page.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    assert (
        main(
            ["-o", str(out), "-f", "json", str(tmp_path / "a" / "page.txt"), str(tmp_path / "b" / "page.txt")]
        )
        == 0
    )
    assert sorted(p.name for p in out.iterdir()) == ["page-2.json", "page.json"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--disable", "bogus", str(SEED)])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["--format", "pdf", str(SEED)])
    assert e.value.code == 2


def test_filters_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["filters", "--disable", "rails"]) == 0
    out = capsys.readouterr().out
    rails = next(line for line in out.splitlines() if line.startswith("rails"))
    assert " off " in rails
    assert "promo" in out and "captions" in out


def test_multiple_json_inputs_form_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-f", "json", str(SEED), str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2


def test_console_script_stdin_and_version() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, "-m", "cleaner", "-", "--format", "text"],
        input=SEED.read_bytes(),
        capture_output=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.decode("utf-8").startswith("Russia's bloody invasion")
    ver = subprocess.run(
        [sys.executable, "-m", "cleaner", "--version"], capture_output=True, text=True, check=False
    )
    assert ver.returncode == 0 and ver.stdout.startswith("cleaner ")


def test_urls_are_fetched_and_failures_are_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests._httpserver import Reply, TestServer

    page = (
        Path(__file__).resolve().parent.parent / "fixtures/html/yahoo-ap-arizona-wildfire/input.html"
    ).read_bytes()
    srv = TestServer()
    srv.start()
    try:
        srv.route("/story", Reply(body=page, headers={"Content-Type": "text/html; charset=utf-8"}))
        srv.route("/gone", Reply(status=404))
        srv.route("/file.pdf", Reply(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}))
        srv.route(
            "/robots.txt",
            Reply(body=b"User-agent: *\nDisallow: /private", headers={"Content-Type": "text/plain"}),
        )
        lst = tmp_path / "list.txt"
        lst.write_text(
            "# pages to clean\n"
            + "\n".join(srv.url(p) for p in ("/story", "/gone", "/file.pdf", "/private/x"))
            + "\n",
            encoding="utf-8",
        )
        code = main(["--urls", str(lst), "--delay", "0", "--retries", "0", "-f", "jsonl"])
        out, err = capsys.readouterr()
        assert code == 1
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["profile"] for r in records] == ["yahoo"]
        assert records[0]["publisher"] == "Associated Press"
        lines = [line for line in err.splitlines() if line.startswith("cleaner: error:")]
        assert len(lines) == 3
        assert any("/gone: HTTP 404" in line for line in lines)
        assert any("not HTML (application/pdf)" in line for line in lines)
        assert any("/private/x: blocked by robots.txt" in line for line in lines)
        assert "1 cleaned, 0 skipped, 3 failed" in err
        # one URL on the command line, robots ignored on request
        assert main([srv.url("/private/x"), "--ignore-robots", "--delay", "0", "--retries", "0"]) == 1
        assert "HTTP 404" in capsys.readouterr().err
    finally:
        srv.stop()
