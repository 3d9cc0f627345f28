"""Batch cleaning: many inputs, worker processes, outputs mirrored under a folder.

The command line hands every run to :func:`run_batch`, a single file included, so that one
path handles errors, outputs and exit codes. A run has four stages, each a small piece:

1. **collect** the arguments into sources: files, directories walked recursively for the
   file patterns, WARC archives, standard input, URLs;
2. **expand** sources into work :class:`Item` s (a WARC becomes one item per HTML response,
   read lazily) and **plan** each item's output path under ``-o DIR``;
3. **execute** items in input order, in-process (``-j 1``) or in worker processes that
   rebuild the pipeline from filter names and send back rendered strings; a worker that dies
   costs only the item it was cleaning;
4. **emit** results: stdout (a JSON array, JSON lines, or documents one after another) or
   atomically written files, one line on stderr per problem, a summary for batches.

Bad input never stops a run: every problem becomes a failed :class:`Result` with one line
naming the input, and the exit status says whether anything failed.
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import io
import json
import multiprocessing
import os
import re
import signal
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnContext
from pathlib import Path, PurePosixPath
from typing import IO, Any, Literal, TextIO
from urllib.parse import urlsplit

from ._api import clean
from ._article import Article
from ._errors import CleanerError, InputError
from ._pipeline import Pipeline
from ._warc import WarcFailure, WarcSkip, iter_warc, looks_like_warc, sniff_file, warc_stem

FORMATS = {"markdown": ".md", "json": ".json", "text": ".txt", "jsonl": ".jsonl"}
DEFAULT_PATTERNS = ("*.html", "*.htm", "*.xhtml", "*.txt", "*.md", "*.warc", "*.warc.gz")
# A page above this is refused unless --max-size says otherwise: parsing costs about 15 times
# the page in memory (a 50 MiB page: 0.7 GiB and 11 s), times the number of workers.
DEFAULT_MAX_MIB = 20
MIB = 2**20
STDIN_NAME = "<stdin>"

Status = Literal["cleaned", "skipped", "failed"]


# -- the work model (everything here crosses process boundaries, so it is plain data) -------
@dataclass(frozen=True)
class Settings:
    """How to clean and render; workers rebuild their pipeline from ``enable``/``disable``."""

    fmt: str = "markdown"
    captions: str = "inline"
    explain: bool = False
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    profile: str | None = None
    url: str | None = None
    kind: str = "auto"
    max_bytes: int = DEFAULT_MAX_MIB * MIB  # 0: no limit
    fetch: tuple[tuple[str, Any], ...] = ()  # Fetcher options for URL items (user_agent, delay...)


@dataclass(frozen=True)
class Item:
    """One page to clean.

    ``kind`` says where its bytes come from: ``file`` (read by the worker from ``path``),
    ``data`` (carried inline: standard input, a WARC record) or ``url`` (fetched by the
    worker, see :func:`fetch_url`). ``rel`` is its output place under ``-o DIR`` without the
    extension; ``target`` is filled in by planning.
    """

    kind: Literal["file", "data", "url"]
    name: str  # how the input is named in messages and in the ``source`` field
    rel: PurePosixPath
    path: Path | None = None
    data: bytes | None = None
    url: str | None = None  # the page's URL (a WARC record's, or the URL item itself)
    charset: str | None = None  # a WARC record's HTTP charset
    page_kind: str | None = None  # forces "html" for WARC records; None: the run's --kind
    target: Path | None = None


@dataclass(frozen=True)
class Result:
    """What became of one input; ``message`` is the error line's text for failures."""

    name: str
    status: Status
    rendered: str | None = None
    warnings: tuple[str, ...] = ()
    explain: str = ""
    message: str | None = None


@dataclass(frozen=True)
class BatchOptions:
    """Where results go and how the run is carried out (the main process's side)."""

    outdir: Path | None = None
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    jobs: int = 1
    skip_existing: bool = False
    progress: bool | None = None  # None: on when stderr is a terminal and $CI is unset


Worker = Callable[[Item, Settings], Result]


