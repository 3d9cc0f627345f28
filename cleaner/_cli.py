"""Command line: ``cleaner [OPTIONS] INPUT...`` and ``cleaner filters``."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ._api import clean
from ._article import Article
from ._errors import CleanerError
from ._pipeline import Pipeline
from ._render import CAPTION_MODES
from ._version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FORMATS = {"markdown": ".md", "json": ".json", "text": ".txt"}

EPILOG = """\
examples:
  cleaner copied.txt                       clean a page copied from a browser, markdown to stdout
  cleaner --format json copied.txt         the JSON record (title, authors, publisher, text, captions, removed)
  cleaner --explain copied.txt >/dev/null  why each dropped line went (filter and reason), on stderr
  cleaner -o out/ a.txt b.txt              one output file per input, written atomically
  pbpaste | cleaner - --url https://www.inkl.com/news/x
  cleaner --disable rails --captions end copied.txt
  cleaner filters                          list the filters, in order, and whether each is on

exit status: 0 all inputs cleaned, 1 an input failed (the others were still processed), 2 usage error
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleaner",
        description="Turn news pages from aggregators (inkl, Yahoo News, MSN, ...) into the article alone.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a file, or - for standard input")
    p.add_argument(
        "-f",
        "--format",
        choices=sorted(FORMATS),
        default="markdown",
        help="output format (default: markdown)",
    )
    p.add_argument(
        "-o", "--output", metavar="DIR", help="write one file per input into DIR instead of stdout"
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="print every removed block (filter, reason, text) and every repair to stderr",
    )
    p.add_argument(
        "--captions",
        choices=CAPTION_MODES,
        default="inline",
        help="captions in the markdown: at their place, at the end, or left out (default: inline)",
    )
    p.add_argument(
        "--enable", action="append", default=[], metavar="NAME", help="switch a filter on (repeatable)"
    )
    p.add_argument(
        "--disable", action="append", default=[], metavar="NAME", help="switch a filter off (repeatable)"
    )
    p.add_argument(
        "--profile", metavar="NAME", help="use this site profile (a name, or a path to a profile YAML file)"
    )
    p.add_argument(
        "--url", metavar="URL", help="the page's URL (recorded in the output; picks the site profile)"
    )
    p.add_argument(
        "--kind", choices=("auto", "text", "html"), default="auto", help="input kind (default: guess)"
    )
    p.add_argument("--version", action="version", version=f"cleaner {__version__}")
    return p


def _filters_main(argv: Sequence[str], out: TextIO) -> int:
    p = argparse.ArgumentParser(prog="cleaner filters", description="List the pipeline's filters in order.")
    p.add_argument("--enable", action="append", default=[], metavar="NAME")
    p.add_argument("--disable", action="append", default=[], metavar="NAME")
    args = p.parse_args(list(argv))
    pipe = Pipeline.default()
    try:
        if args.enable:
            pipe.enable(*args.enable)
        if args.disable:
            pipe.disable(*args.disable)
    except CleanerError as exc:
        print(f"cleaner: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    width = max(len(f.name) for f in pipe)
    for f in pipe:
        state = "on " if f.enabled else "off"
        kinds = ",".join(sorted(f.kinds))
        out.write(f"{f.name:<{width}}  {state}  {kinds:<9}  {f.description}\n")
    return EXIT_OK


def _read_input(name: str) -> tuple[bytes, str]:
    if name == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    if name.lower().startswith(("http://", "https://")):
        raise CleanerError(
            f"{name}: fetching URLs is not supported yet; save the page or copy its text to a file"
        )
    path = Path(name)
    if path.is_dir():
        raise CleanerError(f"{name}: is a directory (directory input is not supported yet)")
    try:
        return path.read_bytes(), name
    except FileNotFoundError:
        raise CleanerError(f"{name}: no such file") from None
    except PermissionError:
        raise CleanerError(f"{name}: permission denied") from None
    except OSError as exc:
        raise CleanerError(f"{name}: cannot read: {exc.strerror or exc}") from None


def _render(article: Article, fmt: str, captions: str) -> str:
    if fmt == "json":
        return json.dumps(article.to_dict(captions=captions), ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        return article.to_text()
    return article.to_markdown(captions=captions)


def _explain(article: Article, err: TextIO) -> None:
    items = article.explain()
    removed = sum(1 for i in items if i["action"] == "removed")
    err.write(f"== {article.source}: {removed} removed, profile {article.profile}\n")
    for item in items:
        text = item["text"].replace("\n", " ")
        if len(text) > 100:
            text = text[:97] + "..."
        err.write(f"{item['action']:<8} {item['filter']:<12} {item['where']:<12} {item['reason']}\n")
        err.write(f"         | {text}\n")


def write_atomic(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _output_path(outdir: Path, source: str, ext: str, taken: set[Path]) -> Path:
    stem = "stdin" if source == "<stdin>" else Path(source).stem or "output"
    cand = outdir / f"{stem}{ext}"
    n = 2
    while cand in taken:
        cand = outdir / f"{stem}-{n}{ext}"
        n += 1
    taken.add(cand)
    return cand


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["filters"]:
        return _filters_main(args_list[1:], sys.stdout)
    parser = _parser()
    args = parser.parse_args(args_list)
    if args.inputs.count("-") > 1:
        parser.error("standard input (-) can be given only once")
    outdir = Path(args.output) if args.output else None
    if outdir is not None and outdir.exists() and not outdir.is_dir():
        parser.error(f"--output {outdir}: exists and is not a directory")
    try:
        pipe = Pipeline.default()
        if args.enable:
            pipe.enable(*args.enable)
        if args.disable:
            pipe.disable(*args.disable)
    except CleanerError as exc:
        parser.error(str(exc))
    inputs_resolved = {Path(i).resolve() for i in args.inputs if i != "-"}
    taken: set[Path] = set()
    failures: list[str] = []
    rendered_json: list[str] = []
    for name in args.inputs:
        try:
            data, source = _read_input(name)
            article = clean(
                data, url=args.url, kind=args.kind, profile=args.profile, pipeline=pipe, name=source
            )
        except CleanerError as exc:
            failures.append(str(exc))
            print(f"cleaner: error: {exc}", file=sys.stderr)
            continue
        for w in article.warnings:
            print(f"cleaner: warning: {source}: {w}", file=sys.stderr)
        if args.explain:
            _explain(article, sys.stderr)
        text = _render(article, args.format, args.captions)
        if outdir is None:
            if args.format == "json" and len(args.inputs) > 1:
                rendered_json.append(text)
            else:
                sys.stdout.write(text)
            continue
        target = _output_path(outdir, source, FORMATS[args.format], taken)
        if target.resolve() in inputs_resolved:
            msg = f"{name}: output {target} would overwrite an input; skipped"
            failures.append(msg)
            print(f"cleaner: error: {msg}", file=sys.stderr)
            continue
        try:
            write_atomic(target, text)
        except OSError as exc:
            msg = f"{name}: cannot write {target}: {exc.strerror or exc}"
            failures.append(msg)
            print(f"cleaner: error: {msg}", file=sys.stderr)
    if rendered_json:
        sys.stdout.write("[\n" + ",\n".join(t.rstrip("\n") for t in rendered_json) + "\n]\n")
    if failures and len(args.inputs) > 1:
        print(f"cleaner: {len(args.inputs) - len(failures)} cleaned, {len(failures)} failed", file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def run() -> None:  # pragma: no cover - console entry point
    sys.exit(main())
