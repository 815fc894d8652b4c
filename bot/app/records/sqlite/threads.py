"""The threads table: conversations opened on answers."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bot.app.records.sqlite.base import SqliteBase, now


class ThreadsTable(SqliteBase):
    """Which answer a thread's follow-ups are read against, and when it was last asked in."""

    def open_thread(self, thread_id: int, answer_id: str, guild_id: int | None, opened_by: int) -> None:
        """A conversation opened on an answer: follow-ups in the thread are read against it."""
        at = now()
        self._run(
            "written",
            lambda c: c.execute(
                "INSERT OR IGNORE INTO threads VALUES (?, ?, ?, ?, ?, ?, ?)",
                (thread_id, answer_id, answer_id, guild_id, opened_by, at, at),
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
                (now(), context_id, thread_id),
            ),
        )
