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
