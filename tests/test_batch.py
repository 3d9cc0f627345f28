"""Batch runs: folders, bad inputs that must not stop a run, worker processes, resuming."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import signal
from pathlib import Path

import pytest

import cleaner
from cleaner._batch import BatchOptions, Item, Result, Settings, clean_item, run_batch, show_progress
from cleaner._cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD_CASES = ("inkl-seed-daily-mirror", "msn-cbc-ferry", "yahoo-eurostar-strike")
SUMMARY = re.compile(r"^cleaner: (\d+) cleaned, (\d+) skipped, (\d+) failed$", re.M)


def _good_tree(root: Path) -> dict[str, Path]:
    """pages/<case>/input.txt for a few text fixtures; returns case -> copied file."""
    out = {}
    for case in GOOD_CASES:
        dest = root / case / "input.txt"
        dest.parent.mkdir(parents=True)
        shutil.copyfile(ROOT / "fixtures" / "text" / case / "input.txt", dest)
        out[case] = dest
    return out


def _bad_files(folder: Path) -> dict[str, bytes | None]:
    """Bad inputs, generated (never committed); None: the file is written by the test itself."""
    folder.mkdir(parents=True, exist_ok=True)
    deep = 100_000
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "report.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
        "logo.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "archive.md": gzip.compress(b"not a page at all " * 50),
        "mojibake.txt": b"Caf\xe9 au lait \xff\xfe\xfd\x80\x81 menu\n" * 3,
        "binary.txt": bytes(range(128, 256)) * 8,
        "scripts.html": b"<!DOCTYPE html><html><head><script>var a = 1;</script></head>"
        b"<body><script>track()</script><script>ads()</script></body></html>",
        "deep.html": b"<html><body>"
        + b"<div>" * deep
        + b"<p>Deep.</p>"
        + b"</div>" * deep
        + b"</body></html>",
        "nav-only.txt": b"Home\nNews\nSport\nWeather\nSign in\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    huge = folder / "huge.html"
    with huge.open("wb") as fh:  # 50 MiB of page, written in pieces
        fh.write(b"<!DOCTYPE html><html><body><article>")
        chunk = b"<p>" + b"The council said the plan would cost more. " * 20 + b"</p>\n"
        for _ in range(50 * 2**20 // len(chunk) + 1):
            fh.write(chunk)
        fh.write(b"</article></body></html>")
    return {**files, "huge.html": None}


def _lines_naming(err: str, name: str) -> list[str]:
    return [line for line in err.splitlines() if f"/{name}" in line or line.startswith(f"{name}:")]


@pytest.mark.parametrize("jobs", [1, 2])
def test_folder_with_good_and_bad_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: int
) -> None:
    pages = tmp_path / "pages"
    good = _good_tree(pages)
    bad = _bad_files(pages / "bad")
    out = tmp_path / "out"
    code = main(["-j", str(jobs), "-o", str(out), str(pages)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    for case, src in good.items():
        expected = cleaner.clean(src.read_bytes(), name=str(src)).to_markdown()
        assert (out / case / "input.md").read_text(encoding="utf-8") == expected, case
    for name in bad:
        lines = _lines_naming(err, name)
        assert len(lines) == 1, (name, lines)
        assert lines[0].startswith(("cleaner: error: ", "cleaner: warning: ")), lines
    assert "huge.html: too large: 50.0 MiB" in err
    assert "report.txt: not text or HTML: looks like a PDF document" in err
    assert "empty.txt: empty input" in err
    m = SUMMARY.search(err)
    assert m is not None, err
    cleaned, skipped, failed = map(int, m.groups())
    assert cleaned + skipped + failed == len(good) + len(bad)
    assert skipped == 0
    assert failed >= 5  # empty, PDF, PNG, gzip, too large: whatever the readers do with the rest
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert not [p for p in written if p.endswith(".tmp")]
    assert len(written) == cleaned


def test_stdout_json_array_in_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _good_tree(tmp_path / "pages")
    (tmp_path / "pages" / "zz-empty.txt").write_bytes(b"")
    code = main(["-j", "2", "-f", "json", str(tmp_path / "pages")])
    cap = capsys.readouterr()
    assert code == 1
    records = json.loads(cap.out)
    assert [r["source"] for r in records] == [str(p) for p in good.values()]
    assert "cleaner: 3 cleaned, 0 skipped, 1 failed" in cap.err


def test_jsonl_streams_compact_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _good_tree(tmp_path / "pages")
    assert main(["-j", "2", "--format", "jsonl", str(tmp_path / "pages")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(good)
    for line, src in zip(lines, good.values(), strict=True):
        record = json.loads(line)
        assert record == cleaner.clean(src.read_bytes(), name=str(src)).to_dict()
        assert ": " not in line[:20]  # compact separators


def test_plain_files_go_at_the_top_and_folders_are_mirrored(tmp_path: Path) -> None:
    good = _good_tree(tmp_path / "pages")
    single = tmp_path / "single.txt"
    shutil.copyfile(good["msn-cbc-ferry"], single)
    out = tmp_path / "out"
    assert main(["-f", "text", "-o", str(out), str(single), str(tmp_path / "pages")]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == sorted(["single.txt"] + [f"{case}/input.txt" for case in GOOD_CASES])


def test_glob_overrides_patterns_and_hidden_and_output_folders_are_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    _good_tree(pages)
    for case in GOOD_CASES:
        (pages / case / "input.txt").rename(pages / case / "page.copied")
    (pages / ".hidden").mkdir()
    shutil.copyfile(pages / GOOD_CASES[0] / "page.copied", pages / ".hidden" / "page.copied")
    out = pages / "out"  # the output folder inside the input folder is not read back
    assert main(["--glob", "*.COPIED", "-o", str(out), str(pages)]) == 0
    assert main(["--glob", "*.copied", "--glob", "*.md", "-o", str(out), str(pages)]) == 0
    err = capsys.readouterr().err
    assert err.count("cleaner: 3 cleaned, 0 skipped, 0 failed") == 2
    assert main(["-o", str(out), str(pages)]) == 0
    assert "no files matching" in capsys.readouterr().err


def test_skip_existing_resumes_a_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _good_tree(tmp_path / "pages")
    out = tmp_path / "out"
    assert main(["-o", str(out), str(tmp_path / "pages")]) == 0
    kept = out / GOOD_CASES[0] / "input.md"
    kept.write_text("left alone\n", encoding="utf-8")
    (out / GOOD_CASES[1] / "input.md").unlink()
    capsys.readouterr()
    assert main(["--skip-existing", "-o", str(out), str(tmp_path / "pages")]) == 0
    assert "cleaner: 1 cleaned, 2 skipped, 0 failed" in capsys.readouterr().err
    assert kept.read_text(encoding="utf-8") == "left alone\n"
    assert (out / GOOD_CASES[1] / "input.md").exists()


def test_outputs_never_overwrite_inputs_of_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    good = _good_tree(pages)
    md = pages / "copy.md"
    md.write_bytes(good["msn-cbc-ferry"].read_bytes())
    before = md.read_bytes()
    assert main(["-o", str(pages), str(pages)]) == 1
    assert md.read_bytes() == before
    err = capsys.readouterr().err
    assert "copy.md: output" in err and "would overwrite an input" in err


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["-f", "jsonl", "-o", "OUT"], "--format jsonl streams"),
        (["--skip-existing"], "--skip-existing needs --output"),
        (["-j", "-1"], "--jobs must be"),
        (["--max-size", "-3"], "--max-size must be"),
        (["--profile", "no-such-profile"], "unknown profile"),
        (["--enable", "bogus"], "unknown filter"),
    ],
)
def test_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], problem: str
) -> None:
    argv = [str(tmp_path / "o") if a == "OUT" else a for a in argv]
    with pytest.raises(SystemExit) as e:
        main([*argv, str(ROOT / "fixtures" / "text" / GOOD_CASES[0] / "input.txt")])
    assert e.value.code == 2
    assert problem in capsys.readouterr().err


# -- workers that die ------------------------------------------------------------------------
def crashing_worker(item: Item, settings: Settings) -> Result:
    """Kills its own process on the item named ``crash``; raises on ``oom``/``recursion``."""
    if item.name.endswith("crash.txt"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if item.name.endswith("oom.txt"):
        raise MemoryError
    if item.name.endswith("recursion.txt"):
        raise RecursionError("maximum recursion depth exceeded")
    return clean_item(item, settings)


def test_a_worker_that_dies_costs_one_line(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    good = _good_tree(pages)
    for name in ("crash.txt", "oom.txt", "recursion.txt"):
        shutil.copyfile(good["msn-cbc-ferry"], pages / name)
    out, err = io.StringIO(), io.StringIO()
    code = run_batch(
        [str(pages)],
        Settings(fmt="jsonl"),
        BatchOptions(jobs=2, progress=False),
        out=out,
        err=err,
        worker=crashing_worker,
    )
    assert code == 1
    lines = err.getvalue().splitlines()
    assert [line for line in lines if "crash.txt" in line] == [
        f"cleaner: error: {pages / 'crash.txt'}: the worker process died while cleaning it (killed by SIGSEGV)"
    ]
    assert [line for line in lines if "oom.txt" in line] == [
        f"cleaner: error: {pages / 'oom.txt'}: internal error: MemoryError"
    ]
    assert [line for line in lines if "recursion.txt" in line] == [
        f"cleaner: error: {pages / 'recursion.txt'}: internal error: RecursionError: maximum recursion depth exceeded"
    ]
    assert lines[-1] == "cleaner: 3 cleaned, 0 skipped, 3 failed"
    sources = [json.loads(line)["source"] for line in out.getvalue().splitlines()]
    assert sources == [str(p) for p in good.values()]


def test_progress_bar_only_on_a_terminal_outside_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("CI", raising=False)
    assert show_progress(Tty()) and not show_progress(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not show_progress(Tty())
    _good_tree(tmp_path / "pages")
    (tmp_path / "pages" / "empty.txt").write_bytes(b"")
    err = io.StringIO()
    code = run_batch(
        [str(tmp_path / "pages")], Settings(), BatchOptions(progress=True), out=io.StringIO(), err=err
    )
    assert code == 1
    assert "empty.txt: empty input" in err.getvalue()
    assert "page" in err.getvalue()  # tqdm's unit
    assert err.getvalue().rstrip().endswith("cleaner: 3 cleaned, 0 skipped, 1 failed")


def test_a_single_file_prints_no_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(ROOT / "fixtures" / "text" / GOOD_CASES[0] / "input.txt")]) == 0
    assert "cleaned" not in capsys.readouterr().err
