"""Which storage holds the records and the articles, chosen once from the settings.

Today: the records in one SQLite file and the articles in the corpus folder, which need no server. Every
other module takes them through their interfaces (bot.app.records.RecordStore, index.article_store.
ArticleStore), so another storage is added here and nowhere else."""

from __future__ import annotations

from bot.app.records import Records, RecordStore
from bot.config import Config
from index.article_store import ArticleStore, FolderStore
from index.engine import Engine


def article_store(config: Config) -> ArticleStore:
    """The articles; a removed article's files are kept beside the records, in `removed/`."""
    return FolderStore(config.corpus_dir, keep_dir=config.discord.pins_db.parent / "removed")


def record_store(config: Config) -> RecordStore:
    """The records (not opened yet)."""
    return Records(config.discord.pins_db)


def engine_for(config: Config) -> Engine:
    """An engine over the configured articles (not loaded yet)."""
    return Engine(article_store(config), config.index, config.answer)


__all__ = ["article_store", "engine_for", "record_store"]
