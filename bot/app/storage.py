"""Which storage holds the records and the articles, chosen once from the settings.

With no database: the records in one SQLite file and the articles in the corpus folder, which need no
server. With `[storage] database_url` (or DATABASE_URL): both in PostgreSQL, shared by every process on every
machine. Every other module takes them through their interfaces (bot.app.records.RecordStore,
index.article_store.ArticleSource), so this is the only place that names an implementation."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.app.cooldown import Cooldown
from bot.app.records import Records, RecordStore
from bot.config import Config
from index.article_store import ArticleSource, FolderStore
from index.engine import Engine

if TYPE_CHECKING:
    from bot.app.postgres.cooldown import SharedCooldown
    from bot.app.postgres.database import Database

_databases: dict[str, Database] = {}  # one connection pool per database and process, shared by its users
_lock = threading.Lock()


def database(config: Config) -> Database | None:
    """The process's PostgreSQL database (bot.app.postgres.database.Database), or None without one."""
    url = config.storage.url
    if not url:
        return None
    from bot.app.postgres.database import Database  # psycopg only where a database is used

    with _lock:
        if url not in _databases:
            _databases[url] = Database(url, config.storage.pool_size)
        return _databases[url]


def article_store(config: Config) -> ArticleSource:
    """The articles. In the folder, a removed article's files are kept beside the records, in `removed/`; in
    the database, each process keeps its copy of the articles beside its index."""
    db = database(config)
    if db is not None:
        from bot.app.postgres.articles import PgArticleStore

        snapshot = config.index.dir.with_name(config.index.dir.name + ".articles.json")
        return PgArticleStore(db, snapshot)
    return FolderStore(config.corpus_dir, keep_dir=config.discord.pins_db.parent / "removed")


def records_exist(config: Config) -> bool:
    """Whether there can be records to read yet: a database always; the SQLite file once it was created (a shell
    command that only reads does not create it)."""
    return bool(config.storage.url) or config.discord.pins_db.exists()


def record_store(config: Config) -> RecordStore:
    """The records (not opened yet)."""
    db = database(config)
    if db is not None:
        from bot.app.postgres.records import PgRecords

        return PgRecords(db)
    return Records(config.discord.pins_db)


def follow_articles(config: Config, engine: Engine) -> Callable[[], None] | None:
    """With a database: start following its article changes (each brings this engine's index up to date, only
    the new articles embedded) and return how to stop; None without one (the folder's changes are found by
    polling the index, see the Discord client)."""
    db = database(config)
    if db is None:
        return None
    from bot.app.postgres.follow import ArticleFollower

    follower = ArticleFollower(db, engine.load, config.storage.check_seconds)
    follower.start()
    return follower.stop


def member_cooldown(config: Config) -> Cooldown | SharedCooldown:
    """The members' cooldown: in the database, counted across every process; else this process's own."""
    rate, per = config.discord.cooldown_rate, config.discord.cooldown_seconds
    db = database(config)
    if db is None:
        return Cooldown(rate, per)
    from bot.app.postgres.cooldown import SharedCooldown

    return SharedCooldown(db, rate, per)


def engine_for(config: Config) -> Engine:
    """An engine over the configured articles (not loaded yet)."""
    return Engine(article_store(config), config.index, config.answer)


__all__ = [
    "article_store",
    "database",
    "engine_for",
    "follow_articles",
    "member_cooldown",
    "record_store",
    "records_exist",
]
