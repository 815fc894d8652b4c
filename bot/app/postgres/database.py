"""One PostgreSQL database: its connection pool, its schema and the migrations a new version applies on start.

Every failure to reach it or use it becomes RecordsUnavailable, in one line that names the database by host,
port and name, never by user or password."""

from __future__ import annotations

import contextlib
import logging
import threading
import urllib.parse
from collections.abc import Iterator

import psycopg
import psycopg_pool

from bot.app.records.interfaces import RecordsUnavailable
from bot.config import database_label

log = logging.getLogger(__name__)

CONNECT_WAIT = 5.0  # seconds to wait for a connection (the server down: the change is refused after this)
STATEMENT_WAIT_MS = 15_000  # no statement of ours runs longer; a lock held elsewhere can't hang a command
ARTICLES_CHANNEL = "articles_changed"  # NOTIFY channel: an article was added or removed (payload: its id)
_MIGRATION_LOCK = 7_310_001  # pg_advisory_xact_lock key: one process migrates at a time

# Each step brings the schema from the version before it to its own; a new version of the bot adds a step.
MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
CREATE TABLE answers (
    id TEXT PRIMARY KEY,
    n BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order answers were written in
    question TEXT NOT NULL,
    answer_json JSON NOT NULL,             -- JSON, not JSONB: kept as written, keys in order
    index_version TEXT NOT NULL,
    guild_id BIGINT,
    channel_id BIGINT,
    user_id BIGINT,
    created_at TIMESTAMPTZ NOT NULL,
    abstained BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX answers_created ON answers (created_at);
CREATE TABLE pins (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    answer_id TEXT NOT NULL REFERENCES answers(id),
    message_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    guild_id BIGINT,
    pinned_by BIGINT NOT NULL,
    index_version TEXT NOT NULL,
    pinned_at TIMESTAMPTZ NOT NULL,
    UNIQUE (answer_id, message_id)
);
CREATE INDEX pins_guild ON pins (guild_id, pinned_at);
CREATE TABLE votes (
    answer_id TEXT NOT NULL REFERENCES answers(id),
    user_id BIGINT NOT NULL,
    helpful BOOLEAN NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);
CREATE TABLE changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action TEXT NOT NULL,
    article_id TEXT NOT NULL,
    who TEXT NOT NULL,
    detail JSON NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_at TEXT NOT NULL,
    last_error TEXT
);
CREATE TABLE feed_items (
    id TEXT PRIMARY KEY,
    link TEXT NOT NULL,
    feed TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    detail TEXT NOT NULL,
    draft JSON,
    message_id BIGINT,
    decided_by TEXT,
    seen_at TIMESTAMPTZ NOT NULL,
    decided_at TIMESTAMPTZ
);
CREATE TABLE threads (
    thread_id BIGINT PRIMARY KEY,
    answer_id TEXT NOT NULL,
    context_id TEXT NOT NULL,
    guild_id BIGINT,
    opened_by BIGINT,
    opened_at TIMESTAMPTZ NOT NULL,
    last_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,            -- verbatim, as the corpus folder's NAME.txt
    meta_toml TEXT NOT NULL,       -- verbatim, as its NAME.toml
    added_at TIMESTAMPTZ NOT NULL,
    added_by TEXT NOT NULL,
    removed_at TIMESTAMPTZ,        -- set when removed: the article is kept, no longer answered from
    removed_by TEXT
);
CREATE TABLE asks (                -- questions asked, for the members' cooldown across every process
    user_id BIGINT NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX asks_user ON asks (user_id, at);
""",
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


class Database:
    """A pool of connections to one database, opened on first use; each use is one transaction."""

    def __init__(self, url: str, pool_size: int = 4) -> None:
        self._url = url
        self.label = f"the database at {database_label(url)}"
        self._pool_size = max(1, pool_size)
        self._pool: psycopg_pool.ConnectionPool | None = None
        self._migrated = False  # the schema was checked (and brought up to date) by this process
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        """The address (with its password): for a connection of its own, never for a message."""
        return self._url

    def open(self) -> psycopg_pool.ConnectionPool:
        """The pool, opened on first use (and again after `close`)."""
        with self._lock:
            if self._pool is None:
                self._pool = psycopg_pool.ConnectionPool(
                    self._url,
                    min_size=1,
                    max_size=self._pool_size,
                    open=False,
                    timeout=CONNECT_WAIT,
                    kwargs={"autocommit": True, "options": f"-c statement_timeout={STATEMENT_WAIT_MS}"},
                    check=psycopg_pool.ConnectionPool.check_connection,  # one the server dropped is replaced
                    reconnect_timeout=0,  # keeps trying to reconnect in the background, never gives up
                    name="records",
                )
                self._pool.open(wait=False)
            return self._pool

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None

    def unavailable(self, verb: str, exc: BaseException) -> RecordsUnavailable:
        """The failure as one line naming the database, with the password scrubbed from the driver's words."""
        text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        if isinstance(exc, psycopg_pool.PoolTimeout):
            text = f"no connection within {CONNECT_WAIT:g} s (is the server running and reachable?)"
        for secret in _secrets(self._url):
            text = text.replace(secret, "***")
        return RecordsUnavailable(f"{self.label} can't be {verb}: {text}")

    @contextlib.contextmanager
    def transaction(self, verb: str, timeout: float | None = None) -> Iterator[psycopg.Connection]:
        """A connection in one transaction: committed when the block ends, rolled back when it raises; a failure
        of the database becomes RecordsUnavailable ("can't be <verb>"). The first use brings the schema up to
        date (see `migrate`)."""
        if not self._migrated:
            self.migrate(timeout)
        with self._connection(verb, timeout) as conn:
            yield conn

    @contextlib.contextmanager
    def _connection(self, verb: str, timeout: float | None = None) -> Iterator[psycopg.Connection]:
        pool = self.open()
        try:
            with pool.connection(timeout=timeout) as conn, conn.transaction():
                yield conn
        except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:
            raise self.unavailable(verb, exc) from None

    def migrate(self, timeout: float | None = None) -> tuple[int, int]:
        """Bring the schema up to SCHEMA_VERSION in one transaction (one process at a time); (before, after).
        RecordsUnavailable when the database was set up by a newer version of the bot."""
        with self._connection("migrated", timeout) as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            before = int(row[0]) if row and row[0] is not None else 0
            if before > SCHEMA_VERSION:
                raise RecordsUnavailable(
                    f"{self.label} was set up by a newer version of the bot (schema {before}; this one knows"
                    f" {SCHEMA_VERSION}): run that version"
                )
            for version, sql in MIGRATIONS:
                if version > before:
                    conn.execute(sql)
                    conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
                    log.info("%s: schema %d applied", self.label, version)
        self._migrated = True
        return before, max(before, SCHEMA_VERSION)


def _secrets(url: str) -> list[str]:
    """The parts of an address that must never be shown: its password (raw and as written in the address)."""
    parts = urllib.parse.urlsplit(url)
    found = [p for p in (parts.password, urllib.parse.unquote(parts.password or "")) if p]
    query = urllib.parse.parse_qs(parts.query)
    found += [v for v in query.get("password", []) if v]
    return found


__all__ = ["ARTICLES_CHANNEL", "SCHEMA_VERSION", "Database"]
