"""The records in PostgreSQL (bot.app.records.interfaces.RecordStore): the same records as the SQLite file,
shared by every process on every machine.

As with SQLite, answering never waits on the records: an answer that cannot be written within ANSWER_WAIT
(the server down or far away) is kept in memory and written with the next write that succeeds. Everything
else that cannot be done raises RecordsUnavailable, so a pin or a vote is refused, never lost silently."""

from __future__ import annotations

import collections
import datetime as dt
import json
import logging
import secrets
import threading
from typing import Any

import psycopg
from psycopg.types.json import Json

from bot.app.postgres.database import Database
from bot.app.records.interfaces import Change, PinRecord, RecordsUnavailable
from index.answer import Answer

log = logging.getLogger(__name__)

ANSWER_WAIT = 0.25  # seconds an answer's record may wait for a connection
BACKLOG = 10_000  # answers kept in memory while the records cannot be written

_ANSWER_INSERT = (
    "INSERT INTO answers (id, question, answer_json, index_version, guild_id, channel_id, user_id, created_at,"
    " abstained) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING"
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def iso(value: dt.datetime | None) -> str | None:
    """A time as the records give it out (and as SQLite stores it): ISO 8601 in UTC, to the second."""
    return value.astimezone(dt.UTC).isoformat(timespec="seconds") if value is not None else None


class PgRecords:
    """All the records in one PostgreSQL database; every write is one transaction."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self._lock = threading.Lock()
        self._unsaved: collections.OrderedDict[str, tuple[Any, ...]] = collections.OrderedDict()

    # --- opening --------------------------------------------------------------------------------------

    def open(self) -> PgRecords:
        """Connect and bring the schema up to date; RecordsUnavailable when the server can't be used."""
        with self.db.transaction("opened") as conn:
            conn.execute("SELECT 1")
        return self

    def close(self) -> None:
        if self._unsaved:
            try:
                self._flush()
            except RecordsUnavailable as exc:
                log.error("%d answer record(s) could not be written before closing: %s", len(self._unsaved), exc)
        self.db.close()

    def check_writable(self) -> None:
        with self.db.transaction("written") as conn:
            conn.execute("SELECT 1")
        self._flush()

    def _flush(self, timeout: float | None = None) -> None:
        """Write the answers kept in memory (oldest first, one transaction; waiting at most `timeout` for a
        connection). The lock is not held while the database is waited on: an answer is never kept waiting."""
        with self._lock:
            rows = list(self._unsaved.items())
        if not rows:
            return
        with self.db.transaction("written", timeout=timeout) as conn, conn.cursor() as cur:
            cur.executemany(_ANSWER_INSERT, [row for _, row in rows])
        with self._lock:
            for answer_id, _ in rows:
                self._unsaved.pop(answer_id, None)
        log.info("wrote %d answer record(s) kept while the records were unavailable", len(rows))

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            self._flush(ANSWER_WAIT)
        except RecordsUnavailable:
            pass  # a read does not fail for want of writing: what is kept waits for a write
        with self.db.transaction("read") as conn:
            return conn.execute(sql, args).fetchall()

    def _write(self, sql: str, args: tuple[Any, ...]) -> int:
        self._flush()
        with self.db.transaction("written") as conn:
            return conn.execute(sql, args).rowcount

    # --- answers --------------------------------------------------------------------------------------

    @property
    def unsaved(self) -> int:
        return len(self._unsaved)

    def save_answer(self, answer: Answer, guild_id: int | None, channel_id: int | None, user_id: int | None) -> str:
        answer_id = secrets.token_hex(8)
        row = (
            answer_id,
            answer.question,
            Json(answer.as_json()),
            answer.index_version,
            guild_id,
            channel_id,
            user_id,
            _now(),
            answer.abstained,
        )
        try:
            self._flush(ANSWER_WAIT)
            with self.db.transaction("written", timeout=ANSWER_WAIT) as conn:
                conn.execute(_ANSWER_INSERT, row)
        except RecordsUnavailable as exc:
            with self._lock:
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
            return dict(kept[2].obj)
        rows = self._read("SELECT answer_json FROM answers WHERE id = %s", (answer_id,))
        return dict(rows[0][0]) if rows else None

    def asked_since(self, since: str, guild_id: int | None = None) -> list[tuple[str, bool, str, str]]:
        query = "SELECT question, abstained, created_at, id FROM answers WHERE created_at >= %s"
        args: tuple[Any, ...] = (since,)
        if guild_id is not None:
            query += " AND guild_id = %s"
            args += (guild_id,)
        rows = self._read(query + " ORDER BY created_at, n", args)
        return [(q, bool(a), str(iso(at)), aid) for q, a, at, aid in rows]

    def answered_questions(self, since: str) -> list[tuple[int | None, int | None, str]]:
        rows = self._read(
            "SELECT guild_id, user_id, question FROM answers WHERE created_at >= %s AND NOT abstained", (since,)
        )
        return [(g, u, q) for g, u, q in rows]

    def voted_not_helpful_since(self, since: str, guild_id: int | None = None) -> list[tuple[str, str, int, int]]:
        helpful, not_helpful = "count(*) FILTER (WHERE v.helpful)", "count(*) FILTER (WHERE NOT v.helpful)"
        query = (
            f"SELECT a.id, a.question, {helpful}, {not_helpful} FROM votes v JOIN answers a ON a.id = v.answer_id"
            " WHERE v.at >= %s"
            + (" AND a.guild_id = %s" if guild_id is not None else "")
            + f" GROUP BY a.id HAVING {not_helpful} > {helpful} ORDER BY {not_helpful} DESC, a.id"
        )
        args: tuple[Any, ...] = (since,) if guild_id is None else (since, guild_id)
        return [(r[0], r[1], int(r[2]), int(r[3])) for r in self._read(query, args)]

    # --- pins and votes -------------------------------------------------------------------------------

    def record_pin(
        self, answer_id: str, message_id: int, channel_id: int, guild_id: int | None, pinned_by: int
    ) -> PinRecord:
        self._flush()
        with self.db.transaction("written") as conn:
            row = conn.execute("SELECT index_version FROM answers WHERE id = %s", (answer_id,)).fetchone()
            if row is None:
                raise KeyError(answer_id)
            conn.execute(
                "INSERT INTO pins (answer_id, message_id, channel_id, guild_id, pinned_by, index_version, pinned_at)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (answer_id, message_id) DO NOTHING",
                (answer_id, message_id, channel_id, guild_id, pinned_by, row[0], _now()),
            )
        return next(p for p in self._pins("p.answer_id = %s AND p.message_id = %s", (answer_id, message_id)))

    def pins(self, guild_id: int | None = None) -> list[PinRecord]:
        return self._pins("p.guild_id = %s", (guild_id,)) if guild_id is not None else self._pins("TRUE", ())

    def _pins(self, where: str, args: tuple[Any, ...]) -> list[PinRecord]:
        rows = self._read(
            "SELECT p.answer_id, a.answer_json, p.message_id, p.channel_id, p.guild_id, p.pinned_by,"
            f" p.index_version, p.pinned_at FROM pins p JOIN answers a ON a.id = p.answer_id WHERE {where}"
            " ORDER BY p.id",
            args,
        )
        return [
            PinRecord(aid, data["question"], tuple(data["quotes"]), mid, cid, gid, by, version, str(iso(at)))
            for aid, data, mid, cid, gid, by, version, at in rows
        ]

    def vote(self, answer_id: str, user_id: int, helpful: bool) -> None:
        self._write(
            "INSERT INTO votes (answer_id, user_id, helpful, at) VALUES (%s, %s, %s, %s) ON CONFLICT (answer_id,"
            " user_id) DO UPDATE SET helpful = excluded.helpful, at = excluded.at",
            (answer_id, user_id, helpful, _now()),
        )

    def votes(self, answer_id: str) -> tuple[int, int]:
        ((up, down),) = self._read(
            "SELECT count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful) FROM votes"
            " WHERE answer_id = %s",
            (answer_id,),
        )
        return int(up), int(down)

    # --- the change log -------------------------------------------------------------------------------

    def record_change(self, action: str, article_id: str, who: str, detail: dict[str, Any]) -> None:
        self.record_changes([(action, article_id, who, detail)])

    def record_changes(self, changes: list[Change]) -> None:
        self._flush()
        with self.db.transaction("written") as conn:
            insert_changes(conn, changes)

    def changes(self) -> list[tuple[str, str, str, str, str]]:
        rows = self._read("SELECT at, action, article_id, who, detail FROM changes ORDER BY id")
        return [(str(iso(at)), a, aid, who, json.dumps(d, ensure_ascii=False)) for at, a, aid, who, d in rows]

    # --- feeds ----------------------------------------------------------------------------------------

    def feed_state(self, url: str) -> tuple[str | None, str | None, int, str | None]:
        rows = self._read("SELECT etag, modified, failures, next_at FROM feeds WHERE url = %s", (url,))
        return (rows[0][0], rows[0][1], int(rows[0][2]), rows[0][3]) if rows else (None, None, 0, None)

    def save_feed_state(
        self, url: str, etag: str | None, modified: str | None, failures: int, next_at: str, error: str | None
    ) -> None:
        self._write(
            "INSERT INTO feeds (url, etag, modified, failures, next_at, last_error) VALUES (%s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, modified = excluded.modified,"
            " failures = excluded.failures, next_at = excluded.next_at, last_error = excluded.last_error",
            (url, etag, modified, failures, next_at, error),
        )

    def feed_items_seen(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        return {r[0] for r in self._read("SELECT id FROM feed_items WHERE id = ANY(%s)", (list(ids),))}

    def record_feed_item(
        self, item_id: str, link: str, feed: str, title: str, status: str, detail: str, draft: dict[str, Any] | None
    ) -> None:
        self._write(
            "INSERT INTO feed_items (id, link, feed, title, status, detail, draft, seen_at)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
            (item_id, link, feed, title, status, detail, Json(draft) if draft else None, _now()),
        )

    def feed_item(self, item_id: str) -> dict[str, Any] | None:
        keys = ("id", "link", "feed", "title", "status", "detail", "draft", "message_id", "decided_by")
        rows = self._read(f"SELECT {', '.join(keys)} FROM feed_items WHERE id = %s", (item_id,))
        return dict(zip(keys, rows[0], strict=True)) if rows else None

    def unposted_proposals(self) -> list[str]:
        rows = self._read(
            "SELECT id FROM feed_items WHERE status = 'proposed' AND message_id IS NULL ORDER BY seen_at, id"
        )
        return [r[0] for r in rows]

    def mark_posted(self, item_id: str, message_id: int) -> None:
        self._write("UPDATE feed_items SET message_id = %s WHERE id = %s", (message_id, item_id))

    def decide_feed_item(self, item_id: str, status: str, who: str, change: Change | None = None) -> bool:
        self._flush()
        with self.db.transaction("written") as conn:
            decided = (
                conn.execute(
                    "UPDATE feed_items SET status = %s, decided_by = %s, decided_at = %s WHERE id = %s"
                    " AND status = 'proposed'",
                    (status, who, _now(), item_id),
                ).rowcount
                == 1
            )
            if decided and change is not None:
                insert_changes(conn, [change])
        return decided

    # --- threads --------------------------------------------------------------------------------------

    def open_thread(self, thread_id: int, answer_id: str, guild_id: int | None, opened_by: int) -> None:
        at = _now()
        self._write(
            "INSERT INTO threads (thread_id, answer_id, context_id, guild_id, opened_by, opened_at, last_at)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (thread_id) DO NOTHING",
            (thread_id, answer_id, answer_id, guild_id, opened_by, at, at),
        )

    def thread_of(self, answer_id: str) -> int | None:
        rows = self._read("SELECT thread_id FROM threads WHERE answer_id = %s", (answer_id,))
        return int(rows[0][0]) if rows else None

    def thread(self, thread_id: int) -> tuple[dict[str, Any], str] | None:
        rows = self._read(
            "SELECT a.answer_json, t.last_at FROM threads t JOIN answers a ON a.id = t.context_id"
            " WHERE t.thread_id = %s",
            (thread_id,),
        )
        return (dict(rows[0][0]), str(iso(rows[0][1]))) if rows else None

    def follow_up(self, thread_id: int, context_id: str | None) -> None:
        self._write(
            "UPDATE threads SET last_at = %s, context_id = COALESCE(%s, context_id) WHERE thread_id = %s",
            (_now(), context_id, thread_id),
        )


def insert_changes(conn: psycopg.Connection, changes: list[Change]) -> None:
    """Change records, in the caller's transaction."""
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO changes (action, article_id, who, detail, at) VALUES (%s, %s, %s, %s, %s)",
            [(a, aid, who, Json(d), _now()) for a, aid, who, d in changes],
        )


__all__ = ["PgRecords", "insert_changes", "iso"]
