"""Following the articles in the database: a thread that LISTENs for article changes (NOTIFY articles_changed,
sent by the transaction that adds or removes one) and calls back at once, and every `check_seconds` besides,
so a notification missed while the connection was down is caught up. A dropped connection is opened again by
itself, waiting longer after each failure."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import psycopg

from bot.app.postgres.database import ARTICLES_CHANNEL, CONNECT_WAIT, Database

log = logging.getLogger(__name__)

MAX_RETRY_WAIT = 30.0  # seconds between tries to reconnect, at most


class ArticleFollower:
    """Calls `changed()` (in its own thread) when another process changed the articles, and on every check."""

    def __init__(self, database: Database, changed: Callable[[], object], check_seconds: float = 30.0) -> None:
        self.db = database
        self.changed = changed
        self.check_seconds = check_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set while the LISTEN connection is up (for tests and logs)
        self._last = 0.0  # when changed() was last called (time.monotonic)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="article-follower", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=CONNECT_WAIT + 2)

    def _run(self) -> None:
        wait = 1.0
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.db.url, autocommit=True, connect_timeout=int(CONNECT_WAIT)) as conn:
                    conn.execute(f"LISTEN {ARTICLES_CHANNEL}")
                    self.listening.set()
                    wait = 1.0
                    self._call()  # whatever changed while it was not listening
                    while not self._stop.is_set():
                        heard = list(conn.notifies(timeout=min(self.check_seconds, 1.0), stop_after=100))
                        if heard or self._due():
                            self._call()
            except psycopg.Error as exc:
                self.listening.clear()
                log.warning("%s; listening again in %.0f s", self.db.unavailable("followed", exc), wait)
                self._stop.wait(wait)
                wait = min(wait * 2, MAX_RETRY_WAIT)
        self.listening.clear()

    def _due(self) -> bool:
        return time.monotonic() - self._last >= self.check_seconds

    def _call(self) -> None:
        self._last = time.monotonic()
        try:
            self.changed()
        except Exception:
            log.exception("bringing the index up to date with the database failed; trying again at the next change")


__all__ = ["ArticleFollower"]
