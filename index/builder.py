"""Building an index in a process of its own, for a process that answers questions meanwhile (the bot).

Building parses the new articles with spaCy and embeds their sentences with the library: Python and torch that,
in the answering process, hold the interpreter's lock for milliseconds at a time, so that a question asked during
an add waited for it at each of its numpy calls (the worst of them 138 ms against 31 ms apart, README "Speed and
scale"). Here the build
runs in a child process, which writes the index files as a build always does (index.store, under its file lock);
the answering process then only reads them back. The child is started at the first build (the model's load, about
as long as the answering process took to load it for its first add before) and kept, with its model, for the
next; if it dies, the next build starts a new one."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from index.config import IndexSettings
from index.corpus import Article
from index.errors import CoreError

log = logging.getLogger(__name__)


# How long a build in the child may take before it is taken to hang and is killed: adding the eight unseen-dev
# pages takes about 8 s here and a 10,000-chunk corpus about 90 s, so this is far past any build of news pages.
BUILD_TIMEOUT = 900.0


class BuilderFailed(Exception):
    """The child process stopped before it finished (killed, out of memory): nothing it did was kept."""


class BuildTimedOut(CoreError):
    """A build in the child took longer than its timeout; the child was killed and nothing it did was kept."""


class ProcessBuilder:
    """Builds (or grows) the index of a list of articles in a child process; `close()` ends the child."""

    def __init__(self, model: str = "", batch_size: int = 64, timeout: float = BUILD_TIMEOUT) -> None:
        self.model = model
        self.batch_size = batch_size
        self.timeout = timeout
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._pid = 0  # the child's process id, to kill it if a build hangs

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn: a fresh interpreter, not a copy of this one with its threads and its event loop
                pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
                self._pid = int(pool.submit(os.getpid).result())
                self._pool = pool
            return self._pool

    def start(self) -> int:
        """Start the child now (the first build would) and return its process id."""
        self._executor()
        return self._pid

    def build(self, articles: list[Article], settings: IndexSettings, rebuild: bool = True) -> None:
        """Bring the index files of `settings.dir` up to date for `articles`, in the child. Raises what the
        build raised there (CorpusError, IndexNotBuilt, IndexUnwritable), BuildTimedOut past the timeout (the
        child killed), or BuilderFailed if the child died."""
        try:
            future = self._executor().submit(_build, articles, settings, self.model, self.batch_size, rebuild)
            future.result(timeout=self.timeout)
        except BrokenProcessPool as exc:  # raised by submit once the pool knows, else by the result
            with self._lock:
                self._pool = None  # the next build starts a new child
            raise BuilderFailed(f"the index builder process stopped ({exc})") from exc
        except TimeoutError:
            self._kill()
            raise BuildTimedOut(
                f"indexing took longer than {self.timeout:.0f} s and was stopped (see the bot's log)"
            ) from None

    def _kill(self) -> None:
        """End a child that hangs; the next build starts a new one. The index files are as before the build: a
        build writes its segment aside and puts the manifest in place last (index.storage)."""
        with self._lock:
            pool, pid, self._pool = self._pool, self._pid, None
        log.error("the index build took longer than %.0f s: stopping its process %d", self.timeout, pid)
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


# --- in the child --------------------------------------------------------------------------------------

_EMBEDDERS: dict[tuple[str, int], Any] = {}


def _embedder(model: str, batch_size: int) -> Any:
    from index.embedder import SentenceTransformerEmbedder

    key = (model, batch_size)
    if key not in _EMBEDDERS:
        _EMBEDDERS[key] = SentenceTransformerEmbedder(model, batch_size)
    return _EMBEDDERS[key]


def _build(articles: list[Article], settings: IndexSettings, model: str, batch_size: int, rebuild: bool) -> None:
    from index.store import open_index

    open_index(articles, _embedder(model, batch_size), settings, rebuild=rebuild)
