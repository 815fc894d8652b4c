"""The benchmark's storage figures: pins a second and adds a second with the records and articles in PostgreSQL
against SQLite and the corpus folder, and the time from an article added on one machine to an answer from it
on another. Measured in a scratch database made on the server given (and dropped after), never in the bot's
own; without a server the row says so."""

from __future__ import annotations

import logging
import statistics
import tempfile
import time
import urllib.parse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.app.articles import add_articles
from bot.app.records import Records, RecordStore
from bot.config import Config
from index.answer import Answer
from index.article_store import ArticleSource, FolderStore
from index.config import IndexSettings
from index.embedder import Embedder
from index.engine import Engine
from index.ingest import Draft

if TYPE_CHECKING:
    from bot.app.postgres.database import Database

log = logging.getLogger(__name__)

PINS = 200  # pins recorded one after another, each its own transaction
ADDS = 40  # articles added one after another (the index update left out: it is the same for both)
FOLLOWS = 3  # articles added on one "machine" and waited for on the other


def _pins_per_second(records: RecordStore) -> float:
    answer_id = records.save_answer(Answer("Who pinned it?", (), False, index_version="bench"), 1, 2, 3)
    t = time.perf_counter()
    for n in range(PINS):
        records.record_pin(answer_id, 10_000 + n, 2, 1, 9)
    return round(PINS / (time.perf_counter() - t), 1)


def _draft(n: int, tag: str) -> Draft:
    text = f"The {tag} harbour number {n} closed on Monday after a storm, the port authority of Kessen said.\n"
    return Draft(f"bench-{tag}-{n}", text, {"outlet": "Bench Wire", "title": f"Harbour {n}"})


def _adds_per_second(store: ArticleSource, records: RecordStore) -> float:
    t = time.perf_counter()
    for n in range(ADDS):
        add_articles([_draft(n, "a")], store, records, "bench", [{}], lambda ids: None, lambda: None)
    return round(ADDS / (time.perf_counter() - t), 1)


def bench_storage(config: Config, embedder: Embedder, url: str) -> dict[str, Any]:
    """The figures above; `url`: a PostgreSQL server (a user that may create databases), or empty."""
    if not url:
        return {"skipped": "no database: give --database or DATABASE_URL (a user that may create databases)"}
    import psycopg

    from bot.app.postgres.articles import PgArticleStore
    from bot.app.postgres.database import Database
    from bot.app.postgres.records import PgRecords

    scratch = "quotebot_bench_" + uuid.uuid4().hex[:8]
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {scratch}")
    except psycopg.Error as exc:
        return {"skipped": f"no scratch database could be made: {Database(url).unavailable('used', exc)}"}
    out: dict[str, Any] = {}
    db = Database(urllib.parse.urlsplit(url)._replace(path="/" + scratch).geturl())
    try:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            (base / "corpus").mkdir()
            sqlite = Records(base / "pins.sqlite3").open()
            pg = PgRecords(db).open()
            out["pins_per_s"] = {"sqlite": _pins_per_second(sqlite), "postgresql": _pins_per_second(pg)}
            folder, shared = FolderStore(base / "corpus", base / "removed"), PgArticleStore(db, base / "copy.json")
            out["adds_per_s"] = {
                "folder_and_sqlite": _adds_per_second(folder, sqlite),
                "postgresql": _adds_per_second(shared, pg),
            }
            sqlite.close()
            out["add_to_answer_on_another_machine_s"] = _follow(config, embedder, db, pg, base)
    finally:
        db.close()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")
    return out


def _follow(config: Config, embedder: Embedder, db: Database, records: RecordStore, base: Path) -> dict[str, Any]:
    """Two engines with indexes of their own on one database ("machines"); an article added through the first
    (its transaction and this machine's index), then the time until the second answers from it."""
    import psycopg

    from bot.app.postgres.articles import PgArticleStore, insert_article
    from bot.app.postgres.follow import ArticleFollower

    with psycopg.connect(db.url) as conn, conn.transaction():  # the five articles, as `db import` puts them
        for path in sorted(config.corpus_dir.glob("*.txt")):
            meta = path.with_suffix(".toml").read_text(encoding="utf-8")
            insert_article(conn, path.stem, path.read_text(encoding="utf-8"), meta, "bench")
    engines = [
        Engine(PgArticleStore(db, base / f"copy-{i}.json"), IndexSettings(dir=base / f"index-{i}"), config.answer,
               embedder=embedder).load()
        for i in range(2)
    ]  # fmt: skip
    follower = ArticleFollower(db, engines[1].load, check_seconds=30.0)
    follower.start()
    times = []
    try:
        follower.listening.wait(10)
        for n in range(FOLLOWS):
            place = f"Varnholt{n}"  # a name no other article has
            body = f"The lighthouse of {place} went dark on Sunday night after its keeper fell ill, the guard said.\n"
            draft = Draft(f"bench-lighthouse-{n}", body, {"outlet": "Bench Wire", "title": f"Lighthouse {n}"})
            t = time.perf_counter()
            add_articles([draft], engines[0].store, records, "bench", [{}], engines[0].add, engines[0].load)
            while draft.id not in engines[1].index.articles and time.perf_counter() - t < 30:
                time.sleep(0.01)
            answer = engines[1].ask(f"Why did the lighthouse of {place} go dark?")
            times.append(time.perf_counter() - t)
            if not any(q.source.id == draft.id for q in answer.quotes):
                log.warning("the other machine did not quote the article just added")
    finally:
        follower.stop()
    return {"each": [round(x, 2) for x in times], "median": round(statistics.median(times), 2), "target": 2.0}


__all__ = ["bench_storage"]
