"""The shell's `db` commands: create or migrate the PostgreSQL schema, import a SQLite records file and the
corpus folder into it, and export it back to files. An import or export is one transaction, then compared
table by table (counts and contents), and the comparison printed."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.app.records import Records, RecordsUnavailable
from bot.config import Config
from index.corpus import load_corpus
from index.errors import CorpusError

if TYPE_CHECKING:
    from bot.app.postgres.database import Database

# Each table's columns, and how a value is written: "time" (ISO text in SQLite, TIMESTAMPTZ in PostgreSQL),
# "json" (text / JSONB), "bool" (0 or 1 / BOOLEAN), "id" (an identity kept as it was), or as it is.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "answers": (
        ("id", ""), ("question", ""), ("answer_json", "json"), ("index_version", ""), ("guild_id", ""),
        ("channel_id", ""), ("user_id", ""), ("created_at", "time"), ("abstained", "bool"),
    ),
    "pins": (
        ("id", "id"), ("answer_id", ""), ("message_id", ""), ("channel_id", ""), ("guild_id", ""),
        ("pinned_by", ""), ("index_version", ""), ("pinned_at", "time"),
    ),
    "votes": (("answer_id", ""), ("user_id", ""), ("helpful", "bool"), ("at", "time")),
    "changes": (("id", "id"), ("action", ""), ("article_id", ""), ("who", ""), ("detail", "json"), ("at", "time")),
    "feeds": (
        ("url", ""), ("etag", ""), ("modified", ""), ("failures", ""), ("next_at", ""), ("last_error", ""),
    ),
    "feed_items": (
        ("id", ""), ("link", ""), ("feed", ""), ("title", ""), ("status", ""), ("detail", ""), ("draft", "json"),
        ("message_id", ""), ("decided_by", ""), ("seen_at", "time"), ("decided_at", "time"),
    ),
    "threads": (
        ("thread_id", ""), ("answer_id", ""), ("context_id", ""), ("guild_id", ""), ("opened_by", ""),
        ("opened_at", "time"), ("last_at", "time"),
    ),
}  # fmt: skip
ORDER = {"answers": "created_at, id", "votes": "answer_id, user_id", "feeds": "url", "threads": "thread_id"}


def _canonical(kind: str, value: Any) -> Any:
    """A value as both stores can be compared on: times in UTC to the second, JSON parsed, booleans as 0/1."""
    if value is None:
        return None
    if kind == "time":
        when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
        return when.astimezone(dt.UTC).isoformat(timespec="seconds")
    if kind == "json":
        return json.loads(value) if isinstance(value, str) else value
    if kind == "bool":
        return int(bool(value))
    return value


def _rows(fetch: Callable[[str], list[tuple[Any, ...]]], table: str) -> list[tuple[Any, ...]]:
    columns = TABLES[table]
    names = ", ".join(c for c, _ in columns)
    order = ORDER.get(table, "id")
    rows = fetch(f"SELECT {names} FROM {table} ORDER BY {order}")
    canon = [tuple(_canonical(k, v) for (_, k), v in zip(columns, row, strict=True)) for row in rows]
    return sorted(canon, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def _for_postgres(kind: str, value: Any) -> Any:
    from psycopg.types.json import Json

    if value is None:
        return None
    if kind == "json":
        return Json(json.loads(value) if isinstance(value, str) else value)
    if kind == "bool":
        return bool(value)
    return value


def _for_sqlite(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "time":
        return _canonical("time", value)
    if kind == "bool":
        return int(bool(value))
    return value


def _sqlite_fetch(conn: sqlite3.Connection) -> Callable[[str], list[tuple[Any, ...]]]:
    return lambda sql: conn.execute(sql).fetchall()


def _compare(
    label_a: str, fetch_a: Callable[[str], list[tuple[Any, ...]]], label_b: str, fetch_b: Callable[[str], list[Any]]
) -> bool:
    """Print each table's count on both sides and whether the contents are equal; True when all are."""
    same = True
    for table in TABLES:
        a, b = _rows(fetch_a, table), _rows(fetch_b, table)
        verdict = "equal" if a == b else "DIFFERENT"
        same &= a == b
        print(f"  {table:11} {len(a):6} in {label_a}, {len(b):6} in {label_b}: contents {verdict}")
    return same


def _articles_line(label_a: str, a: dict[str, tuple[str, str]], label_b: str, b: dict[str, tuple[str, str]]) -> bool:
    verdict = "equal" if a == b else "DIFFERENT"
    print(f"  {'articles':11} {len(a):6} in {label_a}, {len(b):6} in {label_b}: texts and metadata {verdict}")
    return a == b


def _folder_articles(corpus: Path) -> dict[str, tuple[str, str]]:
    articles, problems = load_corpus(corpus)
    if problems:
        raise CorpusError(f"{problems[0].path}: {problems[0].message} (mend it before importing)")
    return {a.id: (a.text, a.path.with_suffix(".toml").read_text(encoding="utf-8")) for a in articles}