# -- the worker side -------------------------------------------------------------------------
_FETCHERS: dict[tuple[tuple[str, Any], ...], Any] = {}


def fetch_url(
    url: str, *, max_bytes: int, options: tuple[tuple[str, Any], ...] = ()
) -> tuple[bytes, str, str | None]:
    """Download the page for a URL item: its bytes, the URL to record (after redirects), and
    the charset the HTTP header declared.

    One :class:`~cleaner._fetch.Fetcher` per worker process and option set, so robots.txt
    answers, connections and the per-host pacing carry over from one URL to the next.
    """
    from ._fetch import Fetcher

    key = (*options, ("max_bytes", max_bytes or None))
    fetcher = _FETCHERS.get(key)
    if fetcher is None:
        opts = dict(options)
        if max_bytes:
            opts["max_bytes"] = max_bytes
        fetcher = _FETCHERS[key] = Fetcher(**opts)
    resp = fetcher.fetch(url)
    return resp.content, resp.url, resp.charset


@functools.lru_cache(maxsize=8)
def _pipeline(enable: tuple[str, ...], disable: tuple[str, ...]) -> Pipeline:
    """Built once per worker process: a Pipeline holds functions, which do not pickle well."""
    pipe = Pipeline.default()
    if enable:
        pipe.enable(*enable)
    if disable:
        pipe.disable(*disable)
    return pipe


def _too_large(name: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        name, f"too large: {size / MIB:.1f} MiB (the limit is {max_bytes / MIB:g} MiB; see --max-size)"
    )


