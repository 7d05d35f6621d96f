"""What a customer search is, for the search box and the customer picker; ``ui.jobs`` runs it.

``SearchRunner.request(text)`` asks ``carebook.services.search.search(text, limit=...)`` after
``DEBOUNCE_MS`` of quiet typing (an empty text cancels); ``run_now(text)`` asks at once (Enter).
``results(query, hits)`` / ``failed(query, message)`` arrive on the UI thread for the newest request
only (``BackgroundJobs``: newest wins, errors logged, the worker's connection closed after each query).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.jobs import BackgroundJobs

DEBOUNCE_MS = 150
_KEY = "search"

SearchFunc = Callable[..., Sequence[Any]]


class SearchRunner(QObject):
    results = Signal(str, object)  # query, list of SearchHit
    failed = Signal(str, str)  # query, message

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        search_func: SearchFunc | None = None,
        limit: int | None = None,  # None: as many as the core's search box shows
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._func = search_func
        self.limit = limit
        self.debounce_ms = debounce_ms
        self.jobs = BackgroundJobs(self)

    @property
    def busy(self) -> bool:
        """Waiting for typing to pause, or a query in flight."""
        return self.jobs.busy(_KEY)

    @property
    def debouncing(self) -> bool:
        return self.jobs.debouncing(_KEY)

    def request(self, query: str) -> None:
        """Search for ``query`` after a pause in typing; an empty query cancels."""
        self._ask(query, self.debounce_ms)

    def run_now(self, query: str) -> None:
        """Search for ``query`` at once (Enter); an empty query cancels."""
        self._ask(query, None)

    def _ask(self, query: str, delay_ms: int | None) -> None:
        query = query.strip()
        if not query:
            self.cancel()
            return
        func = self._func or _service_search()
        limit = self.limit if self.limit is not None else _search_box_limit()
        work = partial(_hits, func, query, limit)
        done, failed = partial(self.results.emit, query), partial(self.failed.emit, query)
        if delay_ms is None:
            self.jobs.run(_KEY, work, done=done, failed=failed)
        else:
            self.jobs.run_later(_KEY, delay_ms, work, done=done, failed=failed)

    def cancel(self) -> None:
        self.jobs.forget(_KEY)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop waiting and wait for a running query (call before closing the database)."""
        self.jobs.shutdown(timeout_ms)


def _hits(func: SearchFunc, query: str, limit: int) -> list[Any]:
    return list(func(query, limit=limit))


def _service_search() -> SearchFunc:
    from carebook.services import search

    return search.search


def _search_box_limit() -> int:
    from carebook.services import search

    return search.SEARCH_BOX_LIMIT
