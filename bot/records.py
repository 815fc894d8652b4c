"""The bot's records in SQLite: every answer it gave, and who pinned which one on what index version."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import secrets
import sqlite3
import threading
from pathlib import Path
from typing import Any

from index.answer import Answer

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY,
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    index_version TEXT NOT NULL,
    guild_id INTEGER,
    channel_id INTEGER,
    user_id INTEGER,
    created_at TEXT NOT NULL
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


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Records:
    """A small SQLite store in WAL mode; every write is one transaction, committed before it returns."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def open(self) -> Records:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # an acknowledged pin survives a crash
        conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(_SCHEMA)
        self._conn = conn
        return self

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("records are not open")
        return self._conn

    def save_answer(self, answer: Answer, guild_id: int | None, channel_id: int | None, user_id: int | None) -> str:
        """Store an answer as given; its id goes into the Pin button's custom_id."""
        answer_id = secrets.token_hex(8)
        with self._lock:
            self.conn.execute(
                "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer_id,
                    answer.question,
                    json.dumps(answer.as_json(), ensure_ascii=False),
                    answer.index_version,
                    guild_id,
                    channel_id,
                    user_id,
                    _now(),
                ),
            )
        return answer_id

    def answer(self, answer_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self.conn.execute("SELECT answer_json FROM answers WHERE id = ?", (answer_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def record_pin(
        self, answer_id: str, message_id: int, channel_id: int, guild_id: int | None, pinned_by: int
    ) -> PinRecord:
        """Record a pin in one transaction; pinning the same message again keeps the first record."""
        with self._lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute("SELECT index_version FROM answers WHERE id = ?", (answer_id,)).fetchone()
                if row is None:
                    raise KeyError(answer_id)
                conn.execute(
                    "INSERT OR IGNORE INTO pins (answer_id, message_id, channel_id, guild_id, pinned_by,"
                    " index_version, pinned_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (answer_id, message_id, channel_id, guild_id, pinned_by, row[0], _now()),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return next(p for p in self.pins() if p.answer_id == answer_id and p.message_id == message_id)

    def record_change(self, action: str, article_id: str, who: str, detail: dict[str, Any]) -> None:
        """Who added or removed which article, and when."""
        with self._lock:
            self.conn.execute(
                "INSERT INTO changes (action, article_id, who, detail, at) VALUES (?, ?, ?, ?, ?)",
                (action, article_id, who, json.dumps(detail, ensure_ascii=False), _now()),
            )

    def changes(self) -> list[tuple[str, str, str, str, str]]:
        with self._lock:
            return self.conn.execute("SELECT at, action, article_id, who, detail FROM changes ORDER BY id").fetchall()

    def vote(self, answer_id: str, user_id: int, helpful: bool) -> None:
        """One vote per member and answer; voting again changes it."""
        with self._lock:
            self.conn.execute(
                "INSERT INTO votes VALUES (?, ?, ?, ?) ON CONFLICT(answer_id, user_id) DO UPDATE SET"
                " helpful = excluded.helpful, at = excluded.at",
                (answer_id, user_id, int(helpful), _now()),
            )

    def votes(self, answer_id: str) -> tuple[int, int]:
        """(helpful, not helpful) for an answer."""
        with self._lock:
            row = self.conn.execute(
                "SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(1 - helpful), 0) FROM votes WHERE answer_id = ?",
                (answer_id,),
            ).fetchone()
        return int(row[0]), int(row[1])

    def asked_since(self, since: str, guild_id: int | None = None) -> list[tuple[str, bool, str, str]]:
        """(question, abstained, created_at, answer id) of every answer given since an ISO time."""
        query = "SELECT question, answer_json, created_at, id FROM answers WHERE created_at >= ?"
        args: tuple[Any, ...] = (since,)
        if guild_id is not None:
            query += " AND guild_id = ?"
            args += (guild_id,)
        with self._lock:
            rows = self.conn.execute(query + " ORDER BY created_at", args).fetchall()
        return [(q, bool(json.loads(a)["abstained"]), at, aid) for q, a, at, aid in rows]

    def voted_not_helpful_since(self, since: str, guild_id: int | None = None) -> list[tuple[str, str, int, int]]:
        """(answer id, question, helpful, not helpful) for answers voted not helpful more than helpful."""
        query = (
            "SELECT a.id, a.question, SUM(v.helpful), SUM(1 - v.helpful) FROM votes v JOIN answers a ON a.id ="
            " v.answer_id WHERE v.at >= ?"
            + (" AND a.guild_id = ?" if guild_id is not None else "")
            + " GROUP BY a.id HAVING SUM(1 - v.helpful) > SUM(v.helpful) ORDER BY SUM(1 - v.helpful) DESC"
        )
        args: tuple[Any, ...] = (since,) if guild_id is None else (since, guild_id)
        with self._lock:
            return [(r[0], r[1], int(r[2]), int(r[3])) for r in self.conn.execute(query, args).fetchall()]

    def pins(self, guild_id: int | None = None) -> list[PinRecord]:
        query = (
            "SELECT p.answer_id, a.answer_json, p.message_id, p.channel_id, p.guild_id, p.pinned_by,"
            " p.index_version, p.pinned_at FROM pins p JOIN answers a ON a.id = p.answer_id"
        )
        args: tuple[Any, ...] = ()
        if guild_id is not None:
            query += " WHERE p.guild_id = ?"
            args = (guild_id,)
        with self._lock:
            rows = self.conn.execute(query + " ORDER BY p.id", args).fetchall()
        out = []
        for answer_id, answer_json, message_id, channel_id, gid, by, version, at in rows:
            data = json.loads(answer_json)
            out.append(
                PinRecord(
                    answer_id, data["question"], tuple(data["quotes"]), message_id, channel_id, gid, by, version, at
                )
            )
        return out