def _read_file(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if max_bytes and size > max_bytes:
            raise _too_large(name, size, max_bytes)
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None


def _load(item: Item, settings: Settings) -> tuple[bytes, str | None, str | None]:
    """The item's bytes, the URL to clean it with, and a charset declared by its transport."""
    if item.kind == "file":
        assert item.path is not None
        return _read_file(item.path, item.name, settings.max_bytes), settings.url, None
    if item.kind == "url":
        assert item.url is not None
        return fetch_url(item.url, max_bytes=settings.max_bytes, options=settings.fetch)
    assert item.data is not None
    return item.data, item.url or settings.url, item.charset


def render(article: Article, fmt: str, captions: str) -> str:
    """The article in the output format, as the string to print or write."""
    if fmt == "json":
        return json.dumps(article.to_dict(captions=captions), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return (
            json.dumps(article.to_dict(captions=captions), ensure_ascii=False, separators=(",", ":")) + "\n"
        )
    if fmt == "text":
        return article.to_text()
    return article.to_markdown(captions=captions)


def explain_text(article: Article) -> str:
    """``--explain``: every removed block and repair, with filter and reason."""
    items = article.explain()
    removed = sum(1 for i in items if i["action"] == "removed")
    lines = [f"== {article.source}: {removed} removed, profile {article.profile}"]
    for item in items:
        text = item["text"].replace("\n", " ")
        if len(text) > 100:
            text = text[:97] + "..."
        lines.append(f"{item['action']:<8} {item['filter']:<12} {item['where']:<12} {item['reason']}")
        lines.append(f"         | {text}")
    return "\n".join(lines) + "\n"


def _short(exc: BaseException) -> str:
    text = str(exc).strip()
    text = text.splitlines()[0] if text else ""
    text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def failed(item: Item, message: str) -> Result:
    """A failure whose line always names the input (and a WARC record's URL)."""
    if not message.startswith(f"{item.name}:"):
        message = f"{item.name}: {message}"
    if item.kind == "data" and item.url and item.url not in message:
        message = f"{message} [{item.url}]"
    return Result(item.name, "failed", message=message)


def clean_item(item: Item, settings: Settings) -> Result:
    """Clean one item into a rendered result; never raises for a bad page.

    Anything unexpected (a RecursionError on absurd nesting, a MemoryError, a library bug)
    becomes one failed result instead of a traceback that would end the batch.
    """
    try:
        data, url, charset = _load(item, settings)
        article = clean(
            data,
            url=url,
            encoding=charset,
            kind=item.page_kind or settings.kind,
            profile=settings.profile,
            pipeline=_pipeline(settings.enable, settings.disable),
            name=item.name,
        )
        rendered = render(article, settings.fmt, settings.captions)
        explained = explain_text(article) if settings.explain else ""
    except CleanerError as exc:
        return failed(item, str(exc))
    except Exception as exc:
        return failed(item, f"internal error: {_short(exc)}")
    return Result(item.name, "cleaned", rendered, tuple(article.warnings), explained)


# -- collecting inputs -----------------------------------------------------------------------
@dataclass(frozen=True)
class _Source:
    """One input after looking at the arguments, before WARCs are opened."""

    kind: Literal["file", "warc", "data", "url", "error"]
    name: str
    rel: PurePosixPath
    path: Path | None = None
    data: bytes | None = None
    message: str | None = None


@dataclass
class _Collected:
    sources: list[_Source] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    batch: bool = False  # several items may come out: print a summary, JSON as an array


def is_url(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


_SLUG = re.compile(r"[^A-Za-z0-9._-]+")
_PAGE_EXT = re.compile(r"\.(?:html?|xhtml|php|aspx?|jsp)$", re.I)


def url_stem(url: str, index: int) -> str:
    """A file name for a page from its URL (host and path), or ``record-N`` if none fits."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = urlsplit("")
    raw = parts.netloc + _PAGE_EXT.sub("", parts.path) + (f"?{parts.query}" if parts.query else "")
    slug = _SLUG.sub("-", raw).strip("-._")[:100].rstrip("-._")
    return slug or f"record-{index:05d}"


def _strip_ext(rel: PurePosixPath) -> PurePosixPath:
    name = warc_stem(rel.name) if rel.name.lower().endswith((".warc", ".warc.gz")) else rel.stem
    return rel.with_name(name or "output")


def _matches(rel: PurePosixPath, patterns: Sequence[str]) -> bool:
    """Case-insensitive; a pattern with a slash is matched against the relative path."""
    name, path = rel.name.lower(), rel.as_posix().lower()
    return any(fnmatch.fnmatchcase(path if "/" in p else name, p.lower()) for p in patterns)


def _walk(root: Path, arg: str, patterns: Sequence[str], outdir: Path | None, into: _Collected) -> None:
    """Files under ``root`` matching ``patterns``, in sorted order; hidden entries and the
    output folder are left out (so outputs written during the run are never read back)."""
    skip = outdir.resolve() if outdir is not None else None
    errors: list[OSError] = []
    found = 0
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and (skip is None or (here / d).resolve() != skip)
        )
        for fname in sorted(filenames):
            rel = PurePosixPath((here / fname).relative_to(root).as_posix())
            if fname.startswith(".") or not _matches(rel, patterns):
                continue
            found += 1
            into.sources.append(_file_source(here / fname, str(Path(arg) / rel), _strip_ext(rel)))
    for exc in errors:
        where = exc.filename or arg
        into.sources.append(_error(str(where), f"cannot read directory: {exc.strerror or exc}"))
    if not found and not errors:
        into.warnings.append(f"{arg}: no files matching {', '.join(patterns)}")


def _file_source(path: Path, name: str, rel: PurePosixPath) -> _Source:
    kind: Literal["file", "warc"] = "warc" if sniff_file(path) else "file"
    return _Source(kind, name, rel, path=path)


def _error(name: str, problem: str) -> _Source:
    return _Source("error", name, PurePosixPath("error"), message=f"{name}: {problem}")


def _stdin_source(stdin: IO[bytes], max_bytes: int) -> _Source:
    head = stdin.read(4096)
    if looks_like_warc(head):
        return _Source("warc", STDIN_NAME, PurePosixPath("stdin"), data=head + stdin.read())
    rest = stdin.read(max_bytes + 1 - len(head)) if max_bytes else stdin.read()
    data = head + rest
    if max_bytes and len(data) > max_bytes:
        return _Source(
            "error",
            STDIN_NAME,
            PurePosixPath("stdin"),
            message=str(_too_large(STDIN_NAME, len(data), max_bytes)),
        )
    return _Source("data", STDIN_NAME, PurePosixPath("stdin"), data=data)


def collect(inputs: Sequence[str], options: BatchOptions, stdin: IO[bytes], max_bytes: int) -> _Collected:
    """Turn the arguments into sources; directories are walked now, WARCs opened later."""
    got = _Collected(batch=len(inputs) > 1)
    for n, arg in enumerate(inputs):
        if arg == "-":
            got.sources.append(_stdin_source(stdin, max_bytes))
        elif is_url(arg):
            got.sources.append(_Source("url", arg, PurePosixPath(url_stem(arg, n + 1)), path=None))
        else:
            path = Path(arg)
            if path.is_dir():
                got.batch = True
                _walk(path, arg, options.patterns, options.outdir, got)
            elif path.exists():
                got.sources.append(_file_source(path, arg, _strip_ext(PurePosixPath(path.name))))
            else:
                got.sources.append(_error(arg, "no such file"))
    got.batch = got.batch or any(s.kind == "warc" for s in got.sources)
    return got


def _warc_entries(src: _Source, max_bytes: int) -> Iterator[Item | Result]:
    """One item per HTML response of the archive; other records come out as skipped."""
    try:
        with src.path.open("rb") if src.path is not None else io.BytesIO(src.data or b"") as fh:
            for rec in iter_warc(fh, src.name, max_bytes=max_bytes):
                name = f"{src.name}#{rec.index}"
                if isinstance(rec, WarcSkip):
                    yield Result(name, "skipped")
                elif isinstance(rec, WarcFailure):
                    yield Result(name, "failed", message=f"{name}: {rec.problem} [{rec.url}]")
                else:
                    rel = src.rel / url_stem(rec.url, rec.index)
                    yield Item(
                        "data",
                        name,
                        rel,
                        data=rec.data,
                        url=rec.url or None,
                        charset=rec.charset,
                        page_kind="html",
                    )
    except CleanerError as exc:
        yield Result(src.name, "failed", message=str(exc))
    except OSError as exc:
        yield Result(src.name, "failed", message=f"{src.name}: cannot read: {exc.strerror or exc}")


def expand(sources: Iterable[_Source], max_bytes: int) -> Iterator[Item | Result]:
    """Sources to work items, lazily (a WARC's records are read as the run needs them)."""
    for src in sources:
        if src.kind == "error":
            yield Result(src.name, "failed", message=src.message)
        elif src.kind == "warc":
            yield from _warc_entries(src, max_bytes)
        elif src.kind == "url":
            yield Item("url", src.name, src.rel, url=src.name)
        elif src.kind == "data":
            yield Item("data", src.name, src.rel, data=src.data)
        else:
            yield Item("file", src.name, src.rel, path=src.path)


# -- planning outputs ------------------------------------------------------------------------
class _Planner:
    """Assigns each item its output file under ``-o DIR``.

    Names are given in input order, so a rerun maps every input to the same file and
    ``--skip-existing`` can resume an interrupted run. An output that would land on an input
    of the run is refused.
    """

    def __init__(self, outdir: Path, ext: str, inputs: frozenset[Path], skip_existing: bool) -> None:
        self._outdir, self._ext, self._inputs = outdir, ext, inputs
        self._skip_existing = skip_existing
        self._taken: set[str] = set()

    def _unique(self, rel: PurePosixPath) -> Path:
        folder = self._outdir.joinpath(*rel.parent.parts)
        cand, n = folder / f"{rel.name}{self._ext}", 2
        while str(cand) in self._taken:
            cand, n = folder / f"{rel.name}-{n}{self._ext}", n + 1
        self._taken.add(str(cand))
        return cand

    def plan(self, entry: Item | Result) -> Item | Result:
        if isinstance(entry, Result):
            return entry
        target = self._unique(entry.rel)
        if target.resolve() in self._inputs:
            return failed(entry, f"output {target} would overwrite an input; skipped")
        if self._skip_existing and target.exists():
            return Result(entry.name, "skipped")
        return replace(entry, target=target)


# -- executing -------------------------------------------------------------------------------
def _call(worker: Worker, item: Item, settings: Settings) -> Result:
    try:
        return worker(item, settings)
    except Exception as exc:  # a worker is meant to catch everything; stay safe if it did not
        return failed(item, f"internal error: {_short(exc)}")


def _isolated_main(worker: Worker, item: Item, settings: Settings, conn: Connection) -> None:
    """Child side of :func:`run_isolated`."""
    conn.send(_call(worker, item, settings))
    conn.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-exitcode).name}"
    return f"exit status {exitcode}"


def run_isolated(worker: Worker, item: Item, settings: Settings, ctx: SpawnContext) -> Result:
    """Clean one item in a process of its own, to tell whether it is what kills workers."""
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_isolated_main, args=(worker, item, settings, send), daemon=True)
    proc.start()
    send.close()
    result: Any = None
    try:
        result = recv.recv()
    except (EOFError, OSError):
        pass
    finally:
        recv.close()
    proc.join()
    if isinstance(result, Result):
        return result
    return failed(item, f"the worker process died while cleaning it ({_death(proc.exitcode)})")


@dataclass
class _Slot:
    item: Item | None
    result: Result | None = None
    future: Future[Result] | None = None
    pool: ProcessPoolExecutor | None = None


class _Pool:
    """Worker processes with results handed back in input order.

    A process that dies breaks the whole executor and fails every unfinished future; each of
    those items is then run alone in a fresh process, so the one that kills its process gets
    the error line and the others their normal result, and a new executor takes the rest.
    """

    def __init__(self, jobs: int, worker: Worker, settings: Settings) -> None:
        # spawn: workers start clean (no inherited locks or threads) and load plugins themselves
        self._ctx = multiprocessing.get_context("spawn")
        self._jobs, self._worker, self._settings = jobs, worker, settings
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self._jobs, mp_context=self._ctx)

    def _renew(self, broken: ProcessPoolExecutor | None) -> None:
        if broken is self._executor:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _submit(self, entry: Item | Result) -> _Slot:
        if isinstance(entry, Result):
            return _Slot(None, result=entry)
        for _ in range(2):
            pool = self._executor
            try:
                return _Slot(entry, future=pool.submit(self._worker, entry, self._settings), pool=pool)
            except BrokenProcessPool:
                self._renew(pool)
        return _Slot(entry, result=run_isolated(self._worker, entry, self._settings, self._ctx))

    def _resolve(self, slot: _Slot) -> tuple[Item | None, Result]:
        if slot.result is not None or slot.future is None or slot.item is None:
            assert slot.result is not None
            return slot.item, slot.result
        try:
            return slot.item, slot.future.result()
        except BrokenProcessPool:
            self._renew(slot.pool)
            return slot.item, run_isolated(self._worker, slot.item, self._settings, self._ctx)
        except Exception as exc:
            return slot.item, failed(slot.item, f"internal error: {_short(exc)}")

    def ordered(self, entries: Iterable[Item | Result]) -> Iterator[tuple[Item | None, Result]]:
        window = 4 * self._jobs  # bounded: a long WARC never has all its pages in flight
        slots: deque[_Slot] = deque()
        for entry in entries:
            slots.append(self._submit(entry))
            while slots and (len(slots) >= window or _done(slots[0])):
                yield self._resolve(slots.popleft())
        while slots:
            yield self._resolve(slots.popleft())


