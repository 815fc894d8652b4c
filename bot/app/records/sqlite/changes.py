"""The change log: who added or removed which article, and when."""

from __future__ import annotations

import sqlite3
from typing import Any

from bot.app.records.sqlite.base import SqliteBase, insert_changes, transaction


class ChangesTable(SqliteBase):
    """Changes to the articles, each list of them in one transaction."""

    def record_change(self, action: str, article_id: str, who: str, detail: dict[str, Any]) -> None:
        """Who added or removed which article, and when."""
        self.record_changes([(action, article_id, who, detail)])

    def record_changes(self, changes: list[tuple[str, str, str, dict[str, Any]]]) -> None:
        """Several changes (action, article id, who, detail) in one transaction: all recorded or none."""

        def work(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                insert_changes(conn, changes)

        self._run("written", work)

    def changes(self) -> list[tuple[str, str, str, str, str]]:
        query = "SELECT at, action, article_id, who, detail FROM changes ORDER BY id"
        return self._run("read", lambda c: c.execute(query).fetchall())
