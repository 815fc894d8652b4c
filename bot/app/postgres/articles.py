"""The articles in PostgreSQL: an index.article_store.ArticleSource for the engine, changed only with their
change log (bot.app.articles.RecordedArticles).

Adding or removing an article is one transaction: its text and metadata, its change record and a
notification (NOTIFY articles_changed) that every process of every machine follows (bot.app.postgres.follow).
A removed article stays in the table, marked removed. Each process keeps a snapshot of the articles it last
read beside its index, so it still answers from them when the database can't be reached at start."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import psycopg

from bot.app.postgres.database import ARTICLES_CHANNEL, Database
from bot.app.postgres.records import insert_changes, iso
from bot.app.records.interfaces import Change, RecordsUnavailable
from index.article_store import metadata_toml
from index.corpus import Article, CorpusProblem, article_from
from index.errors import CorpusError, EmptyCorpus
from index.ingest import Draft

log = logging.getLogger(__name__)


class PgArticleStore:
    """The articles of one database; `snapshot` is this process's copy of what it last read."""

    def __init__(self, database: Database, snapshot: Path) -> None:
        self.db = database
        self.snapshot = Path(snapshot)
        # id -> (added_at, article, its metadata TOML): each article is read once per addition
        self._known: dict[str, tuple[str, Article, str]] = {}

    @property
    def where(self) -> str:
        return self.db.label

    # --- reading --------------------------------------------------------------------------------------

    def read_all(self) -> tuple[list[Article], list[CorpusProblem]]:
        try:
            with self.db.transaction("read") as conn:
                listed = conn.execute(
                    "SELECT id, added_at FROM articles WHERE removed_at IS NULL ORDER BY id"
                ).fetchall()
                stamps = {aid: str(iso(at)) for aid, at in listed}
                todo = [aid for aid, at in stamps.items() if aid not in self._known or self._known[aid][0] != at]
                rows = conn.execute(
                    "SELECT id, text, meta_toml, added_at FROM articles WHERE id = ANY(%s)", (todo,)
                ).fetchall()
        except RecordsUnavailable as exc:
            return self._from_snapshot(exc)
        problems = self._take(rows)
        gone = set(self._known) - set(stamps)  # removed since the last read
        self._known = {aid: known for aid, known in self._known.items() if aid in stamps}
        articles = [self._known[aid][1] for aid in sorted(self._known)]
        if not articles:
            raise EmptyCorpus(f"{self.where} holds no usable article (add one, or `python -m bot db import`)")
        self._save_snapshot(changed=bool(rows or gone))
        return articles, problems

    def read_added(self, article_ids: list[str]) -> tuple[list[Article], list[Article]]:
        with self.db.transaction("read") as conn:
            rows = conn.execute(
                "SELECT id, text, meta_toml, added_at FROM articles WHERE id = ANY(%s) AND removed_at IS NULL",
                (list(article_ids),),
            ).fetchall()
        missing = set(article_ids) - {r[0] for r in rows}
        if missing:
            raise CorpusError(f"{self.where} has no article {sorted(missing)[0]!r}")
        problems = self._take(rows)
        if problems:
            raise CorpusError(problems[0].message)
        fresh = [self._known[aid][1] for aid in article_ids]
        return fresh, [self._known[aid][1] for aid in sorted(self._known)]

    def _take(self, rows: list[tuple[Any, ...]]) -> list[CorpusProblem]:
        problems = []
        for aid, text, meta, at in rows:
            try:
                stamp = str(iso(at)) if isinstance(at, dt.datetime) else str(at)
                article = article_from(aid, text, meta, f"article {aid!r} of the database")
                self._known[aid] = (stamp, article, meta)
            except CorpusError as exc:
                log.warning("skipping article: %s", exc)
                self._known.pop(aid, None)
                problems.append(CorpusProblem(Path(f"{aid}.txt"), str(exc)))
        return problems

    def _save_snapshot(self, changed: bool) -> None:
        """This process's copy of the articles (written again only when they changed since it was read)."""
        if not changed and self.snapshot.exists():
            return
        data = [
            {"id": aid, "added_at": at, "text": a.text, "meta_toml": meta}
            for aid, (at, a, meta) in sorted(self._known.items())
        ]
        try:
            self.snapshot.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.snapshot.parent, prefix=".snapshot-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
            os.replace(tmp, self.snapshot)
        except OSError as exc:
            log.warning("the articles' snapshot %s could not be written: %s", self.snapshot, exc)

    def _from_snapshot(self, exc: RecordsUnavailable) -> tuple[list[Article], list[CorpusProblem]]:
        if self._known:
            log.warning("%s; answering from the articles as last read", exc)
            return [self._known[aid][1] for aid in sorted(self._known)], []
        try:
            data = json.loads(self.snapshot.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise CorpusError(f"{exc}; and this machine has no copy of the articles yet") from None
        log.warning("%s; answering from this machine's copy of the articles (%s)", exc, self.snapshot)
        problems = self._take([(d["id"], d["text"], d["meta_toml"], d["added_at"]) for d in data])
        return [self._known[aid][1] for aid in sorted(self._known)], problems

    # --- changing -------------------------------------------------------------------------------------

    def add_recorded(self, drafts: list[Draft], changes: list[Change]) -> list[str]:
        """The articles, their change records and the notification, in one transaction. CorpusError when an id
        is taken (by an article not removed); a removed article's id may be added again."""
        texts = [metadata_toml(d) for d in drafts]
        for d in drafts:
            d.article()  # the metadata must be valid before anything is written
        with self.db.transaction("written") as conn:
            for draft, meta in zip(drafts, texts, strict=True):
                done = conn.execute(
                    "INSERT INTO articles (id, text, meta_toml, added_at, added_by) VALUES (%s, %s, %s, now(), %s)"
                    " ON CONFLICT (id) DO UPDATE SET text = excluded.text, meta_toml = excluded.meta_toml,"
                    " added_at = excluded.added_at, added_by = excluded.added_by, removed_at = NULL,"
                    " removed_by = NULL WHERE articles.removed_at IS NOT NULL",
                    (draft.id, draft.text, meta, _who(changes, draft.id)),
                ).rowcount
                if not done:
                    raise CorpusError(f"an article with the id {draft.id!r} is already in the corpus")
                conn.execute("SELECT pg_notify(%s, %s)", (ARTICLES_CHANNEL, draft.id))
            insert_changes(conn, changes)
        return [f"{d.id} to {self.where}" for d in drafts]

    def undo_added(self, article_ids: list[str]) -> None:
        """Take back articles just added, and their change records (their index could not be updated)."""
        with self.db.transaction("written") as conn:
            conn.execute("DELETE FROM articles WHERE id = ANY(%s)", (list(article_ids),))
            conn.execute(
                "DELETE FROM changes WHERE id IN (SELECT max(id) FROM changes WHERE action = 'add'"
                " AND article_id = ANY(%s) GROUP BY article_id)",
                (list(article_ids),),
            )
            for aid in article_ids:
                conn.execute("SELECT pg_notify(%s, %s)", (ARTICLES_CHANNEL, aid))

    def remove_recorded(self, article_id: str, change: Change) -> str:
        """Mark the article removed (it stays in the table), record the change and notify, in one transaction."""
        with self.db.transaction("written") as conn:
            done = conn.execute(
                "UPDATE articles SET removed_at = now(), removed_by = %s WHERE id = %s AND removed_at IS NULL",
                (change[2], article_id),
            ).rowcount
            if not done:
                raise CorpusError(f"there is no article {article_id!r} in the corpus")
            conn.execute("SELECT pg_notify(%s, %s)", (ARTICLES_CHANNEL, article_id))
            insert_changes(conn, [change])
        return f"{self.where}, marked removed"

    def undo_removed(self, article_id: str) -> None:
        """Bring back an article just removed, and take back its change record."""
        with self.db.transaction("written") as conn:
            conn.execute("UPDATE articles SET removed_at = NULL, removed_by = NULL WHERE id = %s", (article_id,))
            conn.execute(
                "DELETE FROM changes WHERE id = (SELECT max(id) FROM changes WHERE action = 'remove'"
                " AND article_id = %s)",
                (article_id,),
            )
            conn.execute("SELECT pg_notify(%s, %s)", (ARTICLES_CHANNEL, article_id))


def insert_article(conn: psycopg.Connection, article_id: str, text: str, meta_toml: str, who: str) -> None:
    """An article as the corpus folder holds it (its text and metadata TOML, verbatim), in the caller's
    transaction, with no change record: what `db import` copies in."""
    conn.execute(
        "INSERT INTO articles (id, text, meta_toml, added_at, added_by) VALUES (%s, %s, %s, now(), %s)",
        (article_id, text, meta_toml, who),
    )


def _who(changes: list[Change], article_id: str) -> str:
    return next((who for _, aid, who, _ in changes if aid == article_id), "")


__all__ = ["PgArticleStore", "insert_article"]