def _done(slot: _Slot) -> bool:
    return slot.future is None or slot.future.done()


def execute(
    entries: Iterable[Item | Result], settings: Settings, jobs: int, worker: Worker = clean_item
) -> Generator[tuple[Item | None, Result], None, None]:
    """Results in input order; ``jobs`` 1 runs in this process, with no pool to start."""
    if jobs <= 1:
        for entry in entries:
            yield (entry, _call(worker, entry, settings)) if isinstance(entry, Item) else (None, entry)
        return
    pool = _Pool(jobs, worker, settings)
    try:
        yield from pool.ordered(entries)
    finally:
        pool.close()


# -- emitting --------------------------------------------------------------------------------
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


class _Progress:
    """A tqdm bar on stderr for batches on a terminal; otherwise just the messages."""

    def __init__(self, err: TextIO, enabled: bool, total: int | None) -> None:
        self._err = err
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="page", file=err, dynamic_ncols=True, leave=False)

    def write(self, text: str) -> None:
        if self._bar is not None:
            self._bar.write(text.rstrip("\n"), file=self._err)
        else:
            self._err.write(text if text.endswith("\n") else text + "\n")

    def step(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def show_progress(err: TextIO) -> bool:
    """On a terminal only, and never in CI logs."""
    return "CI" not in os.environ and bool(getattr(err, "isatty", lambda: False)())


class _Emitter:
    """Prints or writes each result as it comes, and counts them for the summary."""

    def __init__(
        self, settings: Settings, options: BatchOptions, batch: bool, out: TextIO, progress: _Progress
    ) -> None:
        self._out, self._progress = out, progress
        self._json_array = batch and settings.fmt == "json" and options.outdir is None
        self._opened = False
        self.counts: dict[Status, int] = {"cleaned": 0, "skipped": 0, "failed": 0}

    def emit(self, item: Item | None, res: Result) -> None:
        status = res.status
        if status == "failed":
            self._progress.write(f"cleaner: error: {res.message or res.name}")
        elif status == "cleaned":
            for w in res.warnings:
                self._progress.write(f"cleaner: warning: {res.name}: {w}")
            if res.explain:
                self._progress.write(res.explain)
            status = self._output(item, res)
        self.counts[status] += 1
        self._progress.step()

    def _output(self, item: Item | None, res: Result) -> Status:
        text = res.rendered or ""
        target = item.target if item is not None else None
        if target is None:
            self._stdout(text)
            return "cleaned"
        try:
            write_atomic(target, text)
        except OSError as exc:
            self._progress.write(f"cleaner: error: {res.name}: cannot write {target}: {exc.strerror or exc}")
            return "failed"
        return "cleaned"

    def _stdout(self, text: str) -> None:
        if not self._json_array:
            self._out.write(text)
        else:
            self._out.write((",\n" if self._opened else "[\n") + text.rstrip("\n"))
            self._opened = True
        self._out.flush()

    def finish(self) -> None:
        if self._json_array:
            self._out.write("\n]\n" if self._opened else "[]\n")


def _file_inputs(sources: Iterable[_Source]) -> frozenset[Path]:
    return frozenset(s.path.resolve() for s in sources if s.path is not None)


def run_batch(
    inputs: Sequence[str],
    settings: Settings,
    options: BatchOptions,
    *,
    stdin: IO[bytes] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    worker: Worker = clean_item,
) -> int:
    """Clean every input; returns the exit status (0 all cleaned or skipped, 1 any failed).

    ``worker`` is the per-item function run in the workers (tests swap in one that crashes).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    got = collect(inputs, options, stdin or sys.stdin.buffer, settings.max_bytes)
    enabled = options.progress if options.progress is not None else show_progress(err)
    total = None if any(s.kind == "warc" for s in got.sources) else len(got.sources)
    progress = _Progress(err, enabled and got.batch, total)
    emitter = _Emitter(settings, options, got.batch, out, progress)
    try:
        for w in got.warnings:
            progress.write(f"cleaner: warning: {w}")
        entries: Iterable[Item | Result] = expand(got.sources, settings.max_bytes)
        if options.outdir is not None:
            planner = _Planner(
                options.outdir, FORMATS[settings.fmt], _file_inputs(got.sources), options.skip_existing
            )
            entries = map(planner.plan, entries)
        # closing(): a failed write (a closed pipe) stops the workers at once, not at exit
        with contextlib.closing(execute(entries, settings, options.jobs, worker)) as results:
            for item, res in results:
                emitter.emit(item, res)
        emitter.finish()
    finally:
        progress.close()
    c = emitter.counts
    if got.batch:
        err.write(f"cleaner: {c['cleaned']} cleaned, {c['skipped']} skipped, {c['failed']} failed\n")
    return 1 if c["failed"] else 0
