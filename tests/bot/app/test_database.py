"""The PostgreSQL database's schema: created on first use, migrated once, and a newer one refused in one line."""

from __future__ import annotations

import psycopg
import pytest

from bot.app.postgres.database import SCHEMA_VERSION, Database
from bot.app.records import RecordsUnavailable
from tests.postgres_server import PASSWORD


def test_the_schema_is_created_once_and_then_up_to_date(postgres_url: str) -> None:
    db = Database(postgres_url)
    assert db.migrate() == (0, SCHEMA_VERSION)
    assert db.migrate() == (SCHEMA_VERSION, SCHEMA_VERSION)
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone() == (1,)
    db.close()


def test_first_use_migrates_without_being_asked(postgres_url: str) -> None:
    db = Database(postgres_url)
    with db.transaction("read") as conn:  # what a bot of this version does first
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (0,)
    db.close()


def test_a_database_set_up_by_a_newer_bot_is_refused_in_one_line(postgres_url: str) -> None:
    Database(postgres_url).migrate()
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (SCHEMA_VERSION + 1,))
    db = Database(postgres_url)
    with pytest.raises(RecordsUnavailable) as refused:
        with db.transaction("read"):
            pass
    message = str(refused.value)
    assert f"schema {SCHEMA_VERSION + 1}" in message and "newer version" in message
    assert "\n" not in message and PASSWORD not in message and "127.0.0.1" in message
    db.close()
