"""The answers table: every answer given, abstentions too, and what members asked over a time."""

from __future__ import annotations

import json
import secrets
from typing import Any

from bot.app.records.sqlite.base import SqliteBase, now
from index.answer import Answer


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
        self._write_or_keep(answer_id, row)
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
