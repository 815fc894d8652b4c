"""Pages fetched for /addsource in a small pool of their own: a slow site can hold at most its threads, never
the threads that save answers, pins and votes; more fetches at once are refused; closing the pool stops them."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

FETCH_WORKERS = 2  # pages fetched (and their text extracted) at once; a third request is asked to wait


class Busy(Exception):
    """Every fetch thread is taken."""


class FetchPool:
    """Runs fetches and page extraction in its own threads, at most FETCH_WORKERS at a time."""

    def __init__(self, workers: int = FETCH_WORKERS) -> None:
        self.workers = workers
        self.stopping = threading.Event()  # fetches look at it between pieces of a page (bot.app.articles.fetch)
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch")
        self._in_flight = 0

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """`fn(*args)` in a fetch thread; Busy when every thread is taken (nothing is queued behind a slow site)."""
        if self._in_flight >= self.workers:
            raise Busy(f"{self.workers} pages are being fetched already; try again in a minute")
        self._in_flight += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, lambda: fn(*args))
        finally:
            self._in_flight -= 1

    def close(self) -> None:
        """Stop: running fetches end at their next piece of page, queued work is dropped."""
        self.stopping.set()
        self._executor.shutdown(wait=False, cancel_futures=True)
