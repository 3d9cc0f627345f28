"""Command line: ``cleaner [OPTIONS] INPUT...`` and ``cleaner filters``.

This module only parses and checks options; running the inputs (one or a million) is
:mod:`cleaner._batch`'s job, so a single file and a batch share one code path.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from ._batch import (
    DEFAULT_MAX_MIB,
    DEFAULT_PATTERNS,
    FORMATS,
    MIB,
    BatchOptions,
    Settings,
    run_batch,
    write_atomic,
)
from ._errors import CleanerError
from ._pipeline import Pipeline
from ._profiles import get_profile
from ._render import CAPTION_MODES
from ._version import __version__

__all__ = ["main", "write_atomic"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EPILOG = """\
examples:
  cleaner copied.txt                       clean a page copied from a browser, markdown to stdout
  cleaner --format json copied.txt         the JSON record (title, authors, publisher, text, captions, removed)
  cleaner --explain copied.txt >/dev/null  why each dropped line went (filter and reason), on stderr
  cleaner -o out/ a.txt b.txt              one output file per input, written atomically
  cleaner -j 4 -o out/ pages/              a whole folder tree in 4 processes, mirrored under out/
  cleaner -j 4 -o out/ --skip-existing pages/   resume an interrupted run
  cleaner --glob '*.html' -o out/ pages/   only the files matching the pattern (repeatable)
  cleaner -j 2 -f jsonl crawl.warc.gz | jq .title   HTML responses of a WARC, one JSON line each
  pbpaste | cleaner - --url https://www.inkl.com/news/x
  cleaner https://news.yahoo.com/some-story.html   fetch (robots.txt honoured, 1 s per host) and clean
  cleaner --urls list.txt -o out/ --cache .cache    a URL list; failures are one line each, the rest go on
  cleaner --disable rails --captions end copied.txt
  cleaner filters                          list the filters, in order, and whether each is on

folders are searched recursively for {patterns}
(hidden files and folders are left out); a WARC's records are cleaned with their own URLs.

exit status: 0 all inputs cleaned (or skipped), 1 an input failed (the others were still
processed; batches end with "cleaner: N cleaned, M skipped, K failed"), 2 usage error
""".format(patterns=" ".join(DEFAULT_PATTERNS))


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleaner",
        description="Turn news pages from aggregators (inkl, Yahoo News, MSN, ...) into the article alone.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="a file, a folder (searched recursively), a WARC archive, or - for standard input",
    )
    p.add_argument(
        "-f",
        "--format",
        choices=sorted(FORMATS),
        default="markdown",
        help="output format (default: markdown); jsonl: one compact JSON object per line on stdout",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help="write one file per input into DIR (mirroring folder inputs) instead of stdout",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="clean in N worker processes (0: one per CPU; default 1, in this process)",
    )
    p.add_argument(
        "--glob",
        action="append",
        default=[],
        metavar="PATTERN",
        help="file pattern for folder inputs, replacing the defaults (repeatable)",
    )
    p.add_argument(
        "--skip-existing",
        action="store_true",
        help="with -o: skip inputs whose output file already exists (resume a run)",
    )
    p.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_MIB,
        metavar="MIB",
        help=f"refuse pages larger than this many MiB (default {DEFAULT_MAX_MIB}; 0: no limit)",
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
    net = p.add_argument_group("fetching URLs (politely: robots.txt, one request per host per --delay)")
    net.add_argument(
        "--urls", metavar="FILE", help="clean every URL listed in FILE (one per line, # comments)"
    )
    net.add_argument("--ignore-robots", action="store_true", help="do not consult robots.txt")
    net.add_argument(
        "--cache", metavar="DIR", help="keep fetched pages in DIR and revalidate them (ETag/Last-Modified)"
    )
    net.add_argument("--user-agent", metavar="UA", help="User-Agent header (default: cleaner/VERSION (+URL))")
    net.add_argument(
        "--delay",
        type=float,
        default=1.0,
        metavar="S",
        help="minimum seconds between requests to one host (default 1)",
    )
    net.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="read time-out in seconds (connect: 10; default 30)",
    )
    net.add_argument(
        "--retries", type=int, default=3, metavar="N", help="retries on 429/5xx/connection errors (default 3)"
    )
    p.add_argument("--version", action="version", version=f"cleaner {__version__}")
    return p


def _url_list(parser: argparse.ArgumentParser, path: str) -> list[str]:
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        parser.error(f"--urls {path}: cannot read: {getattr(exc, 'strerror', None) or exc}")
    urls = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    return [u for u in urls if u]


def _fetch_options(args: argparse.Namespace) -> tuple[tuple[str, Any], ...]:
    opts: dict[str, Any] = {
        "delay": args.delay,
        "timeout": (min(10.0, args.timeout), args.timeout),
        "retries": args.retries,
        "respect_robots": not args.ignore_robots,
    }
    if args.cache:
        opts["cache_dir"] = args.cache
    if args.user_agent:
        opts["user_agent"] = args.user_agent
    return tuple(sorted(opts.items()))


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


def _pipeline_error(names_on: Sequence[str], names_off: Sequence[str]) -> str | None:
    """Unknown filter names are a usage error, found before any worker starts."""
    pipe = Pipeline.default()
    try:
        if names_on:
            pipe.enable(*names_on)
        if names_off:
            pipe.disable(*names_off)
    except CleanerError as exc:
        return str(exc)
    return None


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Every usage error is reported here (exit 2), before any input is read."""
    if args.inputs.count("-") > 1:
        parser.error("standard input (-) can be given only once")
    if args.output is not None:
        outdir = Path(args.output)
        if outdir.exists() and not outdir.is_dir():
            parser.error(f"--output {outdir}: exists and is not a directory")
        if args.format == "jsonl":
            parser.error("--format jsonl streams to standard output; use --format json with --output")
    elif args.skip_existing:
        parser.error("--skip-existing needs --output DIR")
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if args.max_size < 0:
        parser.error("--max-size must be 0 (no limit) or more")
    problem = _pipeline_error(args.enable, args.disable)
    if problem:
        parser.error(problem)
    if args.profile is not None:
        try:
            get_profile(args.profile)
        except CleanerError as exc:
            parser.error(str(exc))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["filters"]:
        return _filters_main(args_list[1:], sys.stdout)
    parser = _parser()
    args = parser.parse_args(args_list)
    if args.urls:
        args.inputs = [*args.inputs, *_url_list(parser, args.urls)]
    if not args.inputs:
        parser.error("give at least one INPUT (a file, folder, URL or -), or --urls FILE")
    _check(parser, args)
    settings = Settings(
        fmt=args.format,
        captions=args.captions,
        explain=args.explain,
        enable=tuple(args.enable),
        disable=tuple(args.disable),
        profile=args.profile,
        url=args.url,
        kind=args.kind,
        max_bytes=int(args.max_size * MIB),
        fetch=_fetch_options(args),
    )
    options = BatchOptions(
        outdir=Path(args.output) if args.output is not None else None,
        patterns=tuple(args.glob) if args.glob else DEFAULT_PATTERNS,
        jobs=args.jobs or os.cpu_count() or 1,
        skip_existing=args.skip_existing,
    )
    try:
        return run_batch(args.inputs, settings, options)
    except KeyboardInterrupt:
        print("cleaner: interrupted (rerun with --skip-existing to resume)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader of stdout went away (``| head``): stop quietly, as other filters do, and
        # keep Python from complaining when it flushes stdout at exit
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


def run() -> None:  # pragma: no cover - console entry point
    sys.exit(main())