def cli_db(config: Config, args: argparse.Namespace) -> int:
    from bot.app.storage import database

    db = database(config)
    if db is None:
        print(
            'No database set: give [storage] database_url in config.toml or DATABASE_URL (see README, "Running on'
            ' several machines").',
            file=sys.stderr,
        )
        return 2
    try:
        if args.db_command in ("init", "migrate"):
            before, after = db.migrate()
            if before == after:
                print(f"{db.label}: schema {after}, up to date.")
            elif before == 0:
                print(f"{db.label}: schema {after} created.")
            else:
                print(f"{db.label}: schema {before} brought up to {after}.")
            return 0
        if args.db_command == "import":
            return _import(db, args.records or config.discord.pins_db, args.corpus or config.corpus_dir)
        return _export(db, args.to)
    except (RecordsUnavailable, CorpusError) as exc:
        print(f"{exc}. Nothing was changed.", file=sys.stderr)
        return 1
    finally:
        db.close()


def _import(db: Database, records: Path, corpus: Path) -> int:
    from bot.app.postgres.articles import insert_article

    articles = _folder_articles(corpus)
    scratch = None
    if not records.exists():  # a bot that never ran in Discord: the articles only
        print(f"No records at {records}: importing the articles only.")
        scratch = tempfile.TemporaryDirectory()
        records = Path(scratch.name) / "empty.sqlite3"
    Records(records).open().close()  # an older records file is brought up to date first (a new one created)
    source = sqlite3.connect(f"file:{records}?mode=ro", uri=True)
    try:
        fetch_sqlite = _sqlite_fetch(source)
        with db.transaction("written") as conn:
            held = conn.execute("SELECT (SELECT count(*) FROM answers) + (SELECT count(*) FROM articles)").fetchone()
            if held and held[0]:
                raise CorpusError(f"{db.label} holds records or articles already: import only into an empty one")
            for table, columns in TABLES.items():
                names = ", ".join(c for c, _ in columns)
                marks = ", ".join(["%s"] * len(columns))
                overriding = " OVERRIDING SYSTEM VALUE" if any(k == "id" for _, k in columns) else ""
                rows = source.execute(f"SELECT {names} FROM {table}").fetchall()
                with conn.cursor() as cur:
                    cur.executemany(
                        f"INSERT INTO {table} ({names}){overriding} VALUES ({marks})",
                        [tuple(_for_postgres(k, v) for (_, k), v in zip(columns, r, strict=True)) for r in rows],
                    )
                if overriding:  # new rows continue after the imported ones
                    conn.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                        f" COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
                    )
            for article_id, (text, meta) in articles.items():
                insert_article(conn, article_id, text, meta, "import")
        what = f"the articles of {corpus}" if scratch is not None else f"{records} and {corpus}"
        print(f"Imported {what} into {db.label}:")
        with db.transaction("read") as conn:
            fetch_pg = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
            same = _compare("SQLite", fetch_sqlite, "PostgreSQL", fetch_pg)
            stored = {
                aid: (text, meta)
                for aid, text, meta in conn.execute(
                    "SELECT id, text, meta_toml FROM articles WHERE removed_at IS NULL"
                ).fetchall()
            }
        same &= _articles_line("the folder", articles, "PostgreSQL", stored)
    finally:
        source.close()
        if scratch is not None:
            scratch.cleanup()
    print("Nothing lost." if same else "The copies differ: see above.")
    return 0 if same else 1


def _export(db: Database, to: Path) -> int:
    to = Path(to)
    records_path, corpus = to / "pins.sqlite3", to / "corpus"
    if records_path.exists() or (corpus.exists() and any(corpus.iterdir())):
        raise CorpusError(f"{to} holds records or articles already: export only into an empty folder")
    corpus.mkdir(parents=True, exist_ok=True)
    Records(records_path).open().close()  # the schema, as the bot creates it
    target = sqlite3.connect(records_path, isolation_level=None)
    try:
        with db.transaction("read") as conn:
            fetch_pg = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
            target.execute("BEGIN IMMEDIATE")
            for table, columns in TABLES.items():
                names = ", ".join(c for c, _ in columns)
                rows = conn.execute(f"SELECT {names} FROM {table}").fetchall()
                target.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})",
                    [tuple(_for_sqlite(k, v) for (_, k), v in zip(columns, r, strict=True)) for r in rows],
                )
            target.execute("COMMIT")
            stored = {
                aid: (text, meta)
                for aid, text, meta in conn.execute(
                    "SELECT id, text, meta_toml FROM articles WHERE removed_at IS NULL ORDER BY id"
                ).fetchall()
            }
            for article_id, (text, meta) in stored.items():
                (corpus / f"{article_id}.toml").write_text(meta, encoding="utf-8", newline="")
                (corpus / f"{article_id}.txt").write_text(text, encoding="utf-8", newline="")
            print(f"Exported {db.label} to {records_path} and {corpus}:")
            same = _compare("PostgreSQL", fetch_pg, "SQLite", _sqlite_fetch(target))
        written = _folder_articles(corpus) if stored else {}
        same &= _articles_line("PostgreSQL", stored, "the folder", written)
    finally:
        target.close()
    print("Nothing lost." if same else "The copies differ: see above.")
    return 0 if same else 1


__all__ = ["cli_db"]
