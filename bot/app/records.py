"""The bot's records in SQLite: every answer it gave, and who pinned which one on what index version.

The records may be out of reach for a while (another process holding the write lock, a read-only or damaged
file, a full disk). Answering never waits on them: an answer that cannot be written is kept in memory and
written with the next write that succeeds. Everything else that cannot be read or written raises
RecordsUnavailable, whose message is one line for a member or an operator."""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from index.answer import Answer

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


@dataclasses.dataclass(frozen=True)
class PinRecord:
    """Who pinned which answer, when, and on which version of the corpus and index."""

    answer_id: str
    question: str
    quotes: tuple[dict[str, Any], ...]
    message_id: int
    channel_id: int
    guild_id: int | None
    pinned_by: int
    index_version: str
    pinned_at: str


_ANSWER_COLUMNS = "id, question, answer_json, index_version, guild_id, channel_id, user_id, created_at, abstained"
_ANSWER_MARKS = ", ".join("?" * 9)
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
    with _transaction(conn):
        columns = {row[1] for row in conn.execute("PRAGMA table_info(answers)")}
        if "abstained" not in columns:  # schema 1: read it out of each stored answer once
            conn.execute("ALTER TABLE answers ADD COLUMN abstained INTEGER NOT NULL DEFAULT 0")
            conn.execute("UPDATE answers SET abstained = COALESCE(json_extract(answer_json, '$.abstained'), 0)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed when the block ends, rolled back when it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _insert_changes(conn: sqlite3.Connection, changes: list[tuple[str, str, str, dict[str, Any]]]) -> None:
    conn.executemany(
        "INSERT INTO changes (action, article_id, who, detail, at) VALUES (?, ?, ?, ?, ?)",
        [(a, aid, who, json.dumps(d, ensure_ascii=False), _now()) for a, aid, who, d in changes],
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class RecordsUnavailable(Exception):
    """The records file cannot be read or written now; the message says which file and why, in one line."""


def _reason(exc: BaseException) -> str:
    text = (str(exc).splitlines() or [""])[0]
    return text or type(exc).__name__


class Records:
    """A small SQLite store in WAL mode; every write is one transaction, committed before it returns."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._opened = False  # open() was called (and close() not since): a lost connection is opened again
        self._unsaved: collections.OrderedDict[str, tuple[Any, ...]] = collections.OrderedDict()

    def open(self) -> Records:
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
            raise RecordsUnavailable(f"the records in {self.path} can't be opened: {_reason(exc)}") from None
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
                raise RecordsUnavailable(f"the records in {self.path} can't be {verb}: {_reason(exc)}") from None

    def _flush(self, conn: sqlite3.Connection) -> None:
        """Write the answers that could not be written when they were given (oldest first, one transaction)."""
        if not self._unsaved:
            return
        try:
            with _transaction(conn):
                conn.executemany(
                    f"INSERT OR IGNORE INTO answers ({_ANSWER_COLUMNS}) VALUES ({_ANSWER_MARKS})",
                    self._unsaved.values(),
                )
        except sqlite3.Error as exc:
            raise RecordsUnavailable(f"the records in {self.path} can't be written: {_reason(exc)}") from None
        log.info("wrote %d answer record(s) kept while the records were unavailable", len(self._unsaved))
        self._unsaved.clear()

    @property
    def unsaved(self) -> int:
        """How many answers wait in memory for the records to be writable again."""
        return len(self._unsaved)

    def save_answer(self, answer: Answer, guild_id: int | None, channel_id: int | None, user_id: int | None) -> str:
        """Store an answer as given; its id goes into the Pin button's custom_id. Never fails: when the records
        cannot be written within ANSWER_WAIT, the answer is kept in memory and written later."""
        answer_id = secrets.token_hex(8)
        row = (
            answer_id,
            answer.question,
            json.dumps(answer.as_json(), ensure_ascii=False),
            answer.index_version,
            guild_id,
            channel_id,
            user_id,
            _now(),
            int(answer.abstained),
        )
        with self._lock:
            try:
                conn = self.conn
                conn.execute(f"PRAGMA busy_timeout = {int(ANSWER_WAIT * 1000)}")
                try:
                    self._flush(conn)
                    conn.execute(f"INSERT INTO answers ({_ANSWER_COLUMNS}) VALUES ({_ANSWER_MARKS})", row)
                finally:
                    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_WAIT * 1000)}")
            except (sqlite3.Error, RecordsUnavailable) as exc:
                if len(self._unsaved) >= BACKLOG:
                    lost, _ = self._unsaved.popitem(last=False)
                    log.error("answer record %s dropped: %d records wait to be written already", lost, BACKLOG)
                self._unsaved[answer_id] = row
                log.warning("answer %s kept in memory (%d waiting): %s", answer_id, len(self._unsaved), exc)
        return answer_id

    def answer(self, answer_id: str) -> dict[str, Any] | None:
        with self._lock:
            kept = self._unsaved.get(answer_id)
            if kept is not None:
                return dict(json.loads(kept[2]))
        row = self._run(
            "read", lambda c: c.execute("SELECT answer_json FROM answers WHERE id = ?", (answer_id,)).fetchone()
        )
        return json.loads(row[0]) if row else None

    def check_writable(self) -> None:
        """RecordsUnavailable unless a write could be made now (taken and given back at once): a change to the
        articles asks this before it touches a file."""

        def probe(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")

        self._run("written", probe)

    def record_pin(
        self, answer_id: str, message_id: int, channel_id: int, guild_id: int | None, pinned_by: int
    ) -> PinRecord:
        """Record a pin in one transaction; pinning the same message again keeps the first record. KeyError
        when there is no such answer."""

        def work(conn: sqlite3.Connection) -> None:
            with _transaction(conn):
                row = conn.execute("SELECT index_version FROM answers WHERE id = ?", (answer_id,)).fetchone()
                if row is None:
                    raise KeyError(answer_id)
                conn.execute(
                    "INSERT OR IGNORE INTO pins (answer_id, message_id, channel_id, guild_id, pinned_by,"
                    " index_version, pinned_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (answer_id, message_id, channel_id, guild_id, pinned_by, row[0], _now()),
                )

        self._run("written", work)
        return next(p for p in self.pins() if p.answer_id == answer_id and p.message_id == message_id)

    def record_change(self, action: str, article_id: str, who: str, detail: dict[str, Any]) -> None:
        """Who added or removed which article, and when."""
        self.record_changes([(action, article_id, who, detail)])

    def record_changes(self, changes: list[tuple[str, str, str, dict[str, Any]]]) -> None:
        """Several changes (action, article id, who, detail) in one transaction: all recorded or none."""

        def work(conn: sqlite3.Connection) -> None:
            with _transaction(conn):
                _insert_changes(conn, changes)

        self._run("written", work)

    def feed_state(self, url: str) -> tuple[str | None, str | None, int, str | None]:
        """(ETag, Last-Modified, failures in a row, next time to read it) of a feed; nothing known: Nones."""
        row = self._run(
            "read",
            lambda c: c.execute("SELECT etag, modified, failures, next_at FROM feeds WHERE url = ?", (url,)).fetchone(),
        )
        return (row[0], row[1], int(row[2]), row[3]) if row else (None, None, 0, None)

    def save_feed_state(
        self, url: str, etag: str | None, modified: str | None, failures: int, next_at: str, error: str | None
    ) -> None:
        self._run(
            "written",
            lambda c: c.execute(
                "INSERT INTO feeds (url, etag, modified, failures, next_at, last_error) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, modified = excluded.modified,"
                " failures = excluded.failures, next_at = excluded.next_at, last_error = excluded.last_error",
                (url, etag, modified, failures, next_at, error),
            ),
        )

    def feed_items_seen(self, ids: list[str]) -> set[str]:
        """Which of these item ids are known already (proposed, decided or left out before)."""
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        rows = self._run(
            "read", lambda c: c.execute(f"SELECT id FROM feed_items WHERE id IN ({marks})", ids).fetchall()
        )
        return {r[0] for r in rows}

    def record_feed_item(
        self, item_id: str, link: str, feed: str, title: str, status: str, detail: str, draft: dict[str, Any] | None
    ) -> None:
        """A new item and what became of it; an item already known keeps its first record."""
        self._run(
            "written",
            lambda c: c.execute(
                "INSERT OR IGNORE INTO feed_items (id, link, feed, title, status, detail, draft, seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (item_id, link, feed, title, status, detail, json.dumps(draft) if draft else None, _now()),
            ),
        )

    def feed_item(self, item_id: str) -> dict[str, Any] | None:
        row = self._run(
            "read",
            lambda c: c.execute(
                "SELECT id, link, feed, title, status, detail, draft, message_id, decided_by FROM feed_items"
                " WHERE id = ?",
                (item_id,),
            ).fetchone(),
        )
        if row is None:
            return None
        keys = ("id", "link", "feed", "title", "status", "detail", "draft", "message_id", "decided_by")
        item = dict(zip(keys, row, strict=True))
        item["draft"] = json.loads(item["draft"]) if item["draft"] else None
        return item

    def unposted_proposals(self) -> list[str]:
        """Ids of proposed items not yet posted to the review channel, oldest first."""
        rows = self._run(
            "read",
            lambda c: c.execute(
                "SELECT id FROM feed_items WHERE status = 'proposed' AND message_id IS NULL ORDER BY seen_at, id"
            ).fetchall(),
        )
        return [r[0] for r in rows]

    def mark_posted(self, item_id: str, message_id: int) -> None:
        self._run(
            "written", lambda c: c.execute("UPDATE feed_items SET message_id = ? WHERE id = ?", (message_id, item_id))
        )

    def decide_feed_item(
        self, item_id: str, status: str, who: str, change: tuple[str, str, str, dict[str, Any]] | None = None
    ) -> bool:
        """Mark a proposal added or skipped, with `change` (action, article id, who, detail) in the change log
        in the same transaction; False if it was decided already (the first decision stands)."""

        def work(conn: sqlite3.Connection) -> bool:
            with _transaction(conn):
                cur = conn.execute(
                    "UPDATE feed_items SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"
                    " AND status = 'proposed'",
                    (status, who, _now(), item_id),
                )
                decided = cur.rowcount == 1
                if decided and change is not None:
                    _insert_changes(conn, [change])
            return decided

        return self._run("written", work)

    def open_thread(self, thread_id: int, answer_id: str, guild_id: int | None, opened_by: int) -> None:
        """A conversation opened on an answer: follow-ups in the thread are read against it."""
        now = _now()
        self._run(
            "written",
            lambda c: c.execute(
                "INSERT OR IGNORE INTO threads VALUES (?, ?, ?, ?, ?, ?, ?)",
                (thread_id, answer_id, answer_id, guild_id, opened_by, now, now),
            ),
        )

    def thread_of(self, answer_id: str) -> int | None:
        """The thread opened on an answer, if one was."""
        row = self._run(
            "read", lambda c: c.execute("SELECT thread_id FROM threads WHERE answer_id = ?", (answer_id,)).fetchone()
        )
        return int(row[0]) if row else None

    def thread(self, thread_id: int) -> tuple[dict[str, Any], str] | None:
        """The answer a thread's follow-ups are read against, and when the thread was last asked in."""

        def work(c: sqlite3.Connection) -> Any:
            return c.execute(
                "SELECT a.answer_json, t.last_at FROM threads t JOIN answers a ON a.id = t.context_id"
                " WHERE t.thread_id = ?",
                (thread_id,),
            ).fetchone()

        row = self._run("read", work)
        if row is None:
            return None
        return json.loads(row[0]), str(row[1])

    def follow_up(self, thread_id: int, context_id: str | None) -> None:
        """A follow-up was asked in the thread; `context_id`: the answer later follow-ups are read against."""
        self._run(
            "written",
            lambda c: c.execute(
                "UPDATE threads SET last_at = ?, context_id = COALESCE(?, context_id) WHERE thread_id = ?",
                (_now(), context_id, thread_id),
            ),
        )

    def changes(self) -> list[tuple[str, str, str, str, str]]:
        query = "SELECT at, action, article_id, who, detail FROM changes ORDER BY id"
        return self._run("read", lambda c: c.execute(query).fetchall())

    def vote(self, answer_id: str, user_id: int, helpful: bool) -> None:
        """One vote per member and answer; voting again changes it."""
        self._run(
            "written",
            lambda c: c.execute(
                "INSERT INTO votes VALUES (?, ?, ?, ?) ON CONFLICT(answer_id, user_id) DO UPDATE SET"
                " helpful = excluded.helpful, at = excluded.at",
                (answer_id, user_id, int(helpful), _now()),
            ),
        )

    def votes(self, answer_id: str) -> tuple[int, int]:
        """(helpful, not helpful) for an answer."""
        row = self._run(
            "read",
            lambda c: c.execute(
                "SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(1 - helpful), 0) FROM votes WHERE answer_id = ?",
                (answer_id,),
            ).fetchone(),
        )
        return int(row[0]), int(row[1])

    def asked_since(self, since: str, guild_id: int | None = None) -> list[tuple[str, bool, str, str]]:
        """(question, abstained, created_at, answer id) of every answer given since an ISO time."""
        query = "SELECT question, abstained, created_at, id FROM answers WHERE created_at >= ?"
        args: tuple[Any, ...] = (since,)
        if guild_id is not None:
            query += " AND guild_id = ?"
            args += (guild_id,)
        rows = self._run("read", lambda c: c.execute(query + " ORDER BY created_at", args).fetchall())
        return [(q, bool(a), at, aid) for q, a, at, aid in rows]

    def answered_questions(self, since: str) -> list[tuple[int | None, int | None, str]]:
        """(guild id, member id, question) of every question the articles answered since an ISO time."""
        return self._run(
            "read",
            lambda c: c.execute(
                "SELECT guild_id, user_id, question FROM answers WHERE created_at >= ? AND abstained = 0", (since,)
            ).fetchall(),
        )

    def voted_not_helpful_since(self, since: str, guild_id: int | None = None) -> list[tuple[str, str, int, int]]:
        """(answer id, question, helpful, not helpful) for answers voted not helpful more than helpful."""
        query = (
            "SELECT a.id, a.question, SUM(v.helpful), SUM(1 - v.helpful) FROM votes v JOIN answers a ON a.id ="
            " v.answer_id WHERE v.at >= ?"
            + (" AND a.guild_id = ?" if guild_id is not None else "")
            + " GROUP BY a.id HAVING SUM(1 - v.helpful) > SUM(v.helpful) ORDER BY SUM(1 - v.helpful) DESC"
        )
        args: tuple[Any, ...] = (since,) if guild_id is None else (since, guild_id)
        rows = self._run("read", lambda c: c.execute(query, args).fetchall())
        return [(r[0], r[1], int(r[2]), int(r[3])) for r in rows]

    def pins(self, guild_id: int | None = None) -> list[PinRecord]:
        query = (
            "SELECT p.answer_id, a.answer_json, p.message_id, p.channel_id, p.guild_id, p.pinned_by,"
            " p.index_version, p.pinned_at FROM pins p JOIN answers a ON a.id = p.answer_id"
        )
        args: tuple[Any, ...] = ()
        if guild_id is not None:
            query += " WHERE p.guild_id = ?"
            args = (guild_id,)
        rows = self._run("read", lambda c: c.execute(query + " ORDER BY p.id", args).fetchall())
        out = []
        for answer_id, answer_json, message_id, channel_id, gid, by, version, at in rows:
            data = json.loads(answer_json)
            out.append(
                PinRecord(
                    answer_id, data["question"], tuple(data["quotes"]), message_id, channel_id, gid, by, version, at
                )
            )
        return out


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Records]:
    """The records at `path`, open for a block and closed after it (a command's use); RecordsUnavailable when
    they can't be opened."""
    records = Records(path).open()
    try:
        yield records
    finally:
        records.close()
