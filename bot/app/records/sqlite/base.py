"""The SQLite records' connection: the schema and its migrations, one write transaction at a time, and
the answers kept in memory while the file cannot be written.

The records may be out of reach for a while (another process holding the write lock, a read-only or damaged
file, a full disk). Answering never waits on them: an answer that cannot be written is kept in memory and
written with the next write that succeeds. Everything else that cannot be read or written raises
RecordsUnavailable."""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from bot.app.records.interfaces import Change, RecordsUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")

BUSY_WAIT = 5.0  # seconds a write waits for another process's write lock
ANSWER_WAIT = 0.25  # seconds an answer's record may wait: the member is not kept waiting on the records
BACKLOG = 10_000  # answers kept in memory while the records cannot be written

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY,
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    index_version TEXT NOT NULL,
    guild_id INTEGER,
    channel_id INTEGER,
    user_id INTEGER,
    created_at TEXT NOT NULL,
    abstained INTEGER NOT NULL DEFAULT 0  -- 1 when the articles did not answer (schema 2)
);
CREATE TABLE IF NOT EXISTS pins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id TEXT NOT NULL REFERENCES answers(id),
    message_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    guild_id INTEGER,
    pinned_by INTEGER NOT NULL,
    index_version TEXT NOT NULL,
    pinned_at TEXT NOT NULL,
    UNIQUE (answer_id, message_id)
);
CREATE INDEX IF NOT EXISTS pins_guild ON pins (guild_id, pinned_at);
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,          -- "add" | "remove"
    article_id TEXT NOT NULL,
    who TEXT NOT NULL,             -- a Discord user id, or "cli:<login>"
    detail TEXT NOT NULL,          -- JSON: the source's metadata, where the files went
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,                     -- the feed's ETag and Last-Modified: asked with If-None-Match / -Modified-Since
    modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_at TEXT NOT NULL,         -- not read again before this time (the interval, longer after failures)
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS feed_items (
    id TEXT PRIMARY KEY,           -- from the item's link: the same article in two feeds is one item
    link TEXT NOT NULL,
    feed TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,          -- proposed | added | skipped | off topic | in corpus | unreadable
    detail TEXT NOT NULL,          -- why (the score, the article it repeats, the error)
    draft TEXT,                    -- JSON: the article as it would be added (for proposed items)
    message_id INTEGER,            -- the proposal's message in the review channel, once posted
    decided_by TEXT,
    seen_at TEXT NOT NULL,
    decided_at TEXT
);
CREATE TABLE IF NOT EXISTS threads (
    thread_id INTEGER PRIMARY KEY, -- a Discord thread opened on an answer, where follow-ups are asked (schema 3)
    answer_id TEXT NOT NULL,       -- the answer it was opened on
    context_id TEXT NOT NULL,      -- the answer follow-ups are read against: the last one asked of the articles
    guild_id INTEGER,
    opened_by INTEGER,
    opened_at TEXT NOT NULL,
    last_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS votes (
    answer_id TEXT NOT NULL REFERENCES answers(id),
    user_id INTEGER NOT NULL,
    helpful INTEGER NOT NULL,      -- 1 helpful, 0 not helpful
    at TEXT NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);
"""

ANSWER_COLUMNS = "id, question, answer_json, index_version, guild_id, channel_id, user_id, created_at, abstained"
ANSWER_MARKS = ", ".join("?" * 9)
SCHEMA_VERSION = 3  # 1: no version stamped; 2: answers.abstained; 3: threads (created as a new table)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring records written by an older version up to SCHEMA_VERSION, in one transaction; refuse records
    written by a newer version (its columns would be lost or misread)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise RecordsUnavailable(
            f"the records in {path} were written by a newer version of the bot (schema {version}; this one knows"
            f" {SCHEMA_VERSION}): run that version, or restore a backup"
        )
    if version == SCHEMA_VERSION:
        return
    with transaction(conn):
        columns = {row[1] for row in conn.execute("PRAGMA table_info(answers)")}
        if "abstained" not in columns:  # schema 1: read it out of each stored answer once
            conn.execute("ALTER TABLE answers ADD COLUMN abstained INTEGER NOT NULL DEFAULT 0")
            conn.execute("UPDATE answers SET abstained = COALESCE(json_extract(answer_json, '$.abstained'), 0)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed when the block ends, rolled back when it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def insert_changes(conn: sqlite3.Connection, changes: list[Change]) -> None:
    conn.executemany(
        "INSERT INTO changes (action, article_id, who, detail, at) VALUES (?, ?, ?, ?, ?)",
        [(a, aid, who, json.dumps(d, ensure_ascii=False), now()) for a, aid, who, d in changes],
    )


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def reason(exc: BaseException) -> str:
    text = (str(exc).splitlines() or [""])[0]
    return text or type(exc).__name__


class SqliteBase:
    """A small SQLite store in WAL mode; every write is one transaction, committed before it returns."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._opened = False  # open() was called (and close() not since): a lost connection is opened again
        self._unsaved: collections.OrderedDict[str, tuple[Any, ...]] = collections.OrderedDict()

    def open(self) -> SqliteBase:
        """Open (and create) the records; RecordsUnavailable when the file cannot be used."""
        with self._lock:
            self._opened = True
            self._connect()
        return self

    def _connect(self) -> sqlite3.Connection:
        if self._conn is not None:
            return self._conn
        conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_WAIT, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")  # an acknowledged pin survives a crash
            conn.execute("PRAGMA foreign_keys=ON")
            conn.executescript(_SCHEMA)
            _migrate(conn, self.path)
        except RecordsUnavailable:
            if conn is not None:
                conn.close()
            raise
        except (sqlite3.Error, OSError) as exc:
            if conn is not None:
                conn.close()
            raise RecordsUnavailable(f"the records in {self.path} can't be opened: {reason(exc)}") from None
        self._conn = conn
        return conn

    def close(self) -> None:
        with self._lock:
            self._opened = False
            if self._unsaved:
                try:
                    self._flush(self._connect())
                except RecordsUnavailable as exc:
                    log.error("%d answer record(s) could not be written before closing: %s", len(self._unsaved), exc)
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            if not self._opened:
                raise RuntimeError("records are not open")
            return self._connect()
        return self._conn

    def _run(self, verb: str, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work` on the connection under the lock, after writing the answers kept in memory; any database
        failure becomes RecordsUnavailable ("can't be <verb>")."""
        with self._lock:
            try:
                conn = self.conn
                if verb == "read":
                    try:  # a read does not fail for want of writing: what is kept waits for a write
                        self._flush(conn)
                    except RecordsUnavailable:
                        pass
                else:
                    self._flush(conn)
                return work(conn)
            except sqlite3.Error as exc:
                raise RecordsUnavailable(f"the records in {self.path} can't be {verb}: {reason(exc)}") from None

    def _write_or_keep(self, answer_id: str, row: tuple[Any, ...]) -> None:
        """Write an answer's row, waiting at most ANSWER_WAIT for the file; when it can't be written, keep it in
        memory (at most BACKLOG, the oldest dropped first) for the next write that succeeds."""
        with self._lock:
            try:
                conn = self.conn
                conn.execute(f"PRAGMA busy_timeout = {int(ANSWER_WAIT * 1000)}")
                try:
                    self._flush(conn)
                    conn.execute(f"INSERT INTO answers ({ANSWER_COLUMNS}) VALUES ({ANSWER_MARKS})", row)
                finally:
                    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_WAIT * 1000)}")
            except (sqlite3.Error, RecordsUnavailable) as exc:
                if len(self._unsaved) >= BACKLOG:
                    lost, _ = self._unsaved.popitem(last=False)
                    log.error("answer record %s dropped: %d records wait to be written already", lost, BACKLOG)
                self._unsaved[answer_id] = row
                log.warning("answer %s kept in memory (%d waiting): %s", answer_id, len(self._unsaved), exc)

    def _flush(self, conn: sqlite3.Connection) -> None:
        """Write the answers that could not be written when they were given (oldest first, one transaction)."""
        if not self._unsaved:
            return
        try:
            with transaction(conn):
                conn.executemany(
                    f"INSERT OR IGNORE INTO answers ({ANSWER_COLUMNS}) VALUES ({ANSWER_MARKS})",
                    self._unsaved.values(),
                )
        except sqlite3.Error as exc:
            raise RecordsUnavailable(f"the records in {self.path} can't be written: {reason(exc)}") from None
        log.info("wrote %d answer record(s) kept while the records were unavailable", len(self._unsaved))
        self._unsaved.clear()

    @property
    def unsaved(self) -> int:
        """How many answers wait in memory for the records to be writable again."""
        return len(self._unsaved)

    def check_writable(self) -> None:
        """RecordsUnavailable unless a write could be made now (taken and given back at once): a change to the
        articles asks this before it touches a file."""

        def probe(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")

        self._run("written", probe)
