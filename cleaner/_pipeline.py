"""Named filters in an explicit order, in the manner of a rule chain.

A :class:`Filter` is a small pure function ``Document -> None`` that labels
blocks (never deletes them) plus a name and a one-line description. A
:class:`Pipeline` holds filters in order; it is edited by *name*
(``before``/``after``/``replace``/``remove``/``enable``/``disable``), never by
numeric priority. Third-party filters arrive through the ``cleaner.filters``
entry-point group and say where they go with ``before=`` or ``after=``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib.metadata import entry_points

from ._errors import PipelineError
from ._model import Document

ENTRY_POINT_GROUP = "cleaner.filters"


@dataclass(frozen=True)
class Filter:
    """A named pipeline step.

    ``func`` receives the Document and labels or repairs its blocks through
    :meth:`Block.label` / :meth:`Block.set_text`, so every change is traced.
    ``kinds`` limits it to "text" or "html" documents. ``before``/``after``
    are placement hints used when a plugin is added to the default pipeline.
    """

    name: str
    func: Callable[[Document], None]
    description: str
    enabled: bool = True
    kinds: frozenset[str] = field(default_factory=lambda: frozenset({"text", "html"}))
    before: str | None = None
    after: str | None = None

    def __call__(self, doc: Document) -> None:
        self.func(doc)


class Pipeline:
    """An ordered, editable list of filters."""

    def __init__(self, filters: Iterable[Filter] = ()) -> None:
        self._filters: list[Filter] = []
        for f in filters:
            self.add(f)

    # -- construction -------------------------------------------------------
    @classmethod
    def default(cls, *, plugins: bool = True) -> Pipeline:
        """The built-in filters, plus installed plugins unless ``plugins=False``."""
        from ._filters import BUILTIN_FILTERS

        pipe = cls(BUILTIN_FILTERS)
        if plugins:
            for f in _plugin_filters():
                where_before = f.before
                where_after = f.after
                if where_before is None and where_after is None:
                    where_before = "body"  # see the blocks before the final labelling
                pipe.add(f, before=where_before, after=where_after)
        return pipe

    def copy(self) -> Pipeline:
        new = Pipeline()
        new._filters = list(self._filters)
        return new

    # -- inspection ---------------------------------------------------------
    def __iter__(self) -> Iterator[Filter]:
        return iter(self._filters)

    def __len__(self) -> int:
        return len(self._filters)

    def __contains__(self, name: object) -> bool:
        return any(f.name == name for f in self._filters)

    def names(self, *, enabled_only: bool = False) -> list[str]:
        return [f.name for f in self._filters if f.enabled or not enabled_only]

    def get(self, name: str) -> Filter:
        return self._filters[self._index(name)]

    def _index(self, name: str) -> int:
        for i, f in enumerate(self._filters):
            if f.name == name:
                return i
        known = ", ".join(f.name for f in self._filters) or "none"
        raise PipelineError(f"unknown filter {name!r} (known: {known})")

    # -- editing ------------------------------------------------------------
    def add(self, flt: Filter, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Insert ``flt`` before or after a named filter (default: at the end)."""
        if before is not None and after is not None:
            raise PipelineError(f"filter {flt.name!r}: give before= or after=, not both")
        if flt.name in self:
            raise PipelineError(f"filter {flt.name!r} is already in the pipeline")
        if before is not None:
            self._filters.insert(self._index(before), flt)
        elif after is not None:
            self._filters.insert(self._index(after) + 1, flt)
        else:
            self._filters.append(flt)
        return self

    def remove(self, name: str) -> Pipeline:
        del self._filters[self._index(name)]
        return self

    def replace(self, name: str, flt: Filter) -> Pipeline:
        self._filters[self._index(name)] = flt
        return self

    def enable(self, *names: str) -> Pipeline:
        for n in names:
            i = self._index(n)
            self._filters[i] = replace(self._filters[i], enabled=True)
        return self

    def disable(self, *names: str) -> Pipeline:
        for n in names:
            i = self._index(n)
            self._filters[i] = replace(self._filters[i], enabled=False)
        return self

    # -- running ------------------------------------------------------------
    def run(self, doc: Document) -> Document:
        for f in self._filters:
            if f.enabled and doc.kind in f.kinds:
                try:
                    f(doc)
                except Exception as exc:  # a plugin bug must name the plugin
                    if isinstance(exc, PipelineError):
                        raise
                    from ._errors import CleanerError

                    if isinstance(exc, CleanerError):
                        raise
                    raise PipelineError(f"filter {f.name!r} failed on {doc.source}: {exc!r}") from exc
        return doc


@functools.lru_cache(maxsize=1)
def _plugin_filters() -> tuple[Filter, ...]:
    """Filters registered by installed packages under ``cleaner.filters``.

    Each entry point names a :class:`Filter` or a zero-argument callable
    returning one. Loaded on first use, never at import time.
    """
    found: list[Filter] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
            flt = obj if isinstance(obj, Filter) else obj()
        except Exception as exc:
            raise PipelineError(f"plugin filter {ep.name!r} ({ep.value}) failed to load: {exc}") from exc
        if not isinstance(flt, Filter):
            raise PipelineError(f"plugin filter {ep.name!r} ({ep.value}) is not a cleaner.Filter")
        found.append(flt)
    return tuple(found)
