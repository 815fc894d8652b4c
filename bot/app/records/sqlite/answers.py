"""The answers table: every answer given, abstentions too, and what members asked over a time."""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
from typing import Any

from bot.app.records.interfaces import RecordsUnavailable
from bot.app.records.sqlite import base
from bot.app.records.sqlite.base import ANSWER_COLUMNS, ANSWER_MARKS, SqliteBase, now
from index.answer import Answer

log = logging.getLogger(__name__)


class AnswersTable(SqliteBase):
    """Keeps answers; one the file cannot take now waits in memory."""

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
            now(),
            int(answer.abstained),
        )
        with self._lock:
            try:
                conn = self.conn
                conn.execute(f"PRAGMA busy_timeout = {int(base.ANSWER_WAIT * 1000)}")
                try:
                    self._flush(conn)
                    conn.execute(f"INSERT INTO answers ({ANSWER_COLUMNS}) VALUES ({ANSWER_MARKS})", row)
                finally:
                    conn.execute(f"PRAGMA busy_timeout = {int(base.BUSY_WAIT * 1000)}")
            except (sqlite3.Error, RecordsUnavailable) as exc:
                if len(self._unsaved) >= base.BACKLOG:
                    lost, _ = self._unsaved.popitem(last=False)
                    log.error("answer record %s dropped: %d records wait to be written already", lost, base.BACKLOG)
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
