"""The pins and votes tables."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bot.app.records.interfaces import PinRecord
from bot.app.records.sqlite.base import SqliteBase, now, transaction


class PinsTable(SqliteBase):
    """Who pinned which answer on which index version, and members' votes."""

    def record_pin(
        self, answer_id: str, message_id: int, channel_id: int, guild_id: int | None, pinned_by: int
    ) -> PinRecord:
        """Record a pin in one transaction; pinning the same message again keeps the first record. KeyError
        when there is no such answer."""

        def work(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                row = conn.execute("SELECT index_version FROM answers WHERE id = ?", (answer_id,)).fetchone()
                if row is None:
                    raise KeyError(answer_id)
                conn.execute(
                    "INSERT OR IGNORE INTO pins (answer_id, message_id, channel_id, guild_id, pinned_by,"
                    " index_version, pinned_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (answer_id, message_id, channel_id, guild_id, pinned_by, row[0], now()),
                )

        self._run("written", work)
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

    def vote(self, answer_id: str, user_id: int, helpful: bool) -> None:
        """One vote per member and answer; voting again changes it."""
        self._run(
            "written",
            lambda c: c.execute(
                "INSERT INTO votes VALUES (?, ?, ?, ?) ON CONFLICT(answer_id, user_id) DO UPDATE SET"
                " helpful = excluded.helpful, at = excluded.at",
                (answer_id, user_id, int(helpful), now()),
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
