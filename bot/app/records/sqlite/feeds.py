"""The feeds and feed_items tables: each feed's state, each item seen and what became of it."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bot.app.records.sqlite.base import SqliteBase, insert_changes, now, transaction


class FeedsTable(SqliteBase):
    """The feed watcher's memory, and the moderators' decisions on its proposals."""

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
                (item_id, link, feed, title, status, detail, json.dumps(draft) if draft else None, now()),
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
            with transaction(conn):
                cur = conn.execute(
                    "UPDATE feed_items SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"
                    " AND status = 'proposed'",
                    (status, who, now(), item_id),
                )
                decided = cur.rowcount == 1
                if decided and change is not None:
                    insert_changes(conn, [change])
            return decided

        return self._run("written", work)
