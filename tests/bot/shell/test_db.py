"""`python -m bot db ...` on a real PostgreSQL server: the schema, and records and articles imported from files and
exported back to files with nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.app.records import Records
from bot.shell.cli import main
from index.answer import Answer


def _config(tmp_path: Path, corpus: Path, records: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[corpus]\ndir = "{corpus}"\n[discord]\npins_db = "{records}"\n[index]\ndir = "{tmp_path / "idx"}"\n'
    )
    return path


def _records(path: Path) -> None:
    with_r = Records(path).open()
    try:
        first = with_r.save_answer(Answer("Who closed the harbour?", (), False, index_version="v1"), 1, 2, 3)
        second = with_r.save_answer(Answer("What is a bicycle?", (), True, index_version="v1"), 1, 2, 4)
        with_r.record_pin(first, 100, 2, 1, 9)
        with_r.vote(first, 4, helpful=True)
        with_r.vote(second, 4, helpful=False)
        with_r.record_change("add", "harbour-closes", "cli:ann", {"meta": {"outlet": "Coast Times", "title": "é"}})
        with_r.save_feed_state("https://news.example/feed", '"e"', None, 1, "2030-01-01T00:00:00+00:00", "slow")
        with_r.record_feed_item("i1", "https://news.example/1", "f", "Ferry", "proposed", "0.7", {"id": "x"})
        with_r.open_thread(700, first, 1, 3)
    finally:
        with_r.close()


def _table(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    finally:
        conn.close()


def test_import_then_export_gives_back_the_same_records_and_articles(
    tmp_path: Path,
    corpus_copy: Path,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = tmp_path / "data" / "pins.sqlite3"
    _records(records)
    config = _config(tmp_path, corpus_copy, records)
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    assert main(["--config", str(config), "db", "init"]) == 0
    assert "schema 1 created" in capsys.readouterr().out
    assert main(["--config", str(config), "db", "import"]) == 0
    out = capsys.readouterr().out
    assert "answers          2 in SQLite,      2 in PostgreSQL: contents equal" in out
    assert "articles         5 in the folder,      5 in PostgreSQL: texts and metadata equal" in out
    assert out.rstrip().endswith("Nothing lost.")
    assert main(["--config", str(config), "db", "import"]) == 1  # never on top of what is there
    assert "import only into an empty one" in capsys.readouterr().err
    assert main(["--config", str(config), "db", "export", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.rstrip().endswith("Nothing lost.")
    for original in corpus_copy.iterdir():  # byte for byte
        assert (tmp_path / "out" / "corpus" / original.name).read_bytes() == original.read_bytes()
    exported = tmp_path / "out" / "pins.sqlite3"
    for table in ("answers", "pins", "votes", "feeds", "threads"):
        assert _table(exported, table) == _table(records, table), table
    changes = _table(exported, "changes")
    assert len(changes) == 1 and "Coast Times" in str(changes[0]) and "é" in str(changes[0])


def test_db_commands_without_a_database_say_how_to_set_one(
    tmp_path: Path, corpus_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = _config(tmp_path, corpus_copy, tmp_path / "pins.sqlite3")
    assert main(["--config", str(config), "db", "init"]) == 2
    assert "database_url" in capsys.readouterr().err


def test_an_unreachable_database_is_one_line_without_its_password(
    tmp_path: Path, corpus_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://ann:s3cr3t-pw@127.0.0.1:1/quotes")
    config = _config(tmp_path, corpus_copy, tmp_path / "pins.sqlite3")
    assert main(["--config", str(config), "db", "migrate"]) == 1
    captured = capsys.readouterr()
    assert "127.0.0.1:1/quotes" in captured.err and "s3cr3t-pw" not in captured.err + captured.out
    assert len(captured.err.strip().splitlines()) == 1
